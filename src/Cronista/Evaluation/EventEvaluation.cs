using System.Text.Json;
using System.Text.Json.Serialization;
using Cronista.Events;
using Cronista.LanguageId;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Text;

namespace Cronista.Evaluation;

/// <summary>A predicted event as the evaluation sees it: one element of the <c>events</c> array of <c>cronista tag events</c> output.</summary>
public sealed record PredictedEvent(
    [property: JsonPropertyName("plover")] string Plover,
    [property: JsonPropertyName("cameo")] string Cameo,
    [property: JsonPropertyName("source_text")] string? SourceText,
    [property: JsonPropertyName("target_text")] string? TargetText,
    [property: JsonPropertyName("trigger")] string? Trigger)
{
    /// <summary>The label matched against <see cref="PetrarchCoding.Label"/>: the PLOVER type, except for an event whose CAMEO
    /// code is a statement or appeal (roots 01, 02: no PLOVER category), which is scored by that root.</summary>
    [JsonIgnore] // derived: `tag events` writes the five fields the interop format names
    public string Label => CameoCrosswalk.RootOf(Cameo) is "01" or "02" ? "CAMEO " + CameoCrosswalk.RootOf(Cameo) : Events.Plover.Normalize(Plover);

    public static PredictedEvent From(Event e, string text)
    {
        string? Span(int start, int end) => start >= 0 && end <= text.Length && start < end ? text[start..end] : null;
        return new PredictedEvent(e.Type, e.Cameo, e.Source is { } s ? Span(s.Start, s.End) : null,
            e.Target is { } t ? Span(t.Start, t.End) : null, Span(e.Start, e.End));
    }
}

/// <summary>One line of the predictions JSONL: <c>{"id": …, "events": […]}</c>.</summary>
public sealed record PredictionLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("events")] IReadOnlyList<PredictedEvent> Events);

/// <summary>Reads and writes the predictions JSONL of <c>cronista tag events</c>.</summary>
public static class EventPredictions
{
    private static readonly JsonSerializerOptions Options = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<PredictionLine> lines, TextWriter w)
    {
        foreach (var l in lines) w.WriteLine(JsonSerializer.Serialize(l, Options));
    }

    /// <summary>Predictions by record id. A line that is not a prediction throws <see cref="InvalidDataException"/> naming file and line.</summary>
    public static Dictionary<string, IReadOnlyList<PredictedEvent>> Read(string path)
    {
        var result = new Dictionary<string, IReadOnlyList<PredictedEvent>>(StringComparer.Ordinal);
        int n = 0;
        foreach (var line in File.ReadLines(path))
        {
            n++;
            if (string.IsNullOrWhiteSpace(line)) continue;
            PredictionLine? p;
            try { p = JsonSerializer.Deserialize<PredictionLine>(line, Options); }
            catch (JsonException ex) { throw new InvalidDataException($"{path}:{n}: not a prediction line ({ex.Message})"); }
            if (p?.Id is null) throw new InvalidDataException($"{path}:{n}: prediction line without an \"id\"");
            if (p.Events?.Any(e => e?.Plover is null || e.Cameo is null) ?? false)
                throw new InvalidDataException($"{path}:{n}: an event without \"plover\" or \"cameo\"");
            if (!result.TryAdd(p.Id, p.Events ?? [])) throw new InvalidDataException($"{path}:{n}: second line for id '{p.Id}'");
        }
        return result;
    }
}

/// <summary>Gold, predicted and matched counts of one event label (or of all).</summary>
public sealed record EventCounts(int Gold, int Predicted, int Matched)
{
    public double Precision => Predicted == 0 ? 0 : (double)Matched / Predicted;
    public double Recall => Gold == 0 ? 0 : (double)Matched / Gold;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}

/// <summary>Among matched events whose gold has this argument's text: how many, and how many predicted texts match leniently / strictly.</summary>
public sealed record ArgumentCounts(int Total, int Lenient, int Strict)
{
    public double LenientRate => Total == 0 ? 0 : (double)Lenient / Total;
    public double StrictRate => Total == 0 ? 0 : (double)Strict / Total;
}

