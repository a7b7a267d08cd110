using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace Cronista.LanguageId;

/// <summary>Writing systems used as the first pass of language identification.</summary>
public enum Script : byte
{
    Other, Latin, Cyrillic, Greek, Arabic, Hebrew, Devanagari, Bengali, Tamil, Thai, Georgian, Armenian, Hangul, Kana, Han,
}

/// <summary>Receives the features of a text from <see cref="CharNgrams.Extract{T}"/>.</summary>
public interface INgramSink
{
    /// <summary>One letter, as its lower-cased code point.</summary>
    void Letter(int codePoint);

    /// <summary>A feature of <paramref name="kind"/> (1..MaxOrder: character n-gram of that order; <see cref="CharNgrams.WordKind"/>: whole word) as a non-zero 32-bit hash.</summary>
    void Gram(uint key, int kind);

    /// <summary>Called before the first n-gram of each word; <paramref name="capitalized"/> when its first letter is upper- or title-case.</summary>
    void WordStart(bool capitalized);

    /// <summary>Called after the last feature of each word; returning false stops the extraction.</summary>
    bool WordEnd();
}

/// <summary>
/// Features shared by the trainer and the identifier, so both hash identically.
/// Text is lower-cased; every run of letters (with combining marks) is a word padded with one space on each side,
/// and n-grams of order 1..MaxOrder are taken inside each padded word (never across words; the lone space is skipped).
/// Each word of at most <see cref="MaxWordLetters"/> letters is also a feature of its own (<see cref="WordKind"/>): whole
/// short words ("não"/"no", "uma"/"una") separate close languages better than mid-order n-grams.
/// Hashes are FNV-1a over code points, computed incrementally (the n-gram ending here extends the (n-1)-gram
/// ending at the previous position), so nothing is allocated.
/// </summary>
public static class CharNgrams
{
    public const int MaxOrder = 5;
    /// <summary>Feature kind of whole words; kinds are 1..Kinds.</summary>
    public const int WordKind = MaxOrder + 1, Kinds = WordKind;
    public const int MaxWordLetters = 20;
    private const ulong FnvOffset = 14695981039346656037UL, FnvPrime = 1099511628211UL, WordSalt = 0x9E3779B97F4A7C15UL;

    /// <summary>Feeds the features of the first <paramref name="maxLetters"/> letters of <paramref name="text"/> to the sink (whole words only); returns the letters read.</summary>
    public static int Extract<T>(ReadOnlySpan<char> text, int maxLetters, ref T sink) where T : INgramSink, allows ref struct
    {
        Span<ulong> h = stackalloc ulong[MaxOrder]; // h[n-1] = hash of the n-gram ending at the previous symbol
        int len = 0, letters = 0, wordLetters = 0;
        ulong word = 0;
        bool inWord = false;
        int i = 0;
        while (i < text.Length)
        {
            // Fast paths for ASCII and other BMP characters; surrogate pairs through Rune.
            char c = text[i];
            int cp;
            bool isLetter, isMark, upper;
            if (c < 0x80)
            {
                i++;
                isLetter = (uint)((c | 0x20) - 'a') <= 'z' - 'a';
                isMark = false;
                upper = c < 'a';
                cp = c | 0x20;
            }
            else
            {
                UnicodeCategory cat;
                if (!char.IsSurrogate(c))
                {
                    i++;
                    cat = CharUnicodeInfo.GetUnicodeCategory(c);
                    cp = cat <= UnicodeCategory.TitlecaseLetter ? char.ToLowerInvariant(c) : c;
                }
                else
                {
                    if (Rune.DecodeFromUtf16(text[i..], out var rune, out int used) != System.Buffers.OperationStatus.Done) { used = Math.Max(used, 1); rune = Rune.ReplacementChar; }
                    i += used;
                    cat = Rune.GetUnicodeCategory(rune);
                    cp = Rune.ToLowerInvariant(rune).Value;
                }
                isLetter = cat <= UnicodeCategory.OtherLetter;
                isMark = cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;
                upper = cat is UnicodeCategory.UppercaseLetter or UnicodeCategory.TitlecaseLetter;
            }
            if (isLetter || (isMark && inWord))
            {
                if (!inWord)
                {
                    if (letters >= maxLetters) break;
                    inWord = true;
                    len = 0;
                    wordLetters = 0;
                    word = FnvOffset ^ WordSalt;
                    sink.WordStart(upper);
                    Push(' ', h, ref len, ref sink);
                }
                Push(cp, h, ref len, ref sink);
                word = (word ^ (uint)cp) * FnvPrime;
                if (isLetter) { letters++; wordLetters++; sink.Letter(cp); }
            }
            else if (inWord)
            {
                inWord = false;
                if (!EndWord(h, ref len, wordLetters, word, ref sink)) return letters;
            }
        }
        if (inWord) EndWord(h, ref len, wordLetters, word, ref sink);
        return letters;
    }

