using Cronista.Model;
using Cronista.Text;
using Cronista.Time;

namespace Cronista.Tests.Time;

internal static class TimexTestHelpers
{
    public static readonly DateOnly June17 = new(2024, 6, 17); // a Monday: the publication date of the dated seeds

    /// <summary>Tokenizes and tags a text; returns the expressions with their text.</summary>
    public static List<(string Text, TimeExpression X)> Tag(string lang, string text, DateOnly? anchor, bool merge = true)
    {
        var tokens = new List<Token>();
        Tokenizer.For(lang).Tokenize(text, tokens);
        var times = new List<TimeExpression>();
        TimexTagger.For(lang)!.Tag(text, tokens, new TimexContext(anchor, MergeRanges: merge), times);
        return times.Select(t => (text[t.Start..t.End], t)).ToList();
    }

    /// <summary>The one expression whose text contains <paramref name="phrase"/>.</summary>
    public static (string Text, TimeExpression X) Find(string lang, string text, string phrase, DateOnly? anchor)
    {
        var all = Tag(lang, text, anchor);
        var hits = all.Where(t => t.Text.Contains(phrase, StringComparison.Ordinal)).ToList();
        Assert.True(hits.Count == 1, $"expected one expression containing '{phrase}' in '{text}', got: {string.Join(" | ", all.Select(a => $"{a.Text}={a.X.Value}"))}");
        return hits[0];
    }
}
