using System.Collections.Concurrent;
using Cronista.Model;
using static Cronista.Text.CharClass;

namespace Cronista.Text;

/// <summary>
/// Rule-based tokenizer for news text in Latin-script languages, one left-to-right scan, no allocation per token.
/// Language data (abbreviations, elisions, clitics, number suffixes) comes from Resources/Languages/&lt;lang&gt;;
/// "und" uses the union of all languages.
/// <list type="bullet">
/// <item>Words: letters, digits, combining marks; in-word hyphens and apostrophes stay inside ("Jong-un", "O'Neill").</item>
/// <item>Elisions split after the apostrophe ("dell'", "Onu"); English clitics before it ("Russia", "'s"; "do", "n't").</item>
/// <item>Numbers with . , : / between digits are one Number ("1.234,56", "18/06/2024", "10:30"); a sign at a token start
///   belongs to the number ("-3"); ordinal/decade suffixes stay on ("1º", "18th", "1er", "1990s").</item>
/// <item>Abbreviations keep their period when listed, dotted ("U.S.", "EE.UU.") or a capital initial ("J.").</item>
/// <item>URLs (http(s)://, ftp://, www.) and e-mails are one token without trailing punctuation; #hashtags and @mentions are Words.</item>
/// <item>".." / "..." / "…" runs are one Punctuation token; other punctuation and symbols one character each.</item>
/// </list>
/// </summary>
public sealed class Tokenizer
{
    private static readonly ConcurrentDictionary<string, Tokenizer> Cache = new(StringComparer.Ordinal);

    private readonly TextLanguageData _data;

    /// <summary>A tokenizer for a language (ISO 639-1, e.g. "it"); "und" or an unsupported language use all languages' data.</summary>
    public Tokenizer(string lang = "und") => _data = TextLanguageData.For(lang);

    /// <summary>The language-independent tokenizer (union of all languages' data).</summary>
    public static Tokenizer Default { get; } = For("und");

    /// <summary>Shared, cached tokenizer for a language.</summary>
    public static Tokenizer For(string lang) => Cache.GetOrAdd(TextLanguageData.Canonical(lang), static l => new Tokenizer(l));

