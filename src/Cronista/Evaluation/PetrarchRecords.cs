using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Cronista.Events;

namespace Cronista.Evaluation;

/// <summary>
/// One gold event of a validation record. <c>Plover</c> is the record's PLOVER label (normalised, see
/// <see cref="Plover.Normalize"/>) or null when the file gives only CAMEO (the English file); <c>Cameo</c> the event code as
/// given ("042", "10", "18/19/20", "" for CRIME); the texts come from the Spanish file's <c>&lt;EventText&gt;</c> (null when absent or empty);
/// the codes are the PETRARCH actor codes ("USA", "---").
/// </summary>
public sealed record PetrarchCoding(string? Plover, string Cameo, string? SourceText, string? TargetText, string? EventText,
    string? SourceCode = null, string? TargetCode = null)
{
    /// <summary>The label the scorer matches on: the PLOVER category (given, else the CAMEO crosswalk), else "CAMEO rr" for
    /// statements and appeals (roots 01, 02), which have no PLOVER category.</summary>
    public string Label => Plover ?? CameoCrosswalk.ToPlover(Cameo) ?? "CAMEO " + CameoCrosswalk.RootOf(Cameo);
}

/// <summary>A validation record: <c>Text</c> trimmed and whitespace-collapsed, <c>Date</c> from <c>date="yyyyMMdd"</c>
/// (null when missing or malformed), <c>Evaluate</c> false for <c>evaluate="false"</c>, <c>Line</c> of its <c>&lt;Sentence&gt;</c> tag.</summary>
public sealed record PetrarchRecord(string Id, DateOnly? Date, bool Evaluate, string? Category, string Text, IReadOnlyList<PetrarchCoding> Codings, int Line);

/// <summary>A problem found while reading: the record is skipped, or only the faulty part of it is ignored (the message says which).</summary>
public sealed record PetrarchIssue(string File, int Line, string Message, bool RecordSkipped = false)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}

public sealed class PetrarchFile
{
    public required string Path { get; init; }
    public required IReadOnlyList<PetrarchRecord> Records { get; init; }
    public required IReadOnlyList<PetrarchIssue> Issues { get; init; }
    /// <summary>"es" when the file says its records are Spanish (<c>&lt;Include&gt;</c> names "spanish", or every record has
    /// category="spanish"); null when it does not say (the English file names only its record categories).</summary>
    public string? DeclaredLanguage { get; init; }
}

/// <summary>
/// Reads PETRARCH validation XML (../shared/data/events/petrarch). The files are not well-formed XML — the English one
/// self-closes <c>&lt;Sentence …/&gt;</c> and puts its <c>&lt;EventCoding&gt;</c>, <c>&lt;Text&gt;</c> and <c>&lt;Parse&gt;</c> after it (then a
/// stray <c>&lt;/Sentence&gt;</c>), '#' banners hold tag-like text, parses may hold '&lt;' — so this is a tolerant scanner: a record
/// is everything from a <c>&lt;Sentence&gt;</c> tag to <c>&lt;/Sentence&gt;</c> or the next <c>&lt;Sentence&gt;</c>, nested or not.
/// Only the gold codings and the text are read; the <c>&lt;Parse&gt;</c> is skipped.
/// </summary>
public static partial class PetrarchRecords
{
    public static PetrarchFile Read(string path) => Parse(File.ReadAllText(path), path);

