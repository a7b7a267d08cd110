using Cronista.Model;

namespace Cronista.Text;

/// <summary>STUB (replaced by the text-layer work).</summary>
public sealed class SentenceSplitter
{
    public static SentenceSplitter Default { get; } = new();

    /// <summary>Appends sentences over already computed tokens; <paramref name="lang"/> selects abbreviation data ("und" = all languages).</summary>
    public void Split(string text, IReadOnlyList<Token> tokens, string lang, List<Sentence> output)
    {
        int first = 0;
        for (int i = 0; i < tokens.Count; i++)
        {
            var t = tokens[i];
            if (t.Kind == TokenKind.Punctuation && (text[t.Start] is '.' or '!' or '?') || i == tokens.Count - 1)
            {
                output.Add(new Sentence(tokens[first].Start, t.End, first, i - first + 1));
                first = i + 1;
            }
        }
    }
}
