using System.Text;
using Cronista.Model;
using Cronista.Text;

namespace Cronista.Search;

/// <summary>Builds a short excerpt around the densest run of query-term matches, with matches marked as [term].</summary>
public static class Snippets
{
    /// <param name="wanted">The query's terms for this language (<see cref="CompiledQuery.HighlightTerms"/>).</param>
    public static string Make(string text, TermAnalyzer analyzer, IReadOnlySet<string> wanted, int windowTokens = 24)
    {
        var tokens = new List<Token>();
        Tokenizer.For(analyzer.Language).Tokenize(text, tokens);
        var hit = new bool[tokens.Count];
        // Looked up by span: no string per token.
        if (wanted is not HashSet<string> set || !set.TryGetAlternateLookup<ReadOnlySpan<char>>(out var lookup))
            lookup = new HashSet<string>(wanted, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            hit[i] = analyzer.TermMatches(text.AsSpan(t.Start, t.Length), t.Kind, lookup);
        }
        DropHitsInCode(text, tokens, hit);
        // Slide a window over the tokens and keep the one with the most hits.
        int best = 0, bestCount = -1, count = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            if (hit[i]) count++;
            if (i >= windowTokens && hit[i - windowTokens]) count--;
            if (count > bestCount) { bestCount = count; best = Math.Max(0, i - windowTokens + 1); }
        }
        if (tokens.Count == 0) return "";
        int last = Math.Min(tokens.Count - 1, best + windowTokens - 1);
        var sb = new StringBuilder();
        if (best > 0) sb.Append('…');
        int pos = tokens[best].Start;
        for (int i = best; i <= last; i++)
        {
            var t = tokens[i];
            sb.Append(text, pos, t.Start - pos);
            if (hit[i]) sb.Append('[').Append(text, t.Start, t.Length).Append(']');
            else sb.Append(text, t.Start, t.Length);
            pos = t.End;
        }
        if (last < tokens.Count - 1) sb.Append('…');
        return sb.ToString().Replace('\n', ' ');
    }

    /// <summary>Matches in lines of script or style sheets that scraped pages keep ("…/foto-siria-guerra-bombe.html"},{…")
    /// do not choose the excerpt, unless the text has no others.</summary>
    private static void DropHitsInCode(string text, List<Token> tokens, bool[] hit)
    {
        if (!CodeLines.Any(text)) return;
        var inCode = new bool[tokens.Count];
        bool prose = false;
        int k = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            bool code = CodeLines.IsCode(text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value));
            for (; k < tokens.Count && tokens[k].Start < range.End.Value; k++)
            {
                inCode[k] = code;
                prose |= hit[k] && !code;
            }
        }
        if (!prose) return;
        for (int i = 0; i < hit.Length; i++) hit[i] &= !inCode[i];
    }

    /// <summary>The text around [start, end), with that span in brackets, cut at word boundaries.</summary>
    public static string Around(string text, int start, int end, int contextChars = 90)
    {
        start = Math.Clamp(start, 0, text.Length); end = Math.Clamp(end, start, text.Length);
        int from = Math.Max(0, start - contextChars), to = Math.Min(text.Length, end + contextChars);
        while (from > 0 && from < start && !char.IsWhiteSpace(text[from - 1])) from++;
        while (to < text.Length && to > end && !char.IsWhiteSpace(text[to])) to--;
        var sb = new StringBuilder();
        if (from > 0) sb.Append('…');
        sb.Append(text, from, start - from).Append('[').Append(text, start, end - start).Append(']').Append(text, end, to - end);
        if (to < text.Length) sb.Append('…');
        return sb.Replace('\n', ' ').ToString();
    }
}