/// <summary>A scored record: its predictions and, for each gold coding, the index of the prediction matched to it (-1: missed).</summary>
public sealed record EventRecordResult(PetrarchRecord Record, IReadOnlyList<PredictedEvent> Predicted, IReadOnlyList<int> GoldMatch)
{
    public bool IsPredictionMatched(int i) => GoldMatch.Contains(i);
}

public sealed class EventScore
{
    public int Records { get; init; }
    /// <summary>Records scored (evaluate != false).</summary>
    public int Evaluated { get; init; }
    /// <summary>Scored records with no predicted event at all.</summary>
    public int NoPrediction { get; init; }
    /// <summary>Prediction ids that name no record of the gold file (ignored).</summary>
    public int UnknownIds { get; init; }
    public required EventCounts Overall { get; init; }
    public required SortedDictionary<string, EventCounts> Types { get; init; }
    public required ArgumentCounts Source { get; init; }
    public required ArgumentCounts Target { get; init; }
    public required IReadOnlyList<EventRecordResult> Results { get; init; }
}

/// <summary>
/// Event evaluation on PETRARCH validation records (see docs/QUALITY.md, "Events"): tagging with the document pipeline, and
/// scoring event types per sentence as a multiset, then the source and target texts of matched events.
/// </summary>
public static class EventEvaluation
{
    /// <summary>
    /// Runs <paramref name="pipeline"/> (default: <see cref="DocumentPipeline.Default"/>) over each record's text and date, in
    /// parallel; results in record order. <paramref name="lang"/> null: each record's language is identified. With a
    /// <paramref name="coder"/>, the events it codes (with its types); without, the extractor's main events.
    /// </summary>
    public static List<PredictionLine> Tag(IReadOnlyList<PetrarchRecord> records, string? lang, string sourceName = "", DocumentPipeline? pipeline = null, EventCoder? coder = null)
    {
        var docs = Analyze(records, lang, sourceName, pipeline);
        return records.Select((r, i) => new PredictionLine(r.Id, Predictions(docs[i], coder))).ToList();
    }

    /// <summary>The analysed document of each record (text and date only), in record order.</summary>
    public static List<Document> Analyze(IReadOnlyList<PetrarchRecord> records, string? lang, string sourceName = "", DocumentPipeline? pipeline = null)
    {
        var p = pipeline ?? DocumentPipeline.Default;
        return records.AsParallel().AsOrdered()
            .Select(r => p.Run(new RawDocument { Id = r.Id, Source = $"{sourceName}:{r.Line}", Text = r.Text, Published = r.Date, Language = lang }))
            .ToList();
    }

    /// <summary>A document's predicted codings: the coder's decisions, or (no coder) every event not embedded in a
    /// prepositional phrase — PETRARCH codes a sentence's main events.</summary>
    public static List<PredictedEvent> Predictions(Document doc, EventCoder? coder) =>
        coder is null
            ? doc.Events.Where(e => !e.Embedded).Select(e => PredictedEvent.From(e, doc.Text)).ToList()
            : coder.Code(doc).Select(d => PredictedEvent.From(d.Event, doc.Text) with { Plover = d.Label, Cameo = d.Cameo }).ToList();

    /// <summary>The language to score a file's texts in: <paramref name="lang"/>, else what the file declares, else identified from its texts.</summary>
    public static string LanguageOf(PetrarchFile file, string? lang)
    {
        if (!string.IsNullOrWhiteSpace(lang)) return lang.Trim().ToLowerInvariant();
        if (file.DeclaredLanguage is { } d) return d;
        var sample = string.Join('\n', file.Records.Take(200).Select(r => r.Text));
        return LanguageIdentifier.Default.Identify(sample).Language;
    }

