using System.Globalization;
using Cronista.Model;

namespace Cronista.Events;

/// <summary>TIMEX3 values as date intervals: "2024-06-18/2024-06-19", "2023-09" (the month), "2024-W25" (the ISO week),
/// "2024-Q2", "2024-H1", "2024" — the calendar span an event date covers.</summary>
public static class EventDates
{
    /// <summary>The inclusive interval of a TIMEX3 date value, or null for values that are not calendar dates
    /// (durations, PAST_REF, unresolved XXXX, decades).</summary>
    public static (string Start, string End)? Interval(string value)
    {
        int slash = value.IndexOf('/');
        if (slash > 0)
        {
            var a = Span(value[..slash]);
            var b = Span(value[(slash + 1)..]);
            return a is { } x && b is { } y && x.Start <= y.End ? (Iso(x.Start), Iso(y.End)) : null;
        }
        return Span(value) is { } s ? (Iso(s.Start), Iso(s.End)) : null;
    }

    /// <summary>Whether <paramref name="outer"/> contains <paramref name="inner"/> and is wider.</summary>
    public static bool Contains(EventDate outer, EventDate inner) =>
        string.CompareOrdinal(outer.Start, inner.Start) <= 0 && string.CompareOrdinal(outer.End, inner.End) >= 0
        && (outer.Start != inner.Start || outer.End != inner.End);

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static (DateOnly Start, DateOnly End)? Span(string v)
    {
        // Times ("2024-06-18T10:00") count as their day.
        int t = v.IndexOf('T');
        if (t == 10) v = v[..10];
        if (v.Length < 4 || !int.TryParse(v.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int y) || y < 1) return null;
        if (v.Length == 4) return (new DateOnly(y, 1, 1), new DateOnly(y, 12, 31));
        if (v[4] != '-') return null;
        var rest = v.AsSpan(5);
        if (rest.Length == 2 && int.TryParse(rest, NumberStyles.None, CultureInfo.InvariantCulture, out int m) && m is >= 1 and <= 12)
            return (new DateOnly(y, m, 1), new DateOnly(y, m, DateTime.DaysInMonth(y, m)));
        if (rest.Length == 5 && rest[2] == '-' && int.TryParse(rest[..2], NumberStyles.None, CultureInfo.InvariantCulture, out m)
            && int.TryParse(rest[3..], NumberStyles.None, CultureInfo.InvariantCulture, out int d) && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m))
            return (new DateOnly(y, m, d), new DateOnly(y, m, d));
        if (rest.Length == 3 && rest[0] == 'W' && int.TryParse(rest[1..], NumberStyles.None, CultureInfo.InvariantCulture, out int wk) && wk is >= 1 and <= 53)
        {
            var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(y, wk, DayOfWeek.Monday));
            return (monday, monday.AddDays(6));
        }
        if (rest.Length == 2 && rest[0] == 'Q' && rest[1] is >= '1' and <= '4')
        {
            int q = rest[1] - '1';
            return (new DateOnly(y, 3 * q + 1, 1), new DateOnly(y, 3 * q + 3, 1).AddMonths(1).AddDays(-1));
        }
        if (rest.Length == 2 && rest[0] == 'H' && rest[1] is '1' or '2')
            return rest[1] == '1' ? (new DateOnly(y, 1, 1), new DateOnly(y, 6, 30)) : (new DateOnly(y, 7, 1), new DateOnly(y, 12, 31));
        // Seasons (northern hemisphere, meteorological).
        return rest switch
        {
            "SP" => (new DateOnly(y, 3, 1), new DateOnly(y, 5, 31)),
            "SU" => (new DateOnly(y, 6, 1), new DateOnly(y, 8, 31)),
            "FA" => (new DateOnly(y, 9, 1), new DateOnly(y, 11, 30)),
            "WI" => (new DateOnly(y, 12, 1), new DateOnly(y + 1, 2, 1).AddMonths(1).AddDays(-1)),
            _ => null,
        };
    }
}
