using Cronista.Model;
using Cronista.Pipeline;

namespace Cronista.Stories;

/// <summary>The document-vs-document story similarity of text pairs, each text analysed in its given language; document
/// frequencies are those of all the texts of the batch.</summary>
public static class PairSimilarity
{
    public static StoryScore[] Score(IReadOnlyList<(string Lang1, string Text1, string Lang2, string Text2)> pairs, StoryClusteringOptions? options = null)
    {
        var o = options ?? StoryClusteringOptions.Default;
        var signals = new DocumentSignals[pairs.Count * 2];
        Parallel.For(0, signals.Length, i =>
        {
            var (lang, text) = i % 2 == 0 ? (pairs[i / 2].Lang1, pairs[i / 2].Text1) : (pairs[i / 2].Lang2, pairs[i / 2].Text2);
            var doc = DocumentPipeline.Default.Run(new RawDocument { Id = "t" + i, Source = "pair", Text = text, Language = lang is { Length: > 0 } ? lang : null });
            signals[i] = StoryFeatures.Extract(doc, o);
        });
        // Each distinct text counts once in the document frequencies.
        var stats = new FeatureStats();
        var seen = new HashSet<(string, string)>();
        for (int i = 0; i < signals.Length; i++)
        {
            var (lang, text) = i % 2 == 0 ? (pairs[i / 2].Lang1, pairs[i / 2].Text1) : (pairs[i / 2].Lang2, pairs[i / 2].Text2);
            if (seen.Add((lang, text))) StoryFeatures.Weigh(signals[i], stats, o);
        }
        var scores = new StoryScore[pairs.Count];
        for (int i = 0; i < pairs.Count; i++)
        {
            var a = StoryFeatures.Weigh(signals[2 * i], stats, o, observe: false);
            var b = StoryFeatures.Weigh(signals[2 * i + 1], stats, o, observe: false);
            scores[i] = StorySimilarity.Score(a, b, o, stats);
        }
        return scores;
    }
}