    public static PetrarchFile Parse(string xml, string fileName)
    {
        var lineStarts = new List<int> { 0 };
        for (int i = 0; i < xml.Length; i++) if (xml[i] == '\n') lineStarts.Add(i + 1);
        int LineOf(int offset) { int i = lineStarts.BinarySearch(offset); return (i >= 0 ? i : ~i - 1) + 1; }

        var records = new List<PetrarchRecord>();
        var issues = new List<PetrarchIssue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        bool includesSpanish = false;
        Pending? cur = null;

        void Finish()
        {
            if (cur is null) return;
            if (cur.Build(fileName, issues) is { } r)
            {
                if (!ids.Add(r.Id)) issues.Add(new(fileName, r.Line, $"duplicate record id '{r.Id}' (predictions are matched by id)"));
                records.Add(r);
            }
            cur = null;
        }

        int pos = 0;
        while (pos < xml.Length)
        {
            int lt = xml.IndexOf('<', pos);
            if (lt < 0) break;
            if (InBanner(xml, lt)) { pos = xml.IndexOf('\n', lt) is var nl and >= 0 ? nl + 1 : xml.Length; continue; }
            if (Skip(xml, lt, "<!--", "-->") is int c) { pos = c; continue; }
            if (Skip(xml, lt, "<?", "?>") is int q) { pos = q; continue; }
            int gt = xml.IndexOf('>', lt);
            int nextLt = xml.IndexOf('<', lt + 1);
            if (gt < 0 || (nextLt >= 0 && nextLt < gt))
            {
                // A lone '<' or an unterminated tag: report it and resume at the next '<'.
                issues.Add(new(fileName, LineOf(lt), "unterminated tag" + (cur is null ? "" : $" in record '{cur.Id}'") + " — ignored"));
                pos = nextLt < 0 ? xml.Length : nextLt;
                continue;
            }
            var tag = xml.AsSpan(lt + 1, gt - lt - 1);
            pos = gt + 1;
            bool closing = tag.StartsWith("/");
            bool selfClosing = tag.EndsWith("/");
            var name = TagName(closing ? tag[1..] : tag);
            int line = LineOf(lt);

            if (closing)
            {
                if (name is "Sentence" or "Sentences" or "Validation") Finish();
                continue;
            }
            switch (name)
            {
                case "Sentence":
                    Finish();
                    cur = new Pending(Attributes(tag), line);
                    break;
                case "Include":
                    int end = xml.IndexOf("</Include>", pos, StringComparison.Ordinal);
                    if (end > 0 && xml.AsSpan(pos, end - pos).Contains("spanish", StringComparison.OrdinalIgnoreCase)) includesSpanish = true;
                    break;
                case "EventText" or "EventCoding":
                    if (cur is null) issues.Add(new(fileName, line, $"<{name}> outside a <Sentence> — ignored"));
                    else (name == "EventText" ? cur.EventTexts : cur.Codings).Add((Attributes(tag), line));
                    break;
                case "Text" or "Parse" when !selfClosing:
                    // Content up to the closing tag, which must come before the next record.
                    string close = $"</{name}>";
                    int stop = xml.IndexOf(close, pos, StringComparison.Ordinal);
                    int nextRecord = xml.IndexOf("<Sentence", pos, StringComparison.Ordinal);
                    if (stop < 0 || (nextRecord >= 0 && nextRecord < stop))
                    {
                        issues.Add(new(fileName, line, $"<{name}> without {close}" + (cur is null ? "" : $" in record '{cur.Id}'") +
                            (name == "Text" ? " — record skipped" : " — ignored"), name == "Text" && cur is not null));
                        if (name == "Text" && cur is not null) cur.Broken = true;
                        pos = nextRecord < 0 ? xml.Length : nextRecord;
                        break;
                    }
                    if (name == "Text")
                    {
                        if (cur is null) issues.Add(new(fileName, line, "<Text> outside a <Sentence> — ignored"));
                        else if (cur.Text is not null) issues.Add(new(fileName, line, $"second <Text> in record '{cur.Id}' — ignored"));
                        else cur.Text = Collapse(WebUtility.HtmlDecode(xml[pos..stop]));
                    }
                    pos = stop + close.Length;
                    break;
            }
        }
        Finish();
        bool allSpanish = records.Count > 0 && records.All(r => string.Equals(r.Category, "spanish", StringComparison.OrdinalIgnoreCase));
        return new PetrarchFile { Path = fileName, Records = records, Issues = issues, DeclaredLanguage = includesSpanish || allSpanish ? "es" : null };
    }

    /// <summary>A record being read: its attributes and the tags seen so far.</summary>
    private sealed class Pending(Dictionary<string, string> attrs, int line)
    {
        public string? Id => attrs.GetValueOrDefault("id");
        public List<(Dictionary<string, string> Attrs, int Line)> EventTexts { get; } = new();
        public List<(Dictionary<string, string> Attrs, int Line)> Codings { get; } = new();
        public string? Text { get; set; }
        public bool Broken { get; set; }

