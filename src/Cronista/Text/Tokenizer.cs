using Cronista.Model;

namespace Cronista.Text;

/// <summary>STUB (replaced by the text-layer work).</summary>
public sealed class Tokenizer
{
    public static Tokenizer Default { get; } = new();

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, offsets relative to text start.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            int s = i;
            if (char.IsLetterOrDigit(text[i]))
            {
                while (i < text.Length && char.IsLetterOrDigit(text[i])) i++;
                output.Add(new Token(s, i - s, char.IsDigit(text[s]) ? TokenKind.Number : TokenKind.Word));
            }
            else { i++; output.Add(new Token(s, 1, TokenKind.Punctuation)); }
        }
    }
}
