namespace Cronista.Text.Stemming;

/// <summary>The Snowball stemmer for each supported language (ISO 639-1 code). Instances are shared and thread-safe.</summary>
public static class Stemmers
{
    private static readonly IStemmer[] All =
    [
        new ItalianStemmer(), new SpanishStemmer(), new EnglishStemmer(),
        new FrenchStemmer(), new GermanStemmer(), new PortugueseStemmer(),
    ];

    public static IReadOnlyCollection<string> Languages { get; } = Array.AsReadOnly(All.Select(s => s.Language).ToArray());

    /// <summary>The stemmer for a language, or null when there is none (then words are only lower-cased and folded).</summary>
    public static IStemmer? For(string lang)
    {
        foreach (var s in All)
            if (string.Equals(s.Language, lang, StringComparison.OrdinalIgnoreCase)) return s;
        return null;
    }
}
