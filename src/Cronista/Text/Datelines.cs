using Cronista.Model;

namespace Cronista.Text;

/// <summary>
/// A wire dateline that opens a sentence: a place in capitals, then up to eight tokens of places, dates and the agency in
/// parentheses, then a dash ("TEGUCIGALPA -", "PARIS (AFP) -", "BALTIMORE, EEUU, Dic 8 ( AFP) -", "CARACAS (EFE).-"), or
/// a place, a comma and a date ("MEXICO, Oct 9 Unos 4.000 activistas …"). It says where the report was filed: its place is
/// no actor (no subject of the sentence's verbs, no government standing for its capital).
/// </summary>
public static class Datelines
{
    /// <summary>The first token after the dateline that opens <paramref name="sentence"/>, or its first token when none does;
    /// the sentence's end when the sentence is the dateline alone ("CARACAS (EFE)." split before its dash).</summary>
    public static int End(Document doc, Sentence sentence)
    {
        int from = sentence.FirstToken, to = from + sentence.TokenCount;
        var tokens = doc.Tokens;
        if (to - from < 2 || tokens[from].Kind != TokenKind.Word || !AllCapitals(doc.TokenText(tokens[from]), 3)) return from;
        if (to - from >= 4 && tokens[from + 1].Kind == TokenKind.Punctuation && doc.TokenText(tokens[from + 1]) is ",")
            foreach (var time in doc.Times)
                if (time.Start == tokens[from + 2].Start)
                {
                    int after = TokenSearch.At(tokens, time.End);
                    if (after < to - 2 && tokens[after].Kind == TokenKind.Word && char.IsUpper(doc.Text[tokens[after].Start])) return after;
                }
        bool agency = false;
        for (int t = from + 1; t < to && t <= from + 9; t++)
        {
            var text = doc.TokenText(tokens[t]);
            if (tokens[t].Kind == TokenKind.Punctuation)
            {
                if (text is "-" or "--" or "—" or "–" or ".-") return t + 1 < to ? t + 1 : from;
                if (text is "(") agency = true;
                // "CARACAS (EFE)." cut off from its dash by the sentence splitter: the whole sentence.
                else if (agency && t == to - 1 && text is "." && doc.TokenText(tokens[t - 1]) is ")") return to;
                continue;
            }
            // A lower-case word is prose, unless it is part of a date ("ROMA, 2 luglio (Adnkronos) -", "NIAMEY, 3 août (AFP) -").
            if (tokens[t].Kind == TokenKind.Word && !char.IsUpper(text[0]) && !InTime(doc, tokens[t].Start)) return from;
        }
        return from;
    }

    private static bool InTime(Document doc, int start)
    {
        foreach (var time in doc.Times)
            if (time.Start <= start && start < time.End) return true;
        return false;
    }

    private static bool AllCapitals(ReadOnlySpan<char> s, int minLength)
    {
        if (s.Length < minLength) return false;
        foreach (char c in s) if (!char.IsUpper(c)) return false;
        return true;
    }
}
