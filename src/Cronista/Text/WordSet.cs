namespace Cronista.Text;

/// <summary>An immutable, case-insensitive (ordinal) set of words that can be queried with spans, without allocating.</summary>
public sealed class WordSet : IReadOnlyCollection<string>
{
    private readonly HashSet<string> _set;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    public WordSet(IEnumerable<string> words)
    {
        _set = new HashSet<string>(words, StringComparer.OrdinalIgnoreCase);
        _lookup = _set.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static WordSet Empty { get; } = new(Array.Empty<string>());

    public int Count => _set.Count;
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
    public bool Contains(string word) => _set.Contains(word);
    public IEnumerator<string> GetEnumerator() => _set.GetEnumerator();
    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}

/// <summary>Stop words (articles, prepositions, pronouns, auxiliaries, conjunctions) per language, from Resources/Languages/&lt;lang&gt;/stopwords.txt.</summary>
public static class StopWords
{
    /// <summary>The stop words of <paramref name="lang"/> (ISO 639-1, case-insensitive); the union of all languages for "und" or a language without data.</summary>
    public static WordSet For(string lang) => TextLanguageData.For(lang).StopWords;
}
