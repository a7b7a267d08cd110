using System.Globalization;
using System.Text;
using Cronista.LanguageId;
using Cronista.Model;
using Cronista.Time;

namespace Cronista.Evaluation;

/// <summary>One line of a TempEval-style token TSV: token, BIO-TYPE tag ("B-DATE", "I-DURATION", "O"), value ("-" when none).
/// A blank line (sentence break) has Token = "".</summary>
public sealed record TimexTsvLine(string Token, string Tag, string Value);

/// <summary>One document of the TSV: the document creation time (from the <c>*!-DCTVALUE="…"-!*</c> line) and its lines.</summary>
public sealed class TimexTsvDocument
{
    public string DctLine { get; init; } = "";
    public string Dct { get; init; } = "";
    public List<TimexTsvLine> Lines { get; } = new();
}

/// <summary>Reads and writes the token TSV of ../shared/data/timex/timebank-*/ (and of the held-out test files).</summary>
public static class TimexTsv
{
    private const string DctPrefix = "*!-DCTVALUE=\"";

    public static List<TimexTsvDocument> Read(string path)
    {
        var docs = new List<TimexTsvDocument>();
        TimexTsvDocument? cur = null;
        foreach (var raw in File.ReadLines(path))
        {
            var cols = raw.Split('\t');
            if (cols[0].StartsWith(DctPrefix, StringComparison.Ordinal))
            {
                int end = cols[0].IndexOf('"', DctPrefix.Length);
                cur = new TimexTsvDocument { DctLine = raw, Dct = end > 0 ? cols[0][DctPrefix.Length..end] : "" };
                docs.Add(cur);
                continue;
            }
            if (cur is null) { cur = new TimexTsvDocument(); docs.Add(cur); }
            cur.Lines.Add(cols[0].Length == 0 ? new TimexTsvLine("", "", "")
                : new TimexTsvLine(cols[0], cols.Length > 1 ? cols[1] : "O", cols.Length > 2 ? cols[2] : "-"));
        }
        return docs;
    }

    public static void Write(IEnumerable<TimexTsvDocument> docs, TextWriter w)
    {
        foreach (var d in docs)
        {
            if (d.DctLine.Length > 0) w.WriteLine(d.DctLine);
            foreach (var l in d.Lines) w.WriteLine(l.Token.Length == 0 ? "" : $"{l.Token}\t{l.Tag}\t{l.Value}");
        }
    }
}

/// <summary>
/// Reads TimeML files with inline <c>&lt;TIMEX3 type="…" value="…"&gt;</c> tags over whitespace-tokenized text (the
/// ml-crisis-silver layout) as TSV documents; the document creation time is the nearest folder named YYYY-MM-DD.
/// </summary>
public static class TimexTimeMl
{
    private static readonly System.Text.RegularExpressions.Regex Tag = new("<(/?)([A-Za-z0-9]+)([^>]*)>", System.Text.RegularExpressions.RegexOptions.Compiled);
    private static readonly System.Text.RegularExpressions.Regex Attr = new("(\\w+)=\"([^\"]*)\"", System.Text.RegularExpressions.RegexOptions.Compiled);

    /// <summary>One file, or every *.timeml file under a directory (ordinal order).</summary>
    public static List<TimexTsvDocument> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.timeml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList()
            : [path];
        return files.Select(ReadFile).ToList();
    }

    private static TimexTsvDocument ReadFile(string file)
    {
        string dct = "";
        for (var dir = Path.GetDirectoryName(Path.GetFullPath(file)); dir is not null && dct.Length == 0; dir = Path.GetDirectoryName(dir))
            if (DateOnly.TryParseExact(Path.GetFileName(dir), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)) dct = Path.GetFileName(dir);
        var doc = new TimexTsvDocument { DctLine = $"*!-DCTVALUE=\"{dct}\"-!*\tO\t-", Dct = dct };
        foreach (var line in File.ReadLines(file))
        {
            if (line.StartsWith("<?", StringComparison.Ordinal) || line.StartsWith("<!", StringComparison.Ordinal)) continue;
            string? type = null, value = null;
            bool first = false;
            int pos = 0;
            void Words(string chunk)
            {
                foreach (var w in chunk.Split(' ', StringSplitOptions.RemoveEmptyEntries))
                {
                    doc.Lines.Add(type is null ? new TimexTsvLine(w, "O", "-") : new TimexTsvLine(w, (first ? "B-" : "I-") + type, value ?? "-"));
                    first = false;
                }
            }
            foreach (System.Text.RegularExpressions.Match m in Tag.Matches(line))
            {
                Words(line[pos..m.Index]);
                pos = m.Index + m.Length;
                if (!m.Groups[2].Value.Equals("TIMEX3", StringComparison.OrdinalIgnoreCase)) continue;
                if (m.Groups[1].Value == "/") { type = null; continue; }
                var attrs = Attr.Matches(m.Groups[3].Value).ToDictionary(a => a.Groups[1].Value, a => a.Groups[2].Value);
                type = attrs.GetValueOrDefault("type", "DATE");
                value = attrs.GetValueOrDefault("value");
                first = true;
            }
            Words(line[pos..]);
            if (doc.Lines.Count > 0 && doc.Lines[^1].Token.Length > 0) doc.Lines.Add(new TimexTsvLine("", "", ""));
        }
        return doc;
    }
}

