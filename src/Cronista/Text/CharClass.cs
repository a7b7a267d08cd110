using System.Globalization;
using System.Runtime.CompilerServices;

namespace Cronista.Text;

/// <summary>Character classes shared by the tokenizer and the sentence splitter.</summary>
internal static class CharClass
{
    public const byte Space = 0, Control = 1, Letter = 2, Digit = 3, Punct = 4, Symbol = 5, Mark = 6;

    // ASCII: % & # @ * are punctuation in Unicode but symbols for us.
    private static ReadOnlySpan<byte> Ascii =>
    [
        1, 1, 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 1, 1, // \t \n \v \f \r are spaces
        1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
        0, 4, 4, 5, 5, 5, 5, 4, 4, 4, 5, 5, 4, 4, 4, 4, //  ! " # $ % & ' ( ) * + , - . /
        3, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 5, 5, 5, 4, // 0-9 : ; < = > ?
        5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, // @ A-O
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 4, 4, 5, 4, // P-Z [ \ ] ^ _
        5, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, // ` a-o
        2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 4, 5, 4, 5, 1, // p-z { | } ~ DEL
    ];

    private static readonly System.Buffers.SearchValues<char> AsciiWordChars =
        System.Buffers.SearchValues.Create("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    // U+0000–U+00FF: the ASCII table above plus Latin-1 (à, è, ñ, «, », º…) from Unicode categories.
    private static readonly byte[] Latin1 = BuildLatin1();

    private static byte[] BuildLatin1()
    {
        var table = new byte[256];
        Ascii.CopyTo(table);
        for (int c = 0x80; c < 0x100; c++)
            table[c] = char.IsWhiteSpace((char)c) ? Space : OfCategory(CharUnicodeInfo.GetUnicodeCategory((char)c), (char)c);
        return table;
    }

    /// <summary>Class of the character at <paramref name="i"/>; <paramref name="width"/> is 2 for a surrogate pair.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        width = 1;
        if (c < 0x100) return Latin1[c];
        return OfNonAscii(s, i, out width);
    }

    private static byte OfNonAscii(ReadOnlySpan<char> s, int i, out int width)
    {
        char c = s[i];
        width = 1;
        if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
        {
            width = 2;
            return OfCategory(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, s[i + 1])), c);
        }
        if (char.IsWhiteSpace(c)) return Space;
        return OfCategory(CharUnicodeInfo.GetUnicodeCategory(c), c);
    }

    private static byte OfCategory(UnicodeCategory cat, char c) => cat switch
    {
        <= UnicodeCategory.OtherLetter => Letter,
        <= UnicodeCategory.EnclosingMark => Mark,
        UnicodeCategory.DecimalDigitNumber => Digit,
        UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => Letter, // Ⅻ, ², ½ behave as word characters
        UnicodeCategory.SpaceSeparator or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator => Space,
        UnicodeCategory.Control or UnicodeCategory.Format => Control,
        >= UnicodeCategory.ConnectorPunctuation and <= UnicodeCategory.OtherPunctuation =>
            c is '‰' or '‱' or '§' or '¶' or '†' or '‡' or '⁂' ? Symbol : Punct,
        _ => Symbol, // math, currency, modifier and other symbols; private use; unassigned; lone surrogates
    };

    /// <summary>Letters, digits and combining marks: what words are made of.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsWordChar(ReadOnlySpan<char> s, int i, out int width)
    {
        byte k = Of(s, i, out width);
        return k is Letter or Digit or Mark;
    }

    /// <summary>Index after the run of word characters starting at <paramref name="i"/>.</summary>
    public static int SkipWordChars(ReadOnlySpan<char> s, int i)
    {
        // Vectorized over the ASCII part of the word, the table for the rest.
        int ascii = s[i..].IndexOfAnyExcept(AsciiWordChars);
        if (ascii < 0) return s.Length;
        i += ascii;
        while (i < s.Length)
        {
            char c = s[i];
            if (c < 0x100)
            {
                if (Latin1[c] is Letter or Digit or Mark) { i++; continue; }
                return i;
            }
            if (!IsWordChar(s, i, out int w)) return i;
            i += w;
        }
        return i;
    }

    public static bool IsDigit(ReadOnlySpan<char> s, int i) => i < s.Length && char.IsDigit(s[i]);
    public static bool IsLetter(ReadOnlySpan<char> s, int i) => i < s.Length && Of(s, i, out _) == Letter;
    public static bool IsApostrophe(char c) => c is '\'' or '\u2019' or '\u02BC';
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';
}