    public static EventScore Score(PetrarchFile gold, IReadOnlyDictionary<string, IReadOnlyList<PredictedEvent>> predictions, string lang)
    {
        var text = new EventTextMatch(lang);
        var types = new SortedDictionary<string, (int Gold, int Pred, int Matched)>(StringComparer.Ordinal);
        int evaluated = 0, noPrediction = 0, srcN = 0, srcL = 0, srcS = 0, tgtN = 0, tgtL = 0, tgtS = 0;
        var results = new List<EventRecordResult>();
        // Gold coded in CAMEO only (the English file): compare CAMEO root codes, as issue 5 asks — "PLOVER where given, else
        // CAMEO root". A crosswalk to PLOVER would count our MOBILIZE/demonstrate (CAMEO 141) against a gold 14x PROTEST.
        bool byCameo = gold.Records.SelectMany(r => r.Codings).All(c => c.Plover is null);
        string GoldLabel(PetrarchCoding g) => byCameo ? "CAMEO " + CameoCrosswalk.RootOf(g.Cameo) : g.Label;
        string PredLabel(PredictedEvent e) => byCameo ? "CAMEO " + CameoCrosswalk.RootOf(e.Cameo) : e.Label;
        foreach (var r in gold.Records)
        {
            if (!r.Evaluate) continue;
            evaluated++;
            var pred = predictions.GetValueOrDefault(r.Id) ?? [];
            if (pred.Count == 0) noPrediction++;
            var match = Match(r.Codings, pred, text, GoldLabel, PredLabel);
            results.Add(new EventRecordResult(r, pred, match));
            foreach (var g in r.Codings) Bump(GoldLabel(g), 1, 0, 0);
            foreach (var e in pred) Bump(PredLabel(e), 0, 1, 0);
            for (int i = 0; i < match.Length; i++)
            {
                if (match[i] < 0) continue;
                var (g, e) = (r.Codings[i], pred[match[i]]);
                Bump(GoldLabel(g), 0, 0, 1);
                if (g.SourceText is { } gs) { srcN++; if (text.Lenient(gs, e.SourceText)) srcL++; if (text.Strict(gs, e.SourceText)) srcS++; }
                if (g.TargetText is { } gt) { tgtN++; if (text.Lenient(gt, e.TargetText)) tgtL++; if (text.Strict(gt, e.TargetText)) tgtS++; }
            }
        }
        var ids = gold.Records.Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var counts = new SortedDictionary<string, EventCounts>(types.ToDictionary(kv => kv.Key, kv => new EventCounts(kv.Value.Gold, kv.Value.Pred, kv.Value.Matched)), StringComparer.Ordinal);
        return new EventScore
        {
            Records = gold.Records.Count, Evaluated = evaluated, NoPrediction = noPrediction,
            UnknownIds = predictions.Keys.Count(k => !ids.Contains(k)),
            Overall = new EventCounts(counts.Values.Sum(c => c.Gold), counts.Values.Sum(c => c.Predicted), counts.Values.Sum(c => c.Matched)),
            Types = counts,
            Source = new ArgumentCounts(srcN, srcL, srcS), Target = new ArgumentCounts(tgtN, tgtL, tgtS),
            Results = results,
        };

        void Bump(string label, int g, int p, int m)
        {
            var c = types.GetValueOrDefault(label);
            types[label] = (c.Gold + g, c.Pred + p, c.Matched + m);
        }
    }

    /// <summary>
    /// Matches gold codings to predictions of the same label, each used at most once: first the pairs whose source texts
    /// match (leniently), then the rest in text order — so with two predictions of one type, the one with the right source
    /// is the one counted. Returns, per gold coding, the index of its prediction or -1.
    /// </summary>
    internal static int[] Match(IReadOnlyList<PetrarchCoding> gold, IReadOnlyList<PredictedEvent> pred, EventTextMatch text,
        Func<PetrarchCoding, string>? goldLabel = null, Func<PredictedEvent, string>? predLabel = null)
    {
        goldLabel ??= static g => g.Label;
        predLabel ??= static e => e.Label;
        var match = Enumerable.Repeat(-1, gold.Count).ToArray();
        var used = new bool[pred.Count];
        foreach (bool bySource in (ReadOnlySpan<bool>)[true, false])
            for (int g = 0; g < gold.Count; g++)
            {
                if (match[g] >= 0) continue;
                for (int p = 0; p < pred.Count; p++)
                {
                    if (used[p] || predLabel(pred[p]) != goldLabel(gold[g])) continue;
                    if (bySource && !(gold[g].SourceText is { } s && text.Lenient(s, pred[p].SourceText))) continue;
                    match[g] = p; used[p] = true;
                    break;
                }
            }
        return match;
    }

