namespace Cronista.Text.Stemming;

/// <summary>STUB (replaced by the stemmer work): stemmer per ISO 639-1 code.</summary>
public static class Stemmers
{
    public static IReadOnlyCollection<string> Languages { get; } = Array.Empty<string>();

    /// <summary>The stemmer for a language, or null when there is none (then words are only lower-cased and folded).</summary>
    public static IStemmer? For(string lang) => null;
}
