using System.Text;

namespace Cronista.Text;

/// <summary>
/// Unicode NFC through the platform's ICU (quick check first; the same instance when already NFC).
/// Lone surrogates, which ICU rejects, become U+FFFD.
/// </summary>
internal static class Nfc
{
    public static bool IsNormalized(string s)
    {
        try { return s.IsNormalized(NormalizationForm.FormC); }
        catch (ArgumentException) { return false; } // lone surrogate
    }

    public static string Normalize(string s)
    {
        if (IsNormalized(s)) return s;
        try { return s.Normalize(NormalizationForm.FormC); }
        catch (ArgumentException) { return ReplaceLoneSurrogates(s).Normalize(NormalizationForm.FormC); }
    }

    private static string ReplaceLoneSurrogates(string s) => string.Create(s.Length, s, static (dst, src) =>
    {
        for (int i = 0; i < src.Length; i++)
        {
            char c = src[i];
            if (char.IsHighSurrogate(c) && i + 1 < src.Length && char.IsLowSurrogate(src[i + 1])) { dst[i] = c; dst[i + 1] = src[++i]; }
            else dst[i] = char.IsSurrogate(c) ? '\uFFFD' : c;
        }
    });
}