    /// <summary>The canonical language whose data this tokenizer uses ("und" = union).</summary>
    public string Language => _data.Language;

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, offsets relative to text start.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> output, string lang) => For(lang).Tokenize(text, output);

    /// <summary>Appends the tokens of <paramref name="text"/> to <paramref name="output"/>, offsets relative to text start.</summary>
    public void Tokenize(ReadOnlySpan<char> text, List<Token> output)
    {
        int i = 0;
        while (i < text.Length)
        {
            byte cls = Of(text, i, out int width);
            switch (cls)
            {
                case Space or Control:
                    i += width;
                    break;
                case Letter or Mark:
                    i = Word(text, i, output);
                    break;
                case Digit:
                    i = NumberOrWord(text, i, i, output);
                    break;
                default:
                    i = PunctuationOrSymbol(text, i, cls, width, output);
                    break;
            }
        }
    }

    private int Word(ReadOnlySpan<char> s, int start, List<Token> output)
    {
        int j = SkipWordChars(s, start);
        // A URL's scheme or "www" is a letter run ended by ':' or '.': only then is it worth trying.
        if (j < s.Length && s[j] is ':' or '.' && TryUrl(s, start, out int end)) { output.Add(new Token(start, end - start, TokenKind.Url)); return end; }
        return WordTail(s, start, j, output);
    }

    /// <summary>Continues a word whose first run of word characters ends at <paramref name="j"/>: joiners, elisions, clitics, e-mail, period.</summary>
    private int WordTail(ReadOnlySpan<char> s, int start, int j, List<Token> output)
    {
        while (j < s.Length)
        {
            char c = s[j];
            if (IsHyphen(c) && j + 1 < s.Length && IsWordChar(s, j + 1, out _))
            {
                j = SkipWordChars(s, j + 1);
                continue;
            }
            if (IsApostrophe(c))
            {
                bool letterAfter = j + 1 < s.Length && IsWordChar(s, j + 1, out _);
                if (_data.ApostropheForms.Contains(s[start..j]))
                {
                    // Elision ("l'occasione" → "l'" + ...) or a truncated word ("po'"): the apostrophe ends this token.
                    output.Add(new Token(start, j + 1 - start, TokenKind.Word));
                    return j + 1;
                }
                if (letterAfter)
                {
                    int after = SkipWordChars(s, j + 1);
                    if (TryClitic(s, start, j, after, output)) return after;
                    j = after; // O'Neill, aujourd'hui
                    continue;
                }
                break;
            }
            if (c == '&' && j + 1 < s.Length && char.IsUpper(s[j - 1]) && char.IsUpper(s[j + 1]))
            {
                j = SkipWordChars(s, j + 1); // AT&T, S&P
                continue;
            }
            if (c is '@' or '.' or '_' or '+' or '%' or '-' && TryEmail(s, start, out int emailEnd))
            {
                output.Add(new Token(start, emailEnd - start, TokenKind.Email));
                return emailEnd;
            }
            break;
        }
        if (j < s.Length && s[j] == '.' && (j + 1 >= s.Length || s[j + 1] != '.'))
            j = AbbreviationEnd(s, start, j);
        output.Add(new Token(start, j - start, TokenKind.Word));
        return j;
    }

    /// <summary>Given a word [start, dot) followed by '.', where the token ends: after the period for abbreviations, else at the period.</summary>
    private int AbbreviationEnd(ReadOnlySpan<char> s, int start, int dot)
    {
        var word = s[start..dot];
        // Listed forms with an inner period ("Sig.ra", "P.zza", "d.lgs").
        if (IsLetter(s, dot + 1))
        {
            int next = SkipWordChars(s, dot + 1);
            if (_data.Abbreviations.Lookup(s[start..next]) != AbbreviationKind.None)
                return next < s.Length && s[next] == '.' && (next + 1 >= s.Length || s[next + 1] != '.') ? next + 1 : next;
        }
        int dotted = DottedEnd(s, start);
        if (dotted > 0) return dotted;
        if (word.Length == 1 && char.IsUpper(word[0])) return dot + 1; // initial
        return _data.Abbreviations.Lookup(word) != AbbreviationKind.None ? dot + 1 : dot;
    }

    /// <summary>End of a dotted abbreviation starting at <paramref name="start"/> ("U.S.", "EE.UU.", "S.p.A.", "e.g."): at least two groups
    /// of 1–3 letters each followed by a period; 0 when there is none.</summary>
    private static int DottedEnd(ReadOnlySpan<char> s, int start)
    {
        int i = start, groups = 0, end = 0;
        while (true)
        {
            int g = i;
            while (i < s.Length && i - g <= 3 && Of(s, i, out int w) == Letter && w == 1) i++;
            int len = i - g;
            if (len == 0 || len > 3 || i >= s.Length || s[i] != '.') break;
            if (i + 1 < s.Length && s[i + 1] == '.') break; // "U.S..." : the ellipsis wins
            groups++;
            end = ++i;
        }
        return groups >= 2 ? end : 0;
    }

    /// <summary>English-style clitics split off before the apostrophe ("Russia's" → "Russia" "'s", "don't" → "do" "n't").</summary>
    private bool TryClitic(ReadOnlySpan<char> s, int start, int apostrophe, int end, List<Token> output)
    {
        var after = s[(apostrophe + 1)..end];
        foreach (var (before, rest) in _data.Clitics)
        {
            if (!after.Equals(rest, StringComparison.OrdinalIgnoreCase)) continue;
            int cut = apostrophe - before.Length;
            if (cut <= start || !s[cut..apostrophe].Equals(before, StringComparison.OrdinalIgnoreCase)) continue;
            output.Add(new Token(start, cut - start, TokenKind.Word));
            output.Add(new Token(cut, end - cut, TokenKind.Word));
            return true;
        }
        return false;
    }

    /// <summary>A number starting at <paramref name="digits"/> (after an optional sign at <paramref name="start"/>); becomes a word when letters follow.</summary>
    private int NumberOrWord(ReadOnlySpan<char> s, int start, int digits, List<Token> output)
    {
        int j = SkipDigits(s, digits);
        bool plain = true; // only digits so far
        while (j + 1 < s.Length && s[j] is '.' or ',' or ':' or '/' && char.IsDigit(s[j + 1]))
        {
            j = SkipDigits(s, j + 1);
            plain = false;
        }
        if (j < s.Length)
        {
            char c = s[j];
            if (c == '.' && j + 1 < s.Length && s[j + 1] is 'º' or 'ª')
                j += 2; // "1.º"
            else if (IsWordChar(s, j, out _))
            {
                int end = SkipWordChars(s, j);
                bool ordinal = start == digits && _data.NumberSuffixes.Contains(s[j..end])
                    && !(end < s.Length && (IsWordChar(s, end, out _) || IsHyphen(s[end]) && IsLetter(s, end + 1)));
                if (ordinal) j = end;
                else if (start == digits) return WordTail(s, start, end, output); // 5G, 4x4, 15mila
            }
            else if (IsHyphen(c) && start == digits && IsLetter(s, j + 1))
                return WordTail(s, start, j, output); // 18-year-old
            else if (c == '.' && plain && _data.DottedOrdinals && j - digits <= 2
                     && j + 2 < s.Length && s[j + 1] == ' ' && IsLetter(s, j + 2))
                j++; // "am 17. Juni"
        }
        output.Add(new Token(start, j - start, TokenKind.Number));
        return j;
    }

    private static int SkipDigits(ReadOnlySpan<char> s, int i)
    {
        while (i < s.Length && char.IsDigit(s[i])) i++;
        return i;
    }

    private int PunctuationOrSymbol(ReadOnlySpan<char> s, int i, byte cls, int width, List<Token> output)
    {
        char c = s[i];
        // A sign belongs to a number when it starts a token: "-3", "+39", not "5-3".
        if (c is '-' or '+' or '\u2212' && IsDigit(s, i + 1) && (i == 0 || IsSignContext(s[i - 1])))
            return NumberOrWord(s, i, i + 1, output);
        if (c is '.' or '…')
        {
            int j = i + 1;
            while (j < s.Length && s[j] == c) j++;
            output.Add(new Token(i, j - i, TokenKind.Punctuation));
            return j;
        }
        if (c is '#' or '@' && i + 1 < s.Length)
        {
            int j = i + 1;
            bool letter = false;
            while (j < s.Length)
            {
                int w = 1;
                if (s[j] != '_' && !IsWordChar(s, j, out w)) break;
                letter |= System.Text.Rune.DecodeFromUtf16(s[j..], out var rune, out _) == System.Buffers.OperationStatus.Done && System.Text.Rune.IsLetter(rune);
                j += w; // a supplementary letter is two chars: never split the pair
            }
            if (letter || (c == '@' && j > i + 1))
            {
                output.Add(new Token(i, j - i, TokenKind.Word));
                return j;
            }
        }
        if (cls == Symbol)
        {
            int j = i + width;
            while (j < s.Length && Of(s, j, out int w) == Mark) j += w; // emoji variation selectors etc.
            output.Add(new Token(i, j - i, TokenKind.Symbol));
            return j;
        }
        output.Add(new Token(i, width, TokenKind.Punctuation));
        return i + width;
    }

    private static bool IsSignContext(char prev) =>
        char.IsWhiteSpace(prev) || prev is '(' or '[' or '{' or '«' or '"' or '\'' or '“' or '‘' or '/' or '=' or '<' or '>' or '~';

    private static bool StartsWithIgnoreCase(ReadOnlySpan<char> s, int i, string prefix) =>
        s.Length - i >= prefix.Length && s.Slice(i, prefix.Length).Equals(prefix, StringComparison.OrdinalIgnoreCase);

    /// <summary>http(s)://…, ftp://…, www.…, up to whitespace or a quote/angle bracket, without trailing punctuation or unbalanced brackets.</summary>
    private static bool TryUrl(ReadOnlySpan<char> s, int i, out int end)
    {
        end = 0;
        char c = (char)(s[i] | 0x20);
        int body;
        if (c == 'h' && StartsWithIgnoreCase(s, i, "http://")) body = i + 7;
        else if (c == 'h' && StartsWithIgnoreCase(s, i, "https://")) body = i + 8;
        else if (c == 'f' && StartsWithIgnoreCase(s, i, "ftp://")) body = i + 6;
        else if (c == 'w' && StartsWithIgnoreCase(s, i, "www.") && i + 4 < s.Length && char.IsLetterOrDigit(s[i + 4])) body = i + 4;
        else return false;
        int j = body;
        while (j < s.Length && !char.IsWhiteSpace(s[j]) && s[j] is not ('<' or '>' or '"' or '«' or '»' or '“' or '”' or '‘' or '’' or '\\' or '^' or '`' or '{' or '}' or '|')
               && !char.IsControl(s[j]))
            j++;
        while (j > body)
        {
            char last = s[j - 1];
            if (last is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '…' or '*'
                || last == ')' && s[body..j].Count('(') < s[body..j].Count(')')
                || last == ']' && s[body..j].Count('[') < s[body..j].Count(']'))
                j--;
            else break;
        }
        if (j == body) return false;
        end = j;
        return true;
    }

    /// <summary>local@domain.tld starting at <paramref name="start"/>; the local part is letters, digits and . _ % + -.</summary>
    private static bool TryEmail(ReadOnlySpan<char> s, int start, out int end)
    {
        end = 0;
        int j = start;
        while (j < s.Length && (char.IsLetterOrDigit(s[j]) || s[j] is '.' or '_' or '%' or '+' or '-')) j++;
        if (j == start || j >= s.Length || s[j] != '@' || s[j - 1] == '.') return false;
        int domain = j + 1, k = domain;
        while (k < s.Length && (char.IsLetterOrDigit(s[k]) || s[k] is '-' or '.')) k++;
        while (k > domain && s[k - 1] is '.' or '-') k--;
        var d = s[domain..k];
        int lastDot = d.LastIndexOf('.');
        if (lastDot <= 0 || d.Length - lastDot - 1 < 2 || !char.IsLetter(d[^1]) || d.Contains("..", StringComparison.Ordinal)) return false;
        end = k;
        return true;
    }
}
