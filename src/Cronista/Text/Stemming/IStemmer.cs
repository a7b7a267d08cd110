namespace Cronista.Text.Stemming;

/// <summary>A Snowball stemmer. Input is a lower-case word; output its stem.</summary>
public interface IStemmer
{
    string Language { get; }
    /// <summary>Writes the stem into <paramref name="destination"/> (at least 2 × word length) and returns its length.</summary>
    int Stem(ReadOnlySpan<char> word, Span<char> destination);
}

public static class StemmerExtensions
{
    public static string Stem(this IStemmer s, string word)
    {
        Span<char> buf = word.Length <= 128 ? stackalloc char[word.Length * 2 + 4] : new char[word.Length * 2 + 4];
        int n = s.Stem(word, buf);
        return new string(buf[..n]);
    }
}
