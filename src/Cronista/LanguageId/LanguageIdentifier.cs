namespace Cronista.LanguageId;

public readonly record struct LanguageGuess(string Language, double Confidence);

/// <summary>STUB (replaced by the language-id work).</summary>
public sealed class LanguageIdentifier
{
    public static LanguageIdentifier Default { get; } = new();
    public IReadOnlyCollection<string> Languages { get; } = Array.Empty<string>();

    /// <summary>Best language with a confidence in [0,1]; ("und", c) when too short, mixed or unsure.</summary>
    public LanguageGuess Identify(ReadOnlySpan<char> text) => new("und", 0);
}
