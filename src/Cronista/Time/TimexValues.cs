using System.Globalization;

namespace Cronista.Time;

/// <summary>TIMEX3 value strings and calendar arithmetic on them (language-independent).</summary>
internal static class TimexValues
{
    public static string Y(int y) => y.ToString("D4", CultureInfo.InvariantCulture);
    public static string YM(int y, int m) => $"{Y(y)}-{m:D2}";
    public static string Ymd(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    public static string Week(DateOnly d) => $"{Y(ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)))}-W{ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)):D2}";

    /// <summary>Easter Sunday of the Gregorian calendar (the anonymous Gregorian computus).</summary>
    public static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7, m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;
        return new DateOnly(year, month, day);
    }

    public static bool ValidDay(int y, int m, int d) => m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m);

    /// <summary>The date-granular value of the unit period containing <paramref name="d"/> shifted by <paramref name="n"/> units
    /// ("last year" = Shift(d, "Y", -1)). Units: Y Q M W D DE CE WE H2.</summary>
    public static string? Shift(DateOnly d, string unit, int n) => unit switch
    {
        "Y" => Y(d.Year + n),
        "M" => YM(d.AddMonths(n).Year, d.AddMonths(n).Month),
        "D" => Ymd(d.AddDays(n)),
        "W" => Week(d.AddDays(7 * n)),
        "WE" => Week(d.AddDays(7 * n)) + "-WE",
        "Q" => Quarter(d.AddMonths(3 * n)),
        "H2" => $"{Y(d.AddMonths(6 * n).Year)}-H{(d.AddMonths(6 * n).Month - 1) / 6 + 1}",
        "DE" => (d.Year / 10 + n).ToString(CultureInfo.InvariantCulture),
        "CE" => (d.Year / 100 + n).ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    /// <summary>The placeholder value of a unit period when there is no anchor ("XXXX", "XXXX-XX", "XXXX-WXX" …).</summary>
    public static string Unknown(string unit) => unit switch
    {
        "Y" => "XXXX", "M" => "XXXX-XX", "D" => "XXXX-XX-XX", "W" => "XXXX-WXX", "WE" => "XXXX-WXX-WE",
        "Q" => "XXXX-QX", "H2" => "XXXX-HX", "DE" => "XXX", _ => "XX",
    };

    public static string Quarter(DateOnly d) => $"{Y(d.Year)}-Q{(d.Month - 1) / 3 + 1}";

    /// <summary>TIMEX3 duration of <paramref name="n"/> units (null n = "X", unspecified amount): P2Y, PT3H, PXM.</summary>
    public static string Duration(int? n, string unit)
    {
        string amount = n?.ToString(CultureInfo.InvariantCulture) ?? "X";
        return unit switch
        {
            "H" => $"PT{amount}H",
            "MIN" => $"PT{amount}M",
            "S" => $"PT{amount}S",
            "Q" => $"P{amount}Q",
            "H2" => n is { } h ? $"P{6 * h}M" : "PXM",
            "DE" => n is { } de ? $"P{10 * de}Y" : "PXDE",
            "CE" => n is { } ce ? $"P{100 * ce}Y" : "PXCE",
            _ => $"P{amount}{unit}",
        };
    }

    /// <summary>The direction (-1, 0, 1) of the nearest day <paramref name="wd"/> (1 = Monday) to the anchor: 0 on the anchor's
    /// own weekday, the past one on a tie (three days either way).</summary>
    public static int NearestWeekdayDirection(DateOnly anchor, int wd)
    {
        int back = anchor.DayNumber - Weekday(anchor, wd, -1, inclusive: true).DayNumber;
        int ahead = Weekday(anchor, wd, 1, inclusive: true).DayNumber - anchor.DayNumber;
        return back == 0 ? 0 : back <= ahead ? -1 : 1;
    }

    /// <summary>The most recent (dir &lt; 0) or next (dir &gt; 0) date with ISO weekday <paramref name="wd"/> (1 = Monday);
    /// <paramref name="inclusive"/> allows the anchor day itself; dir = 0 is the day of the anchor's ISO week.</summary>
    public static DateOnly Weekday(DateOnly anchor, int wd, int dir, bool inclusive)
    {
        int cur = ((int)anchor.DayOfWeek + 6) % 7 + 1;
        if (dir == 0) return anchor.AddDays(wd - cur);
        if (dir > 0)
        {
            int ahead = (wd - cur + 7) % 7;
            if (ahead == 0 && !inclusive) ahead = 7;
            return anchor.AddDays(ahead);
        }
        int back = (cur - wd + 7) % 7;
        if (back == 0 && !inclusive) back = 7;
        return anchor.AddDays(-back);
    }

    /// <summary>The year of a month (or month-day) stated without one: the nearest occurrence before (dir &lt; 0), after
    /// (dir &gt; 0) or within the anchor year (dir = 0); <paramref name="strict"/> excludes the anchor's own month.</summary>
    public static int YearOf(DateOnly anchor, int month, int day, int dir, bool strict)
    {
        int cmp = month != anchor.Month ? month.CompareTo(anchor.Month) : day == 0 ? 0 : day.CompareTo(anchor.Day);
        if (dir < 0) return cmp < 0 || (cmp == 0 && !strict) ? anchor.Year : anchor.Year - 1;
        if (dir > 0) return cmp > 0 || (cmp == 0 && !strict) ? anchor.Year : anchor.Year + 1;
        return anchor.Year;
    }
}
