using System.Globalization;

namespace Cronista.Ingest.Readers;

/// <summary>
/// Publication dates as written by the publisher: a date-time with an offset keeps its own calendar day
/// ("2024-06-18T23:30:00-05:00" → 2024-06-18), it is not converted to UTC.
/// </summary>
public static class DateParsing
{
    /// <summary>Strict ISO-8601: "YYYY-MM-DD", or that followed by 'T' or ' ' and a valid time with optional offset.</summary>
    public static bool TryParseIso(ReadOnlySpan<char> s, out DateOnly date)
    {
        s = s.Trim();
        if (!TryDatePrefix(s, out date)) return false;
        if (s.Length == 10) return true;
        if (s[10] is not ('T' or 't' or ' ')) { date = default; return false; }
        // The whole string must be a valid date-time; the day is taken as written.
        if (DateTimeOffset.TryParse(s, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out _)) return true;
        date = default;
        return false;
    }

    /// <summary>RFC 822/1123 dates as found in feeds, tolerantly: optional weekday, 1–2 digit day, English month name or abbreviation, 2- or 4-digit year; the time and zone are ignored. Also accepts "Jun 10, 2003".</summary>
    public static bool TryParseRfc822(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        int month = 0, n1 = -1, n2 = -1, n1Digits = 0, n2Digits = 0;
        foreach (var range in s.SplitAny(" ,-\t"))
        {
            var tok = s[range];
            if (tok.IsEmpty) continue;
            if (tok.Contains(':')) break; // time: the date is complete
            if (char.IsAsciiDigit(tok[0]))
            {
                if (!int.TryParse(tok, NumberStyles.None, CultureInfo.InvariantCulture, out var v)) return false;
                if (n1 < 0) { n1 = v; n1Digits = tok.Length; }
                else if (n2 < 0) { n2 = v; n2Digits = tok.Length; }
                else break;
            }
            else if (month == 0 && tok.Length >= 3) month = MonthNumber(tok);
            if (month > 0 && n2 >= 0) break;
        }
        if (month == 0 || n2 < 0) return false;
        int day, year, yearDigits;
        if (n1Digits == 4) { year = n1; yearDigits = 4; day = n2; } // "2003 Jun 10" (rare)
        else { day = n1; year = n2; yearDigits = n2Digits; }
        if (yearDigits == 2) year += year < 50 ? 2000 : 1900;
        else if (yearDigits != 4) return false;
        if (year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month)) return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    /// <summary>For metadata of uncertain format (HTML metas, JSON-LD): an ISO date prefix ("2024-06-18…"), else RFC 822.</summary>
    public static DateOnly? ParseLenient(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var span = s.AsSpan().Trim();
        if (TryDatePrefix(span, out var d) && (span.Length == 10 || !char.IsAsciiDigit(span[10]))) return d;
        return TryParseRfc822(span, out d) ? d : null;
    }

    /// <summary>
    /// The date in a "YYYY-MM-DD" component of a path nearest to the file (file name first, then the parent folders),
    /// e.g. "corpus/it/2011-02-01/x.txt" or "2011-02-01_name.txt". The date must not touch other digits.
    /// </summary>
    public static DateOnly? FromPath(ReadOnlySpan<char> path)
    {
        for (int i = path.Length - 10; i >= 0; i--)
        {
            if (path[i + 4] != '-' || path[i + 7] != '-') continue;
            if ((i > 0 && char.IsAsciiDigit(path[i - 1])) || (i + 10 < path.Length && char.IsAsciiDigit(path[i + 10]))) continue;
            if (TryDatePrefix(path.Slice(i, 10), out var d) && d.Year is >= 1800 and <= 2200) return d;
        }
        return null;
    }

    static bool TryDatePrefix(ReadOnlySpan<char> s, out DateOnly date)
    {
        date = default;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-') return false;
        if (!TryDigits(s[..4], out var y) || !TryDigits(s.Slice(5, 2), out var m) || !TryDigits(s.Slice(8, 2), out var d)) return false;
        if (y < 1 || m is < 1 or > 12 || d < 1 || d > DateTime.DaysInMonth(y, m)) return false;
        date = new DateOnly(y, m, d);
        return true;
    }

    static bool TryDigits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c)) return false;
            value = value * 10 + (c - '0');
        }
        return true;
    }

    static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    static int MonthNumber(ReadOnlySpan<char> tok)
    {
        for (int i = 0; i < Months.Length; i++)
            if (tok[..3].Equals(Months[i], StringComparison.OrdinalIgnoreCase)) return i + 1;
        return 0;
    }
}
