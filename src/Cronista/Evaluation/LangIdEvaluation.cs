using System.Globalization;
using System.Text;
using Cronista.LanguageId;

namespace Cronista.Evaluation;

/// <summary>Single-thread speed: characters per second on 2,000-character paragraphs, microseconds per 10 KB article (title + first 4,000 characters), letters read per article.</summary>
public readonly record struct LangIdThroughput(double ParagraphCharsPerSecond, double MicrosecondsPerArticle, double ArticleLettersRead)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"2,000-char paragraphs: {ParagraphCharsPerSecond / 1e6:F1} M chars/s; 10 KB articles (title + 4,000 chars): {MicrosecondsPerArticle:F1} µs each, {ArticleLettersRead:F0} letters read");
}

/// <summary>Accuracy of language identification on labelled sentences and on paragraphs built from them.</summary>
public sealed class LangIdEvalResult
{
    public sealed class Counts
    {
        public int Total, Correct, Und;
        public double Accuracy => Total == 0 ? 0 : (double)Correct / Total;
        public double UndRate => Total == 0 ? 0 : (double)Und / Total;
    }

    public SortedDictionary<string, Counts> Sentences { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, Counts> Paragraphs { get; } = new(StringComparer.Ordinal);
    /// <summary>(gold, predicted) → count, for wrong answers only ("und" included).</summary>
    public Dictionary<(string Gold, string Predicted), int> SentenceConfusions { get; } = new();
    public Dictionary<(string Gold, string Predicted), int> ParagraphConfusions { get; } = new();

    public Counts SentenceOverall => Sum(Sentences);
    public Counts ParagraphOverall => Sum(Paragraphs);

    private static Counts Sum(SortedDictionary<string, Counts> d)
    {
        var c = new Counts();
        foreach (var v in d.Values) { c.Total += v.Total; c.Correct += v.Correct; c.Und += v.Und; }
        return c;
    }

    internal void Add(bool paragraph, string gold, string predicted)
    {
        var table = paragraph ? Paragraphs : Sentences;
        if (!table.TryGetValue(gold, out var c)) table[gold] = c = new Counts();
        c.Total++;
        if (predicted == gold) { c.Correct++; return; }
        if (predicted == LanguageIdentifier.Undetermined) c.Und++;
        var conf = paragraph ? ParagraphConfusions : SentenceConfusions;
        conf[(gold, predicted)] = conf.GetValueOrDefault((gold, predicted)) + 1;
    }

    /// <summary>Markdown table: per language sentence and paragraph accuracy and und rate, then the most frequent confusions.</summary>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine("| lang | sentences | sent. acc. | sent. und | paragraphs | para. acc. | para. und |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        void Row(string lang, Counts s, Counts p) =>
            sb.AppendLine(inv, $"| {lang} | {s.Total} | {s.Accuracy:P2} | {s.UndRate:P2} | {p.Total} | {p.Accuracy:P2} | {p.UndRate:P2} |");
        foreach (var lang in Sentences.Keys.Union(Paragraphs.Keys).Order(StringComparer.Ordinal))
            Row(lang, Sentences.GetValueOrDefault(lang) ?? new Counts(), Paragraphs.GetValueOrDefault(lang) ?? new Counts());
        Row("**all**", SentenceOverall, ParagraphOverall);
        AppendConfusions(sb, "sentence", SentenceConfusions);
        AppendConfusions(sb, "paragraph", ParagraphConfusions);
        return sb.ToString();
    }

    private static void AppendConfusions(StringBuilder sb, string what, Dictionary<(string Gold, string Predicted), int> conf)
    {
        if (conf.Count == 0) return;
        sb.Append(CultureInfo.InvariantCulture, $"\nTop {what} confusions (gold→predicted): ");
        sb.AppendJoin(", ", conf.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Take(15).Select(kv => $"{kv.Key.Gold}→{kv.Key.Predicted} {kv.Value}"));
        sb.AppendLine();
    }
}

/// <summary>
/// Evaluates <see cref="LanguageIdentifier"/> on WikiNEuRal-style CoNLL files (<c>idx TAB token TAB tag</c>, blank line
/// between sentences, language = file-name prefix before the first '.'), on single sentences and on paragraphs of
/// consecutive sentences concatenated until they reach <c>paragraphChars</c> characters. "und" counts as wrong.
/// Future CLI: <c>cronista eval langid ../shared/data/ner/wikineural-silver/*.val.conllu</c>.
/// </summary>
public static class LangIdEvaluation
{
    public const int DefaultParagraphChars = 200;

    public static LangIdEvalResult RunConllu(IEnumerable<string> paths, LanguageIdentifier? identifier = null, int paragraphChars = DefaultParagraphChars)
    {
        var docs = paths.Select(p => (Lang: Path.GetFileName(p).Split('.')[0], Sentences: (IReadOnlyList<string>)ReadConlluSentences(p)));
        return Evaluate(docs, identifier ?? LanguageIdentifier.Default, paragraphChars);
    }