/// <summary>A scored TIMEX: token span [Start, End) in document Doc, type and value.</summary>
public readonly record struct TimexSpan(int Doc, int Start, int End, string Type, string Value);

/// <summary>TempEval-3 figures: strict and relaxed extent P/R/F1, type and value accuracy on relaxed matches, and type/value
/// F1 (attribute P = correct / system timexes, R = correct / gold timexes), as in the TempEval-3 scorer.</summary>
public sealed record TimexScore(int Gold, int System, int StrictMatches, int RelaxedGoldMatched, int RelaxedSystemMatched, int Pairs, int TypeCorrect, int ValueCorrect)
{
    private static double F(double p, double r) => p + r == 0 ? 0 : 2 * p * r / (p + r);
    public double StrictP => System == 0 ? 0 : (double)StrictMatches / System;
    public double StrictR => Gold == 0 ? 0 : (double)StrictMatches / Gold;
    public double StrictF1 => F(StrictP, StrictR);
    public double RelaxedP => System == 0 ? 0 : (double)RelaxedSystemMatched / System;
    public double RelaxedR => Gold == 0 ? 0 : (double)RelaxedGoldMatched / Gold;
    public double RelaxedF1 => F(RelaxedP, RelaxedR);
    public double TypeAccuracy => Pairs == 0 ? 0 : (double)TypeCorrect / Pairs;
    public double ValueAccuracy => Pairs == 0 ? 0 : (double)ValueCorrect / Pairs;
    public double TypeF1 => F(System == 0 ? 0 : (double)TypeCorrect / System, Gold == 0 ? 0 : (double)TypeCorrect / Gold);
    public double ValueF1 => F(System == 0 ? 0 : (double)ValueCorrect / System, Gold == 0 ? 0 : (double)ValueCorrect / Gold);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"""
        timexes: gold {Gold}, system {System}, matched pairs {Pairs}
        strict extent:  P {StrictP:F3}  R {StrictR:F3}  F1 {StrictF1:F3}
        relaxed extent: P {RelaxedP:F3}  R {RelaxedR:F3}  F1 {RelaxedF1:F3}
        type:  accuracy {TypeAccuracy:F3}  F1 {TypeF1:F3}
        value: accuracy {ValueAccuracy:F3}  F1 {ValueF1:F3}

        """);
}

public static class TimexEvaluation
{
    /// <summary>The language of a TSV file, identified from its first tokens.</summary>
    public static string IdentifyLanguage(IReadOnlyList<TimexTsvDocument> docs)
    {
        var sb = new StringBuilder();
        foreach (var d in docs)
        {
            foreach (var l in d.Lines) { if (sb.Length > 4000) break; sb.Append(l.Token).Append(' '); }
            if (sb.Length > 4000) break;
        }
        return LanguageIdentifier.Default.Identify(sb.ToString()).Language;
    }

