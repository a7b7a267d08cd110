using Cronista.Model;

namespace Cronista.Text;

/// <summary>
/// A wire dateline that opens a sentence: a place in capitals, then up to eight tokens of places, dates and the agency in
/// parentheses, then a dash ("TEGUCIGALPA -", "PARIS (AFP) -", "BALTIMORE, EEUU, Dic 8 ( AFP) -", "CARACAS (EFE).-"), or
/// a place, a comma and a date ("MEXICO, Oct 9 Unos 4.000 activistas …"), or a place in title case with the agency
/// ("Caracas, 3 sep (EFE).-"). It says where the report was filed: its place is
/// no actor (no subject of the sentence's verbs, no government standing for its capital).
/// </summary>
public static class Datelines
{
    /// <summary>The first token after the dateline that opens <paramref name="sentence"/>, or its first token when none does;
    /// the sentence's end when the sentence is the dateline alone ("CARACAS (EFE)." split before its dash).</summary>
    public static int End(Document doc, Sentence sentence)
    {
        int first = sentence.FirstToken, to = first + sentence.TokenCount;
        var tokens = doc.Tokens;
        // ANSA's "(ANSA) - ROMA, 27 MAR - …": the agency in parentheses and a dash before the place.
        int from = AgencyFirst(doc, first, to);
        if (from >= to) return first;
        if (to - from < 2 || tokens[from].Kind != TokenKind.Word) return from;
        // The place: one word in capitals, its tokens written together ("N'DJAMENA", "PORT-AU-PRINCE").
        int place = from;
        while (place + 1 < to && tokens[place + 1].Start == tokens[place].End && tokens[place + 1].Kind != TokenKind.Number
               && doc.Text[tokens[place + 1].Start] is not (',' or '(' or '.' or ':' or ';' or '/')
               // (A dash only inside the name, "PORT-AU-PRINCE"; "MOSCOW- The …" ends the place at its dash.)
               && !(tokens[place + 1].Kind == TokenKind.Punctuation && !(place + 2 < to && tokens[place + 2].Start == tokens[place + 1].End && tokens[place + 2].Kind == TokenKind.Word))) place++;
        // (A short first word before a longer one in capitals: "LA PAZ", "EL CAIRO", "LE CAIRE".)
        bool titleCase = false;
        if (!AllCapitals(doc.Text.AsSpan(tokens[from].Start, tokens[place].End - tokens[from].Start), 3)
            && !(place == from && AllCapitals(doc.TokenText(tokens[from]), 2) && place + 1 < to && tokens[place + 1].Kind == TokenKind.Word
                 && AllCapitals(doc.TokenText(tokens[place + 1]), 3)))
        {
            // EFE writes the place in title case ("Caracas, 3 sep (EFE).-", "Ciudad de México, 9 oct (EFE).-"): a dateline only
            // with the agency in parentheses before the dash.
            place = TitleCasePlace(doc, from, to);
            if (place < 0) return from;
            titleCase = true;
        }
        // … and the words of its name after it, in capitals too ("CIUDAD DE MÉXICO", "BUENOS AIRES", "LA PAZ"), and a second
        // place after a slash ("ISLAMABAD/NEW DELHI", "JERUSALEM/DUBAI").
        while (place + 2 < to && (tokens[place + 1].Kind == TokenKind.Word && AllCapitals(doc.TokenText(tokens[place + 1]), 2)
                                  || doc.TokenText(tokens[place + 1]) is "/" && tokens[place + 2].Kind == TokenKind.Word && AllCapitals(doc.TokenText(tokens[place + 2]), 3))) place++;
        if (!titleCase && to - place >= 4 && tokens[place + 1].Kind == TokenKind.Punctuation && doc.TokenText(tokens[place + 1]) is ",")
            foreach (var time in doc.Times)
                if (time.Start == tokens[place + 2].Start)
                {
                    int after = TokenSearch.At(tokens, time.End);
                    if (after < to - 2 && tokens[after].Kind == TokenKind.Word && char.IsUpper(doc.Text[tokens[after].Start])) return after;
                }
        bool agency = false;
        for (int t = place + 1; t < to && t <= place + 9; t++)
        {
            var text = doc.TokenText(tokens[t]);
            if (tokens[t].Kind == TokenKind.Punctuation)
            {
                if (text is "-" or "--" or "—" or "–" or ".-") return t + 1 < to && (agency || !titleCase) ? t + 1 : from;
                if (text is "(") agency = !titleCase || t + 1 < to && AllCapitals(doc.TokenText(tokens[t + 1]), 2);
                // "CARACAS (EFE)." cut off from its dash by the sentence splitter: the whole sentence.
                else if (agency && t == to - 1 && text is "." && doc.TokenText(tokens[t - 1]) is ")") return to;
                // … and a place in capitals alone before its full stop ("WASHINGTON. El Pentágono …"): the whole sentence.
                // (At most three words: a headline in capitals is longer.)
                else if (!titleCase && t == place + 1 && t == to - 1 && text is "." && place - from <= 2) return to;
                continue;
            }
            // A lower-case word is prose, unless it is part of a date ("ROMA, 2 luglio (Adnkronos) -", "NIAMEY, 3 août (AFP) -"),
            // tagged or an abbreviation right after the day ("LIMA, 18 mar (EFE).-": "mar" is also the sea).
            if (tokens[t].Kind == TokenKind.Word && !char.IsUpper(text[0]) && !InTime(doc, tokens[t].Start)
                && !(text.Length <= 4 && tokens[t - 1].Kind == TokenKind.Number)) return from;
        }
        return from;
    }

    /// <summary>The last token of a place in title case followed by a comma ("Caracas", "Ciudad de México", "Buenos Aires"):
    /// capitalised words, with "de", "del" or "la" between them; -1 when the sentence opens otherwise.</summary>
    private static int TitleCasePlace(Document doc, int from, int to)
    {
        var tokens = doc.Tokens;
        for (int t = from; t < to - 1 && t < from + 4; t++)
        {
            if (tokens[t].Kind != TokenKind.Word) return -1;
            var text = doc.TokenText(tokens[t]);
            if (!char.IsUpper(text[0]) && (t == from || text is not ("de" or "del" or "la"))) return -1;
            if (doc.TokenText(tokens[t + 1]) is ",") return char.IsUpper(text[0]) ? t : -1;
        }
        return -1;
    }

    /// <summary>The token after an opening "(AGENCY) -" (the agency in capitals), or <paramref name="first"/>.</summary>
    private static int AgencyFirst(Document doc, int first, int to)
    {
        var tokens = doc.Tokens;
        if (to - first < 5 || doc.TokenText(tokens[first]) is not "(" || doc.TokenText(tokens[first + 2]) is not ")"
            || tokens[first + 1].Kind != TokenKind.Word || !AllCapitals(doc.TokenText(tokens[first + 1]), 3)) return first;
        return doc.TokenText(tokens[first + 3]) is "-" or "--" or "—" or "–" ? first + 4 : first;
    }

    private static bool InTime(Document doc, int start)
    {
        foreach (var time in doc.Times)
            if (time.Start <= start && start < time.End) return true;
        return false;
    }

    /// <summary>Capital letters (at least <paramref name="minLength"/>), with apostrophes and hyphens between them.</summary>
    internal static bool AllCapitals(ReadOnlySpan<char> s, int minLength)
    {
        int letters = 0;
        foreach (char c in s)
            if (char.IsUpper(c)) letters++;
            else if (c is not ('\'' or '’' or '-')) return false;
        return letters >= minLength && char.IsUpper(s[0]) && char.IsUpper(s[^1]);
    }
}