    /// <summary>Scores each sentence and each paragraph (consecutive sentences joined by a space until ≥ paragraphChars; a shorter tail is kept).</summary>
    public static LangIdEvalResult Evaluate(IEnumerable<(string Lang, IReadOnlyList<string> Sentences)> docs, LanguageIdentifier identifier, int paragraphChars = DefaultParagraphChars)
    {
        var result = new LangIdEvalResult();
        var para = new StringBuilder();
        foreach (var (lang, sentences) in docs)
        {
            para.Clear();
            foreach (var s in sentences)
            {
                result.Add(false, lang, identifier.Identify(s).Language);
                if (para.Length > 0) para.Append(' ');
                para.Append(s);
                if (para.Length >= paragraphChars)
                {
                    result.Add(true, lang, identifier.Identify(para.ToString()).Language);
                    para.Clear();
                }
            }
            if (para.Length > 0) result.Add(true, lang, identifier.Identify(para.ToString()).Language);
        }
        return result;
    }

    /// <summary>
    /// Single-thread speed on the sentences of <paramref name="paths"/>: <c>Identify</c> on 2,000-character paragraphs, and on
    /// 10,000-character articles passed as the ingest pipeline does (a title line + the first 4,000 characters).
    /// </summary>
    public static LangIdThroughput MeasureThroughput(IEnumerable<string> paths, LanguageIdentifier? identifier = null, double secondsEach = 1)
    {
        var id = identifier ?? LanguageIdentifier.Default;
        var paragraphs = new List<string>();
        var articles = new List<string>();
        var sb = new StringBuilder();
        foreach (var path in paths)
        {
            var sentences = ReadConlluSentences(path);
            foreach (var (size, list) in new[] { (2000, paragraphs), (10_000, articles) })
            {
                sb.Clear();
                foreach (var s in sentences)
                {
                    sb.Append(s).Append(' ');
                    if (sb.Length < size) continue;
                    list.Add(size == 2000 ? sb.ToString(0, size) : string.Concat(sentences[list.Count % sentences.Count], "\n", sb.ToString(0, 4000)));
                    sb.Clear();
                }
            }
        }
        if (paragraphs.Count == 0 || articles.Count == 0) return new(0, 0, 0);
        foreach (var p in paragraphs.Take(100)) id.Identify(p); // warm-up and model load
        double Seconds(List<string> texts, out int n)
        {
            var sw = System.Diagnostics.Stopwatch.StartNew();
            n = 0;
            while (sw.Elapsed.TotalSeconds < secondsEach)
                foreach (var t in texts) { id.Identify(t); n++; }
            return sw.Elapsed.TotalSeconds;
        }
        double ps = Seconds(paragraphs, out int np), asec = Seconds(articles, out int na);
        return new(np * 2000.0 / ps, asec / na * 1e6, articles.Average(a => id.LettersRead(a)));
    }

    /// <summary>Sentences of a CoNLL-like file (token in the second tab-separated column), rebuilt as text.</summary>
    public static List<string> ReadConlluSentences(string path)
    {
        var sentences = new List<string>();
        var tokens = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                if (tokens.Count > 0) sentences.Add(Detokenize(tokens));
                tokens.Clear();
                continue;
            }
            if (line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length >= 2) tokens.Add(cols[1]);
        }
        if (tokens.Count > 0) sentences.Add(Detokenize(tokens));
        return sentences;
    }

    /// <summary>
    /// Joins tokens with spaces, except: none before , . ; : ! ? ) ] % and closing quotes, none after ( [ and opening quotes,
    /// none after an elided article ending in an apostrophe (l', dell', d’), none before clitics starting with one ('s, n't).
    /// Straight double quotes alternate between opening and closing.
    /// </summary>
    public static string Detokenize(IReadOnlyList<string> tokens)
    {
        var sb = new StringBuilder();
        bool noSpaceNext = true, quoteOpen = false;
        foreach (var t in tokens)
        {
            bool attachLeft = t is "," or "." or ";" or ":" or "!" or "?" or ")" or "]" or "%" or "»" or "”" or "..."
                || (t.Length > 1 && IsApostrophe(t[0])) || t is "n't" or "n’t" || (t == "\"" && quoteOpen);
            if (!noSpaceNext && !attachLeft) sb.Append(' ');
            sb.Append(t);
            bool opens = t is "(" or "[" or "«" or "“" || (t == "\"" && !quoteOpen);
            if (t == "\"") quoteOpen = !quoteOpen;
            noSpaceNext = opens || (t.Length > 1 && IsApostrophe(t[^1]) && char.IsLetter(t[^2]));
        }
        return sb.ToString();
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';
}