    /// <summary>The --errors report: every scored record with events, each gold coding marked correct/missed and each prediction correct/false.</summary>
    public static void WriteErrors(EventScore score, string lang, TextWriter w)
    {
        var text = new EventTextMatch(lang);
        string Q(string? s) => s is null ? "-" : "\"" + s + "\"";
        foreach (var res in score.Results)
        {
            var r = res.Record;
            if (r.Codings.Count == 0 && res.Predicted.Count == 0) continue;
            bool clean = res.GoldMatch.All(m => m >= 0) && res.Predicted.Count == r.Codings.Count;
            w.WriteLine($"## {r.Id} [{(clean ? "ok" : "errors")}] line {r.Line}");
            w.WriteLine($"text: {r.Text}");
            for (int i = 0; i < r.Codings.Count; i++)
            {
                var g = r.Codings[i];
                int m = res.GoldMatch[i];
                string args = m < 0 ? "" : $" (source {Verdict(g.SourceText, res.Predicted[m].SourceText)}, target {Verdict(g.TargetText, res.Predicted[m].TargetText)})";
                w.WriteLine($"  gold {g.Label} cameo={g.Cameo} source={Q(g.SourceText ?? g.SourceCode)} target={Q(g.TargetText ?? g.TargetCode)} event={Q(g.EventText)} → {(m < 0 ? "MISSED" : "correct")}{args}");
            }
            for (int i = 0; i < res.Predicted.Count; i++)
            {
                var e = res.Predicted[i];
                w.WriteLine($"  pred {e.Label} cameo={e.Cameo} source={Q(e.SourceText)} target={Q(e.TargetText)} trigger={Q(e.Trigger)} → {(res.IsPredictionMatched(i) ? "correct" : "FALSE")}");
            }
            w.WriteLine();
        }

        string Verdict(string? gold, string? pred) =>
            gold is null ? "n/a" : text.Strict(gold, pred) ? "strict" : text.Lenient(gold, pred) ? "lenient" : "WRONG";
    }
}

/// <summary>
/// Compares argument texts by content words: tokens that are words or numbers, case- and accent-folded, minus the language's
/// stop words (all words when that leaves none, so "ellos" still compares). LENIENT: at least one content word shared;
/// STRICT: the same content-word sequence.
/// </summary>
public sealed class EventTextMatch(string lang)
{
    private readonly Tokenizer _tokenizer = Tokenizer.For(lang);
    private readonly WordSet _stop = StopWords.For(lang);

    public List<string> ContentWords(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return [];
        var tokens = new List<Token>();
        _tokenizer.Tokenize(text, tokens);
        var words = tokens.Where(t => t.Kind is TokenKind.Word or TokenKind.Number).Select(t => text.Substring(t.Start, t.Length)).ToList();
        // Stop words are listed with their accents ("más", "él"): test before folding.
        var content = words.Where(w => !_stop.Contains(w)).ToList();
        return (content.Count > 0 ? content : words).Select(Folding.Fold).ToList();
    }

    public bool Lenient(string? gold, string? predicted)
    {
        var g = ContentWords(gold);
        return g.Count > 0 && ContentWords(predicted).Any(g.Contains);
    }

    public bool Strict(string? gold, string? predicted)
    {
        var g = ContentWords(gold);
        return g.Count > 0 && g.SequenceEqual(ContentWords(predicted));
    }
}