        public PetrarchRecord? Build(string file, List<PetrarchIssue> issues)
        {
            if (Broken) return null;
            if (string.IsNullOrWhiteSpace(Id)) { issues.Add(new(file, line, "<Sentence> without an id — record skipped", true)); return null; }
            if (string.IsNullOrEmpty(Text)) { issues.Add(new(file, line, $"record '{Id}' has no text (missing or empty <Text>) — record skipped", true)); return null; }
            DateOnly? date = null;
            if (attrs.GetValueOrDefault("date") is { } ds)
            {
                if (DateOnly.TryParseExact(ds, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) date = d;
                else issues.Add(new(file, line, $"record '{Id}': date '{ds}' is not yyyyMMdd — tagged without a date"));
            }
            // EventText carries the texts of the EventCoding with the same eid (Spanish layout).
            var texts = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (a, _) in EventTexts) if (a.GetValueOrDefault("eid") is { } eid) texts[eid] = a;
            var codings = new List<PetrarchCoding>();
            foreach (var (a, l) in Codings)
            {
                if (a.TryGetValue("noevents", out var ne) && ne.Equals("true", StringComparison.OrdinalIgnoreCase)) continue; // gold says: no event
                var plover = a.GetValueOrDefault("plover") is { Length: > 0 } p ? Plover.Normalize(p) : null;
                var code = a.GetValueOrDefault("eventcode")?.Trim() ?? "";
                if (plover is null && CameoCrosswalk.RootOf(code).Length == 0)
                {
                    issues.Add(new(file, l, $"record '{Id}': <EventCoding> with neither a plover label nor a CAMEO code ('{code}') — coding ignored"));
                    continue;
                }
                var t = a.GetValueOrDefault("eid") is { } e ? texts.GetValueOrDefault(e) : null;
                codings.Add(new PetrarchCoding(plover, code, NonEmpty(t, "sourcetext"), NonEmpty(t, "targettext"), NonEmpty(t, "eventtext"),
                    a.GetValueOrDefault("sourcecode"), a.GetValueOrDefault("targetcode")));
            }
            bool evaluate = !string.Equals(attrs.GetValueOrDefault("evaluate")?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            return new PetrarchRecord(Id, date, evaluate, attrs.GetValueOrDefault("category"), Text, codings, line);
        }

        private static string? NonEmpty(Dictionary<string, string>? a, string key) =>
            a?.GetValueOrDefault(key) is { } v && Collapse(v) is { Length: > 0 } s ? s : null;
    }

    /// <summary>The '#' comment banners are plain text (and mention tags): skip a '&lt;' on a line that starts with '#'.</summary>
    private static bool InBanner(string s, int i)
    {
        int start = s.LastIndexOf('\n', i) + 1;
        while (start < i && (s[start] == ' ' || s[start] == '\t')) start++;
        return s[start] == '#';
    }

    private static int? Skip(string s, int at, string open, string close)
    {
        if (string.CompareOrdinal(s, at, open, 0, open.Length) != 0) return null;
        int end = s.IndexOf(close, at + open.Length, StringComparison.Ordinal);
        return end < 0 ? s.Length : end + close.Length;
    }

    private static string TagName(ReadOnlySpan<char> tag)
    {
        int n = 0;
        while (n < tag.Length && (char.IsAsciiLetterOrDigit(tag[n]) || tag[n] is '_' or '-' or ':')) n++;
        return tag[..n].ToString();
    }

    private static Dictionary<string, string> Attributes(ReadOnlySpan<char> tag)
    {
        var d = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (Match m in Attr().Matches(tag.ToString()))
            d[m.Groups[1].Value] = WebUtility.HtmlDecode(m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value);
        return d;
    }

    /// <summary>Trims and collapses every run of whitespace (line breaks of the English file included) to one space.</summary>
    internal static string Collapse(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool space = false;
        foreach (char ch in s.AsSpan().Trim())
        {
            if (char.IsWhiteSpace(ch)) { space = true; continue; }
            if (space) { sb.Append(' '); space = false; }
            sb.Append(ch);
        }
        return sb.ToString();
    }

    [GeneratedRegex("""([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")]
    private static partial Regex Attr();
}