    /// <summary>Tags every document (anchored on its DCT) and returns copies with predicted BIO-TYPE and value columns.
    /// Ranges and coordinations are emitted per end, as TimeML annotates them.</summary>
    public static List<TimexTsvDocument> Tag(IReadOnlyList<TimexTsvDocument> docs, string lang)
    {
        var tagger = TimexTagger.For(lang) ?? throw new ArgumentException($"no temporal lexicon for language '{lang}'", nameof(lang));
        var result = new List<TimexTsvDocument>(docs.Count);
        var tokens = new List<Token>();
        var times = new List<TimeExpression>();
        var sb = new StringBuilder();
        foreach (var d in docs)
        {
            sb.Clear(); tokens.Clear(); times.Clear();
            var tokenOfLine = new int[d.Lines.Count];
            for (int i = 0; i < d.Lines.Count; i++)
            {
                var tok = d.Lines[i].Token;
                if (tok.Length == 0) { tokenOfLine[i] = -1; if (sb.Length > 0) sb.Append('\n'); continue; }
                if (sb.Length > 0 && sb[^1] != '\n') sb.Append(' ');
                tokenOfLine[i] = tokens.Count;
                tokens.Add(new Token(sb.Length, tok.Length, KindOf(tok)));
                sb.Append(tok);
            }
            DateOnly? dct = d.Dct.Length >= 10 && DateOnly.TryParseExact(d.Dct[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var v) ? v : null;
            tagger.Tag(sb.ToString(), tokens, new TimexContext(dct, MergeRanges: false), times);
            // BIO per token from character spans
            var tags = new string[tokens.Count];
            var values = new string[tokens.Count];
            Array.Fill(tags, "O"); Array.Fill(values, "-");
            int t = 0;
            foreach (var x in times)
            {
                while (t < tokens.Count && tokens[t].End <= x.Start) t++;
                string type = x.Type.ToString().ToUpperInvariant();
                for (int k = t; k < tokens.Count && tokens[k].Start < x.End; k++)
                {
                    tags[k] = (k == t ? "B-" : "I-") + type;
                    values[k] = x.Value;
                }
            }
            var copy = new TimexTsvDocument { DctLine = d.DctLine, Dct = d.Dct };
            for (int i = 0; i < d.Lines.Count; i++)
                copy.Lines.Add(tokenOfLine[i] < 0 ? d.Lines[i] : new TimexTsvLine(d.Lines[i].Token, tags[tokenOfLine[i]], values[tokenOfLine[i]]));
            result.Add(copy);
        }
        return result;
    }

    private static TokenKind KindOf(string tok)
    {
        if (char.IsAsciiDigit(tok[0])) return TokenKind.Number;
        foreach (var c in tok) if (char.IsLetterOrDigit(c)) return TokenKind.Word;
        return tok.All(char.IsPunctuation) ? TokenKind.Punctuation : TokenKind.Symbol;
    }

    /// <summary>The TIMEX spans of a tagged file, by BIO-TYPE tags (value from the first token).</summary>
    public static List<TimexSpan> Spans(IReadOnlyList<TimexTsvDocument> docs)
    {
        var spans = new List<TimexSpan>();
        for (int di = 0; di < docs.Count; di++)
        {
            var lines = docs[di].Lines;
            int start = -1; string type = "", value = "";
            for (int i = 0; i <= lines.Count; i++)
            {
                var tag = i < lines.Count ? lines[i].Tag : "";
                bool inside = tag.StartsWith("I-", StringComparison.Ordinal) && start >= 0 && tag.AsSpan(2).SequenceEqual(type);
                if (inside) continue;
                if (start >= 0) { spans.Add(new TimexSpan(di, start, i, type, value)); start = -1; }
                if (tag.StartsWith("B-", StringComparison.Ordinal) || tag.StartsWith("I-", StringComparison.Ordinal))
                { start = i; type = tag[2..]; value = lines[i].Value; }
            }
        }
        return spans;
    }

    /// <summary>TempEval-3 scoring of system against gold (same documents and tokens, in the same order).</summary>
    public static TimexScore Score(IReadOnlyList<TimexTsvDocument> gold, IReadOnlyList<TimexTsvDocument> system)
    {
        if (gold.Count != system.Count) throw new ArgumentException($"gold has {gold.Count} documents, system {system.Count}");
        var g = Spans(gold);
        var s = Spans(system);
        var sysByDoc = s.GroupBy(x => x.Doc).ToDictionary(x => x.Key, x => x.ToList());
        var goldByDoc = g.GroupBy(x => x.Doc).ToDictionary(x => x.Key, x => x.ToList());
        int strict = 0, goldMatched = 0, sysMatched = 0, pairs = 0, typeOk = 0, valueOk = 0;
        foreach (var gs in g)
        {
            if (!sysByDoc.TryGetValue(gs.Doc, out var cands)) continue;
            TimexSpan? best = null;
            foreach (var c in cands)
            {
                if (c.Start >= gs.End || c.End <= gs.Start) continue;
                if (best is null || (c.Start == gs.Start && c.End == gs.End)) best = c;
            }
            if (best is not { } b) continue;
            goldMatched++; pairs++;
            if (b.Start == gs.Start && b.End == gs.End) strict++;
            if (b.Type == gs.Type) typeOk++;
            if (b.Value == gs.Value) valueOk++;
        }
        foreach (var ss in s)
            if (goldByDoc.TryGetValue(ss.Doc, out var cands) && cands.Any(c => c.Start < ss.End && c.End > ss.Start)) sysMatched++;
        return new TimexScore(g.Count, s.Count, strict, goldMatched, sysMatched, pairs, typeOk, valueOk);
    }

    /// <summary>Gold vs system lists of disagreements (for error analysis): (gold text, gold value, system text, system value).</summary>
    public static IEnumerable<string> Differences(IReadOnlyList<TimexTsvDocument> gold, IReadOnlyList<TimexTsvDocument> system)
    {
        string Text(TimexSpan x, IReadOnlyList<TimexTsvDocument> d) => string.Join(' ', d[x.Doc].Lines.Skip(x.Start).Take(x.End - x.Start).Select(l => l.Token));
        var g = Spans(gold); var s = Spans(system);
        var gByDoc = g.ToLookup(x => x.Doc);
        var sByDoc = s.ToLookup(x => x.Doc);
        foreach (var gs in g)
        {
            var m = sByDoc[gs.Doc].FirstOrDefault(c => c.Start < gs.End && c.End > gs.Start);
            if (m.End == 0) yield return $"MISS\t{Text(gs, gold)}\t{gs.Type} {gs.Value}\tdct={gold[gs.Doc].Dct}";
            else if (m.Value != gs.Value || m.Start != gs.Start || m.End != gs.End)
                yield return $"DIFF\t{Text(gs, gold)}\t{gs.Type} {gs.Value}\t{Text(m, system)}\t{m.Type} {m.Value}\tdct={gold[gs.Doc].Dct}";
        }
        foreach (var ss in s)
            if (!gByDoc[ss.Doc].Any(c => c.Start < ss.End && c.End > ss.Start))
                yield return $"FALSE\t{Text(ss, system)}\t{ss.Type} {ss.Value}";
    }
}
