using System.Runtime.CompilerServices;
using System.Globalization;
using System.Text;

namespace Cronista.Text;

/// <summary>
/// Lower-casing plus accent folding ("Città" → "citta", "Ñ" → "n", "ß" stays "ß" for stemmers to handle)
/// through precomputed tables for the Latin, Greek and Cyrillic blocks and Latin Extended Additional (the dotted and
/// hooked letters of transliterations and Vietnamese: "Rafaḩ" → "rafah", "Nguyễn" → "nguyen"); other characters are only
/// lower-cased.
/// </summary>
public static class Folding
{
    private const int TableSize = 0x0530;
    private static readonly char[] Table = BuildTable();
    private const int ExtendedStart = 0x1E00, ExtendedSize = 0x100;
    private static readonly char[] Extended = BuildExtended();

    private static char[] BuildExtended()
    {
        var t = new char[ExtendedSize];
        for (int i = 0; i < ExtendedSize; i++) t[i] = Base(char.ToLowerInvariant((char)(ExtendedStart + i)));
        return t;
    }

    /// <summary>The letter without its combining marks (all of them: "ễ" has two).</summary>
    private static char Base(char ch)
    {
        string d = ch.ToString().Normalize(NormalizationForm.FormD);
        return d.Length > 1 && CharUnicodeInfo.GetUnicodeCategory(d[1]) == UnicodeCategory.NonSpacingMark ? d[0] : ch;
    }

    private static char[] BuildTable()
    {
        var t = new char[TableSize];
        for (int c = 0; c < TableSize; c++) t[c] = Base(char.ToLowerInvariant((char)c));
        // Letters that do not decompose but are commonly folded.
        t['ø'] = 'o'; t['Ø'] = 'o'; t['đ'] = 'd'; t['Đ'] = 'd'; t['ł'] = 'l'; t['Ł'] = 'l'; t['ı'] = 'i';
        return t;
    }

    public static char Fold(char c) =>
        c < TableSize ? Table[c] : (uint)(c - ExtendedStart) < ExtendedSize ? Extended[c - ExtendedStart] : char.ToLowerInvariant(c);

    /// <summary><see cref="char.ToLowerInvariant"/>, accents kept, without its call for ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static char Lower(char c) => c < 0x80 ? (char)(c | (char.IsAsciiLetterUpper(c) ? 0x20 : 0)) : char.ToLowerInvariant(c);

    /// <summary>Lower-cases without removing accents (what stemmers expect).</summary>
    public static int Lower(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++) destination[i] = Lower(source[i]);
        return source.Length;
    }

    /// <summary>Folds <paramref name="source"/> into <paramref name="destination"/> (same length) and returns the length.</summary>
    public static int Fold(ReadOnlySpan<char> source, Span<char> destination)
    {
        for (int i = 0; i < source.Length; i++) destination[i] = Fold(source[i]);
        return source.Length;
    }

    public static string Fold(string s)
    {
        return string.Create(s.Length, s, static (dst, src) => Fold(src, dst));
    }
}
