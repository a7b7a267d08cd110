namespace Cronista.Text;

/// <summary>STUB (replaced by the text-layer work): Unicode normalization for all later stages.</summary>
public static class TextNormalizer
{
    /// <summary>NFC; typographic quotes/dashes/spaces unified; soft hyphens and zero-width chars removed; whitespace runs collapsed (paragraph breaks kept as "\n\n", line breaks as "\n").</summary>
    public static string Normalize(string text) => text.Normalize(System.Text.NormalizationForm.FormC).Trim();
}
