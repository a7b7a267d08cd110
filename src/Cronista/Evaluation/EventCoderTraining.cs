using Cronista.Events;
using Cronista.Model;

namespace Cronista.Evaluation;

/// <summary>
/// Training data and cross-validation for <see cref="EventCoder"/> from coded PETRARCH records: each extractor event of a
/// record is labelled with the gold coding it corresponds to (by trigger words), or <see cref="EventCoder.None"/>.
/// </summary>
public static class EventCoderTraining
{
    /// <summary>The labels a coder trained on <paramref name="records"/> may output: the ontology's types their codings use.</summary>
    public static List<string> Labels(IEnumerable<PetrarchRecord> records) =>
        records.SelectMany(r => r.Codings).Select(c => c.Label).Where(EventOntology.IsType).Distinct().ToList();

    /// <summary>One example per extractor event of the scored records: its features and its gold label.</summary>
    public static List<(List<string> Features, string Label)> Examples(IReadOnlyList<PetrarchRecord> records, IReadOnlyList<Document> docs, string lang)
    {
        var text = new EventTextMatch(lang);
        var examples = new List<(List<string>, string)>();
        for (int i = 0; i < records.Count; i++)
        {
            if (!records[i].Evaluate) continue;
            var labels = Align(records[i], docs[i], text);
            for (int e = 0; e < labels.Length; e++)
            {
                var f = new List<string>();
                EventCoder.Features(docs[i], e, f);
                examples.Add((f, labels[e] == docs[i].Events[e].Type ? EventCoder.Same : labels[e]));
            }
        }
        return examples;
    }

    /// <summary>
    /// The gold label of each event of <paramref name="doc"/>: each gold coding (in order) takes an unused event whose
    /// trigger shares a word (or its first five letters) with the coding's event text — preferring the same type, then a
    /// matching source — else an unused event of its type anywhere in the sentence, as the scorer would match it. Codings
    /// whose type the ontology lacks (CRIME, INVESTIGATE) label their event NONE. Unmatched events are NONE.
    /// </summary>
    public static string[] Align(PetrarchRecord record, Document doc, EventTextMatch text)
    {
        var labels = Enumerable.Repeat(EventCoder.None, doc.Events.Count).ToArray();
        var used = new bool[doc.Events.Count];
        var triggers = doc.Events.Select(e => text.ContentWords(doc.Text[e.Start..e.End])).ToList();
        var sources = doc.Events.Select(e => e.Source is { } s ? doc.Text[s.Start..s.End] : null).ToList();
        foreach (var g in record.Codings)
        {
            var words = text.ContentWords(g.EventText);
            int best = -1, bestScore = 0;
            for (int e = 0; e < doc.Events.Count; e++)
            {
                if (used[e]) continue;
                bool overlap = triggers[e].Any(t => words.Any(w => SameStem(t, w)));
                bool sameType = Plover.Normalize(doc.Events[e].Type) == g.Label;
                if (!overlap && !sameType) continue;
                int score = (overlap ? 4 : 0) + (sameType ? 2 : 0) + (g.SourceText is { } gs && text.Lenient(gs, sources[e]) ? 1 : 0);
                if (score > bestScore) (best, bestScore) = (e, score);
            }
            if (best < 0) continue;
            used[best] = true;
            labels[best] = EventOntology.IsType(g.Label) ? g.Label : EventCoder.None;
        }
        return labels;
    }

    private static bool SameStem(string a, string b) =>
        a == b || a.Length >= 5 && b.Length >= 5 && a.AsSpan(0, 5).SequenceEqual(b.AsSpan(0, 5));

    /// <summary>
    /// K-fold cross-validated predictions: records are split into <paramref name="folds"/> by their document (the record id
    /// without its last "_n" part, so sentences of one article stay together); each fold is coded by a model trained on the
    /// others. Returns predictions by record id for <see cref="EventEvaluation.Score"/>.
    /// </summary>
    public static Dictionary<string, IReadOnlyList<PredictedEvent>> CrossValidate(IReadOnlyList<PetrarchRecord> records, IReadOnlyList<Document> docs,
        string lang, int folds, int epochs, IEnumerable<string> labels)
    {
        var labelList = labels.ToList();
        var foldOf = records.Select(r => Fold(r.Id, folds)).ToArray();
        var result = new Dictionary<string, IReadOnlyList<PredictedEvent>>(StringComparer.Ordinal);
        var models = Enumerable.Range(0, folds).AsParallel().AsOrdered().Select(k =>
        {
            var train = Enumerable.Range(0, records.Count).Where(i => foldOf[i] != k).ToList();
            return EventCoder.Train(Examples(train.Select(i => records[i]).ToList(), train.Select(i => docs[i]).ToList(), lang), labelList, epochs);
        }).ToList();
        for (int i = 0; i < records.Count; i++) result[records[i].Id] = EventEvaluation.Predictions(docs[i], models[foldOf[i]]);
        return result;
    }

    /// <summary>A stable fold for a record's document (FNV-1a of the id up to its last '_').</summary>
    internal static int Fold(string id, int folds)
    {
        int cut = id.LastIndexOf('_');
        var doc = cut > 0 ? id.AsSpan(0, cut) : id.AsSpan();
        uint h = 2166136261;
        foreach (char c in doc) h = (h ^ c) * 16777619;
        return (int)(h % (uint)folds);
    }
}
