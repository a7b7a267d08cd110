using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.IO.Compression;
using Cronista.Model;
using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>
/// The entity catalogue: entities (countries, places, people, organisations, offices, …), their aliases in a token trie
/// (<see cref="Aliases"/>), and office terms with dates. Built once from the embedded files under
/// Resources/Entities (format: Resources/Entities/README.md) plus optional user files in the same format; immutable
/// and thread-safe afterwards.
/// </summary>
public sealed class EntityCatalog
{
    /// <summary>Embedded catalogue files, in load order.</summary>
    private const string GazetteerFile = "Entities/places.tsv.gz";
    public static readonly string[] BuiltInFiles = ["Entities/catalog.tsv", GazetteerFile];

    private static readonly Lazy<EntityCatalog> DefaultCatalog = new(() => Load([]), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly List<Entity> _entities = new(1 << 18);
    private readonly Dictionary<string, int> _byId = new(1 << 18, StringComparer.Ordinal);
    private readonly Dictionary<string, int> _byQid = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OfficeTerm>> _termsByOffice = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<OfficeTerm>> _termsByPerson = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Role, string Country), Entity> _offices = [];
    private readonly Dictionary<string, Entity> _capitals = new(StringComparer.Ordinal);

    private EntityCatalog() { }

    /// <summary>The built-in catalogue, loaded on first use.</summary>
    public static EntityCatalog Default => DefaultCatalog.Value;

    /// <summary>Loads the built-in catalogue plus user files (.tsv or .tsv.gz, same format) in order.</summary>
    public static EntityCatalog Load(IEnumerable<string> userFiles, bool includeBuiltIn = true) => FromReaders(OpenFiles(userFiles, includeBuiltIn));