    private static bool EndWord<T>(scoped Span<ulong> h, ref int len, int wordLetters, ulong word, ref T sink) where T : INgramSink, allows ref struct
    {
        Push(' ', h, ref len, ref sink);
        if (wordLetters <= MaxWordLetters) sink.Gram(Fold(word), WordKind);
        return sink.WordEnd();
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Push<T>(int cp, scoped Span<ulong> h, ref int len, ref T sink) where T : INgramSink, allows ref struct
    {
        int top = Math.Min(len + 1, MaxOrder);
        for (int n = top; n >= 2; n--) h[n - 1] = (h[n - 2] ^ (uint)cp) * FnvPrime;
        h[0] = (FnvOffset ^ (uint)cp) * FnvPrime;
        len++;
        for (int n = cp == ' ' ? 2 : 1; n <= top; n++) sink.Gram(Fold(h[n - 1]), n);
    }

    /// <summary>Finalises a 64-bit FNV hash (murmur3 fmix64) into a non-zero 32-bit key.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static uint Fold(ulong x)
    {
        x ^= x >> 33; x *= 0xff51afd7ed558ccdUL; x ^= x >> 33; x *= 0xc4ceb9fe1a85ec53UL; x ^= x >> 33;
        uint k = (uint)(x >> 32);
        return k == 0 ? 1u : k;
    }

    /// <summary>Script of a (lower-cased) letter by Unicode block.</summary>
    public static Script ScriptOf(int cp) => cp switch
    {
        < 0x0250 => Script.Latin,                 // Basic Latin .. Latin Extended-B
        < 0x0370 => Script.Latin,                 // IPA, spacing modifiers
        < 0x0400 => Script.Greek,
        < 0x0530 => Script.Cyrillic,
        < 0x0590 => Script.Armenian,
        < 0x0600 => Script.Hebrew,
        < 0x0780 => Script.Arabic,                // Arabic, Syriac (rare), Arabic Supplement
        < 0x0900 => Script.Other,
        < 0x0980 => Script.Devanagari,
        < 0x0A00 => Script.Bengali,
        < 0x0B80 => Script.Other,
        < 0x0C00 => Script.Tamil,
        < 0x0E00 => Script.Other,
        < 0x0E80 => Script.Thai,
        < 0x10A0 => Script.Other,
        < 0x1100 => Script.Georgian,
        < 0x1200 => Script.Hangul,                // Hangul Jamo
        < 0x1C90 => Script.Other,
        < 0x1CC0 => Script.Georgian,              // Mtavruli
        < 0x1E00 => Script.Other,
        < 0x1F00 => Script.Latin,                 // Latin Extended Additional (Vietnamese)
        < 0x2000 => Script.Greek,                 // Greek Extended (polytonic)
        < 0x2C00 => Script.Other,
        < 0x2C60 => Script.Other,
        < 0x2C80 => Script.Latin,
        < 0x2D00 => Script.Other,
        < 0x2D30 => Script.Georgian,
        < 0x2DE0 => Script.Other,
        < 0x2E00 => Script.Cyrillic,
        < 0x3040 => Script.Other,
        < 0x3100 => Script.Kana,                  // Hiragana, Katakana
        < 0x3130 => Script.Other,
        < 0x3190 => Script.Hangul,                // compatibility Jamo
        < 0x31F0 => Script.Other,
        < 0x3200 => Script.Kana,
        < 0x3400 => Script.Other,
        < 0xA000 => Script.Han,                   // CJK Ext. A, Unified Ideographs
        < 0xA640 => Script.Other,
        < 0xA6A0 => Script.Cyrillic,
        < 0xA720 => Script.Other,
        < 0xA800 => Script.Latin,
        < 0xAC00 => Script.Other,
        < 0xD7B0 => Script.Hangul,
        < 0xF900 => Script.Other,
        < 0xFB00 => Script.Han,                   // compatibility ideographs
        < 0xFB1D => Script.Latin,                 // ligatures
        < 0xFB50 => Script.Hebrew,
        < 0xFE00 => Script.Arabic,
        < 0xFE70 => Script.Other,
        < 0xFF00 => Script.Arabic,
        < 0xFF21 => Script.Other,
        < 0xFF5B => Script.Latin,                 // full-width Latin
        < 0xFF66 => Script.Other,
        < 0xFFA0 => Script.Kana,                  // half-width Katakana
        < 0xFFE0 => Script.Hangul,
        < 0x20000 => Script.Other,
        < 0x2FA20 => Script.Han,                  // CJK Ext. B..F, compatibility supplement
        _ => Script.Other,
    };
}