    /// <summary>The catalogue files in load order, as text: the embedded ones, then the user files (.tsv or .tsv.gz).
    /// Each reader is disposed when the enumeration moves on.</summary>
    internal static IEnumerable<(string Name, TextReader Reader)> OpenFiles(IEnumerable<string> userFiles, bool includeBuiltIn = true)
    {
        if (includeBuiltIn)
            foreach (var name in BuiltInFiles)
            {
                using var reader = OpenText(LanguageResources.Open(name) ?? throw new InvalidDataException($"embedded catalogue file {name} is missing"),
                    name.EndsWith(".gz", StringComparison.Ordinal));
                yield return (name, reader);
            }
        foreach (var path in userFiles)
        {
            using var reader = OpenText(File.OpenRead(path), path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase));
            yield return (path, reader);
        }
    }

    private static StreamReader OpenText(Stream s, bool gzip) =>
        new(gzip ? new GZipStream(s, CompressionMode.Decompress) : s, Encoding.UTF8, false, 1 << 16);

    /// <summary>Loads a catalogue from readers only (tests, tools).</summary>
    public static EntityCatalog FromReaders(IEnumerable<(string Name, TextReader Reader)> sources)
    {
        var loader = new Loader();
        foreach (var (name, reader) in sources) loader.Read(reader, name);
        return loader.Build();
    }

    public IReadOnlyList<Entity> Entities => _entities;
    public AliasIndex Aliases { get; } = new();

    /// <summary>(person entity index, folded token hash) of every word of every alias of a person: tells a variant of a
    /// known person's name ("Muammar Ghaddafi", "Recep Erdogan") from another person sharing a surname ("Aisha Gheddafi").</summary>
    private readonly HashSet<(int, ulong)> _personWords = new();

    /// <summary>Whether <paramref name="tokenHash"/> (<see cref="AliasIndex.TokenHash"/>) is a word of one of person
    /// <paramref name="entity"/>'s names.</summary>
    public bool IsPersonWord(int entity, ulong tokenHash) => _personWords.Contains((entity, tokenHash));

    public Entity this[int index] => _entities[index];
    public Entity? Get(string id) => _byId.TryGetValue(id, out int i) ? _entities[i] : null;
    public Entity? ByQid(string qid) => _byQid.TryGetValue(qid, out int i) ? _entities[i] : null;

    /// <summary>Longest alias at token <paramref name="start"/> (see <see cref="AliasIndex.TryMatch(ReadOnlySpan{char}, IReadOnlyList{Token}, int, int, out int, out ReadOnlySpan{AliasCandidate})"/>).</summary>
    public bool TryMatch(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int start, int end, out int length, out ReadOnlySpan<AliasCandidate> candidates) =>
        Aliases.TryMatch(text, tokens, start, end, out length, out candidates);

    /// <summary>Entities whose alias is exactly <paramref name="alias"/> (tokenized like text of <paramref name="lang"/>), best first,
    /// ignoring case rules. For tools and tests; the matcher uses <see cref="TryMatch"/>.</summary>
    public IReadOnlyList<(Entity Entity, AliasCandidate Alias)> Lookup(string alias, string lang = "und")
    {
        var hashes = Loader.Hash(alias, Tokenizer.For(lang));
        var result = new List<(Entity, AliasCandidate)>();
        foreach (var c in Aliases.Exact(hashes)) result.Add((_entities[c.Entity], c));
        return result;
    }

    /// <summary>The office of a role in a jurisdiction — a country code or an organisation slug ("role:defence-minister", "RU" →
    /// office:RU:defence-minister; "role:secretary-general", "nato" → office:nato:secretary-general), or null.</summary>
    public Entity? Office(string roleId, string jurisdiction) => _offices.GetValueOrDefault((roleId, jurisdiction));

    /// <summary>The capital of a country (ISO 3166-1 alpha-2), or null (the most populous when a catalogue names two).</summary>
    public Entity? CapitalOf(string country) => _capitals.GetValueOrDefault(country);

    /// <summary>The jurisdiction part of an office id ("office:RU:defence-minister" → "RU"), or null.</summary>
    public static string? Jurisdiction(string officeId)
    {
        if (!officeId.StartsWith("office:", StringComparison.Ordinal)) return null;
        int end = officeId.IndexOf(':', 7);
        return end > 7 ? officeId[7..end] : null;
    }

    /// <summary>Terms of an office, by start date.</summary>
    public IReadOnlyList<OfficeTerm> Terms(string officeId) => _termsByOffice.TryGetValue(officeId, out var l) ? l : [];

    /// <summary>Offices a person held, by start date.</summary>
    public IReadOnlyList<OfficeTerm> TermsOf(string personId) => _termsByPerson.TryGetValue(personId, out var l) ? l : [];

    /// <summary>Who held an office on a date (the latest-starting term covering it), or null.</summary>
    public Entity? OfficeHolder(string officeId, DateOnly date)
    {
        Entity? holder = null;
        foreach (var t in Terms(officeId)) if (t.Covers(date)) holder = t.Person;
        return holder;
    }

    /// <summary>Ranking prior: countries and capitals above organisations and people, above cities, above divisions, above towns; population breaks ties.</summary>
    public static float PriorOf(EntityKind kind, long population)
    {
        float k = kind switch
        {
            EntityKind.Country => 0.95f,
            EntityKind.Capital => 0.9f,
            EntityKind.Territory or EntityKind.Region => 0.8f,
            EntityKind.Organization or EntityKind.Media or EntityKind.Government => 0.75f,
            EntityKind.Person or EntityKind.Seat => 0.7f,
            EntityKind.Office or EntityKind.Role => 0.6f,
            // A major city outranks the division named after it: "Homs", "Aleppo", "Suez" in the news are the cities (which
            // also have coordinates; divisions have none).
            EntityKind.City => 0.45f,
            EntityKind.Admin => 0.4f,
            _ => 0.2f,
        };
        // Up to +0.05 for 10M inhabitants (log scale): orders cities of one kind without lifting a town above a capital.
        return population > 0 ? k + 0.05f * Math.Min(1f, (float)Math.Log10(population) / 7f) : k;
    }

    private sealed class Loader
    {
        private readonly EntityCatalog _c = new();
        private readonly List<(string Id, string Alias, string Lang, AliasKind Kind, CaseRule? Case, string Where)> _aliases = [];
        private readonly List<(string Person, string Office, string From, string? To, string Where)> _terms = [];
        private readonly List<Token> _tokens = [];

        public void Read(TextReader reader, string name)
        {
            _file = name;
            _line = 0;
            var cols = new Range[16];
            // One string for the whole file, parsed as spans: no string per line (the places file has ~175,000 lines).
            string text = reader.ReadToEnd();
            for (int start = 0, next; start < text.Length; start = next)
            {
                int nl = text.IndexOf('\n', start);
                next = nl < 0 ? text.Length : nl + 1;
                var line = text.AsSpan(start, (nl < 0 ? text.Length : nl) - start).TrimEnd('\r');
                _line++;
                if (line.Length == 0 || line[0] == '#') continue;
                int n = line.Split(cols, '\t');
                var row = new Row(text, start, line.Length, cols, n);
                switch (row.Col(0))
                {
                    case "E":
                        try { AddEntity(row); }
                        catch (FormatException ex) { throw new InvalidDataException($"{Where()}: bad number ({ex.Message})", ex); }
                        break;
                    case "A": _aliases.Add((row.Str(1), row.Str(2), row.Col(3) is [] or "*" ? "*" : Code(row.Col(3)), Parse(row.Col(4), AliasKinds, AliasKind.Name), row.Col(5).IsEmpty ? null : Parse(row.Col(5), CaseRules, CaseRule.Any), Where())); break;
                    case "H": _terms.Add((row.Str(1), row.Str(2), row.Str(3), row.Col(4).IsEmpty ? null : row.Str(4), Where())); break;
                    default: throw new InvalidDataException($"{Where()}: unknown record type '{row.Col(0)}' (expected E, A or H)");
                }
            }
        }

        private string _file = "";
        private int _line;
        private string Where() => $"{_file}:{_line}";

        private readonly struct Row(string text, int start, int length, Range[] cols, int n)
        {
            public ReadOnlySpan<char> Col(int i) => i < n ? text.AsSpan(start, length)[cols[i]].Trim() : default;
            public string Str(int i) => i < n ? Col(i).ToString() : "";
            public string? Opt(int i) => i < n && Col(i) is { IsEmpty: false } v ? v.ToString() : null;
        }

        private void AddEntity(Row row)
        {
            ReadOnlySpan<char> Col(int i) => row.Col(i);
            string? Opt(int i) => row.Opt(i);
            var id = Col(1).ToString();
            var name = Col(4).ToString();
            if (id.Length == 0 || name.Length == 0) throw new InvalidDataException($"{Where()}: an entity needs an id and a name");
            if (_c._byId.ContainsKey(id)) throw new InvalidDataException($"{Where()}: duplicate entity id '{id}' (add aliases to an existing entity with A lines)");
            var k = Parse(Col(3), Kinds, EntityKind.Other);
            long pop = Col(9).IsEmpty ? 0 : long.Parse(Col(9), CultureInfo.InvariantCulture);
            var hints = Col(11);
            var e = new Entity
            {
                Index = _c._entities.Count,
                Id = id,
                Type = Parse(Col(2), Types, EntityType.Misc),
                Kind = k,
                Name = name,
                Qid = Opt(5),
                Country = Col(6).IsEmpty ? null : Code(Col(6)),
                Lat = Col(7).IsEmpty ? null : double.Parse(Col(7), CultureInfo.InvariantCulture),
                Lon = Col(8).IsEmpty ? null : double.Parse(Col(8), CultureInfo.InvariantCulture),
                Population = pop,
                Target = Opt(10),
                Hints = hints.IsEmpty ? [] : [.. hints.ToString().Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(Folding.Fold)],
                Prior = PriorOf(k, pop),
                Gazetteer = _file == GazetteerFile,
            };
            _c._byId.Add(id, e.Index);
            if (e.Qid is not null) _c._byQid.TryAdd(e.Qid, e.Index);
            _c._entities.Add(e);
        }

        // Short codes (languages, countries) shared as one string each.
        private readonly Dictionary<string, string> _codes = new(StringComparer.Ordinal);
        private string Code(ReadOnlySpan<char> code)
        {
            var lookup = _codes.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(code, out var s)) return s;
            s = code.ToString();
            _codes.Add(s, s);
            return s;
        }

        private static class EnumValues<T> where T : struct, Enum
        {
            public static readonly T[] All = Enum.GetValues<T>();
        }

        private static readonly string[] Kinds = Enum.GetNames<EntityKind>(), Types = Enum.GetNames<EntityType>(),
            AliasKinds = Enum.GetNames<AliasKind>(), CaseRules = Enum.GetNames<CaseRule>();

        private T Parse<T>(ReadOnlySpan<char> s, string[] names, T fallback) where T : struct, Enum
        {
            if (s.IsEmpty) return fallback;
            for (int i = 0; i < names.Length; i++)
                if (s.Equals(names[i], StringComparison.OrdinalIgnoreCase)) return EnumValues<T>.All[i];
            throw new InvalidDataException($"{Where()}: unknown {typeof(T).Name} '{s}'");
        }

        public EntityCatalog Build()
        {
            var c = _c;
            Span<ulong> hashes = stackalloc ulong[64];
            c.Aliases.Reserve(c._entities.Count + _aliases.Count);
            var stop = StopWords.For("und");
            foreach (var e in c._entities)
            {
                // A GeoNames place named like a function word ("Il" in Kenya, "Ål" in Norway) would match every sentence-initial article.
                if (e.Kind is EntityKind.Town or EntityKind.City or EntityKind.Admin && (stop.Contains(e.Name) || stop.Contains(Folding.Fold(e.Name)))) continue;
                AddAlias(e.Index, e.Name, "*", e.Kind is EntityKind.Role ? AliasKind.Short : AliasKind.Name, null, hashes);
            }
            foreach (var (id, alias, lang, kind, rule, where) in _aliases)
            {
                if (!c._byId.TryGetValue(id, out int index)) throw new InvalidDataException($"{where}: alias '{alias}' for unknown entity '{id}'");
                AddAlias(index, alias, lang, kind, rule, hashes);
            }
            foreach (var (person, office, from, to, where) in _terms)
            {
                var p = c.Get(person) ?? throw new InvalidDataException($"{where}: unknown person '{person}'");
                var o = c.Get(office) ?? throw new InvalidDataException($"{where}: unknown office '{office}'");
                var term = new OfficeTerm(p, o, ParseDate(from, false, where), to is null ? null : ParseDate(to, true, where));
                Append(c._termsByOffice, office, term);
                Append(c._termsByPerson, person, term);
            }
            foreach (var l in c._termsByOffice.Values) l.Sort((a, b) => a.From.CompareTo(b.From));
            foreach (var l in c._termsByPerson.Values) l.Sort((a, b) => a.From.CompareTo(b.From));
            foreach (var e in c._entities)
            {
                if (e.Kind == EntityKind.Office && e.Target is not null && Jurisdiction(e.Id) is { } jur) c._offices.TryAdd((e.Target, jur), e);
                if (e.Kind == EntityKind.Capital && e.Country is { } cc && (!c._capitals.TryGetValue(cc, out var other) || e.Population > other.Population))
                    c._capitals[cc] = e;
            }
            c.Aliases.Freeze(c._entities);
            return c;
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        private void AddAlias(int entity, string alias, string lang, AliasKind kind, CaseRule? rule, Span<ulong> buffer)
        {
            if (PlainWords(alias, buffer, out int words))
            {
                // Letters and single spaces only: each word is one token for every language's tokenizer.
                ushort caps = 0;
                int w = 0;
                for (int i = 0; i < alias.Length; i++)
                    if (i == 0 || alias[i - 1] == ' ') caps = WithCapital(caps, w++, alias[i]);
                _c.Aliases.Add(buffer[..words], Candidate(entity, kind, rule, lang, alias, caps));
                NotePersonWords(entity, buffer[..words]);
                return;
            }
            var tokenizer = Tokenizer.For(lang == "*" ? "und" : lang);
            _tokens.Clear();
            tokenizer.Tokenize(alias, _tokens);
            if (_tokens.Count == 0 || _tokens.Count > buffer.Length) return;
            bool hyphenated = false;
            ushort capitals = 0;
            for (int i = 0; i < _tokens.Count; i++)
            {
                var t = alias.AsSpan(_tokens[i].Start, _tokens[i].Length);
                buffer[i] = AliasIndex.TokenHash(t);
                hyphenated |= t.IndexOfAny('-', '\u2010', '\u2011') > 0;
                capitals = WithCapital(capitals, i, t[0]);
            }
            _c.Aliases.Add(buffer[.._tokens.Count], Candidate(entity, kind, rule, lang, alias, capitals));
            NotePersonWords(entity, buffer[.._tokens.Count]);
            if (!hyphenated) return;
            // "Kim Jong-un" is also written "Kim Jong Un": index the variant with in-word hyphens as token breaks.
            int n = 0;
            capitals = 0;
            foreach (var t in _tokens)
                foreach (var part in alias.AsSpan(t.Start, t.Length).SplitAny("-\u2010\u2011"))
                {
                    var p = alias.AsSpan(t.Start, t.Length)[part];
                    if (p.IsEmpty) continue;
                    if (n == buffer.Length) return;
                    capitals = WithCapital(capitals, n, p[0]);
                    buffer[n++] = AliasIndex.TokenHash(p);
                }
            _c.Aliases.Add(buffer[..n], Candidate(entity, kind, rule, lang, alias, capitals));
            NotePersonWords(entity, buffer[..n]);
        }

        /// <summary>The capitals mask with bit <paramref name="word"/> set when that word starts with a capital (16 words at most).</summary>
        private static ushort WithCapital(ushort capitals, int word, char first) =>
            word < 16 && char.IsUpper(first) ? (ushort)(capitals | 1 << word) : capitals;

        private void NotePersonWords(int entity, ReadOnlySpan<ulong> hashes)
        {
            if (_c._entities[entity].Type != EntityType.Per) return;
            foreach (var h in hashes) _c._personWords.Add((entity, h));
        }

        /// <summary>The alias's candidate (<paramref name="capitals"/>: bit i set when its word i is capitalised). Its case
        /// rule is the one given, else as written (<see cref="CaseOf"/>), except (<see cref="CaseRule.Words"/>) that a curated
        /// alias opening with an article needs a capital on the word after it, and a GeoNames place's name of several
        /// capitalised words needs each of them capitalised: "La Comunidad" (Mexico) is no sentence-initial "La comunidad".</summary>
        private AliasCandidate Candidate(int entity, AliasKind kind, CaseRule? rule, string lang, string alias, ushort capitals)
        {
            var r = rule ?? CaseOf(alias);
            // A curated name's opening article says nothing (any sentence starts with a capital): "Le Monde", "El País", "la
            // Repubblica", "il Giornale" need a capital on their next word, so "Le monde entier", "El país vive", "il
            // giornale" are no papers. (A GeoNames place keeps its capitalised article: "La Garde", not "la Garde républicaine".)
            if (rule is null && r != CaseRule.Upper && (capitals & ~1) != 0 && !_c._entities[entity].Gazetteer && OpensWithArticle(alias))
                return new AliasCandidate(entity, kind, CaseRule.Words, lang, (ushort)(capitals & ~1 & -(capitals & ~1)));
            if (r == CaseRule.Words || rule is null && r == CaseRule.Initial && System.Numerics.BitOperations.PopCount(capitals) > 1 && _c._entities[entity].Gazetteer)
                return new AliasCandidate(entity, kind, CaseRule.Words, lang, capitals);
            return new AliasCandidate(entity, kind, r, lang);
        }

        private static bool PlainWords(string alias, Span<ulong> buffer, out int words)
        {
            words = 0;
            int start = 0;
            for (int i = 0; i <= alias.Length; i++)
            {
                if (i < alias.Length && char.IsLetter(alias[i])) continue;
                if (i < alias.Length && alias[i] != ' ') return false;
                if (i == start || words == buffer.Length) return false;
                buffer[words++] = AliasIndex.TokenHash(alias.AsSpan(start, i - start));
                start = i + 1;
            }
            return words > 0;
        }

        // Definite articles of every language (the linker's `article` cues in entity_cues.txt).
        private static readonly Lazy<HashSet<ulong>> Articles = new(() =>
            LanguageResources.Languages("entity_cues").SelectMany(l => LinkerLanguageData.For(l).Articles).ToHashSet());

        private static bool OpensWithArticle(string alias)
        {
            int end = alias.AsSpan().IndexOfAny(' ', '\'', '\u2019');
            if (end <= 0) return false;
            return Articles.Value.Contains(AliasIndex.TokenHash(alias.AsSpan(0, alias[end] == ' ' ? end : end + 1)));
        }

        /// <summary>The case rule an alias implies as written: "USA" upper, "Mosca" initial, "russo" any.</summary>
        internal static CaseRule CaseOf(string alias)
        {
            int letters = 0, upper = 0;
            bool firstUpper = false;
            foreach (char ch in alias)
            {
                if (!char.IsLetter(ch)) continue;
                bool up = char.IsUpper(ch);
                if (letters++ == 0) firstUpper = up;
                if (up) upper++;
            }
            if (!firstUpper) return CaseRule.Any;
            return upper == letters && letters > 1 ? CaseRule.Upper : CaseRule.Initial;
        }

        internal static ulong[] Hash(string alias, Tokenizer tokenizer)
        {
            var tokens = new List<Token>();
            tokenizer.Tokenize(alias, tokens);
            return [.. tokens.Select(t => AliasIndex.TokenHash(alias.AsSpan(t.Start, t.Length)))];
        }

        private static void Append(Dictionary<string, List<OfficeTerm>> map, string key, OfficeTerm term)
        {
            if (!map.TryGetValue(key, out var l)) map[key] = l = [];
            l.Add(term);
        }

        /// <summary>YYYY, YYYY-MM or YYYY-MM-DD; a partial end date means the end of that year or month.</summary>
        private static DateOnly ParseDate(string s, bool end, string where)
        {
            var parts = s.Split('-');
            try
            {
                int y = int.Parse(parts[0], CultureInfo.InvariantCulture);
                int m = parts.Length > 1 ? int.Parse(parts[1], CultureInfo.InvariantCulture) : end ? 12 : 1;
                int d = parts.Length > 2 ? int.Parse(parts[2], CultureInfo.InvariantCulture) : end ? DateTime.DaysInMonth(y, m) : 1;
                return new DateOnly(y, m, d);
            }
            catch (Exception ex) when (ex is FormatException or ArgumentOutOfRangeException or OverflowException)
            {
                throw new InvalidDataException($"{where}: bad date '{s}' (expected YYYY, YYYY-MM or YYYY-MM-DD)", ex);
            }
        }
    }
}
