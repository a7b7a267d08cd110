using System.Globalization;
using Cronista.Entities;
using Cronista.Storage;

namespace Cronista.Web;

/// <summary>Inline SVG drawings (no script, no external data): mentions per month, the time axis of a timeline, the world map.</summary>
public static class Charts
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    /// <summary>Colours of the 16 PLOVER types: cooperation in greens and blues, verbal conflict in ambers, material conflict in reds.</summary>
    public static readonly IReadOnlyDictionary<string, string> TypeColours = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["AGREE"] = "#2e7d32", ["AID"] = "#00897b", ["CONSULT"] = "#1565c0", ["COOPERATE"] = "#3949ab", ["SUPPORT"] = "#6a1b9a",
        ["CONCEDE"] = "#7cb342", ["RETREAT"] = "#9e9d24", ["DEMAND"] = "#f9a825", ["DISAPPROVE"] = "#ef6c00", ["REJECT"] = "#8d6e63",
        ["PROTEST"] = "#d81b60", ["MOBILIZE"] = "#ad1457", ["THREATEN"] = "#e65100", ["SANCTION"] = "#c62828", ["COERCE"] = "#b71c1c",
        ["ASSAULT"] = "#7f0000",
    };

    public static string Colour(string type) => TypeColours.TryGetValue(type, out var c) ? c : "#607d8b";

    /// <summary>A CSS class for a value from the database: letters only, so it can never break out of the attribute.</summary>
    public static string Css(string prefix, string value) => prefix + new string(value.ToLowerInvariant().Where(char.IsAsciiLetterLower).ToArray());

    private static string F(double v) => v.ToString("0.#", Inv);

    /// <summary>Bars of documents per month (years when the span is over 20 years), with the months without any shown empty.</summary>
    public static Raw MentionsChart(IReadOnlyList<MonthlyMentions> months)
    {
        var parsed = months.Select(m => (Ok: DateOnly.TryParseExact(m.Month + "-01", "yyyy-MM-dd", Inv, DateTimeStyles.None, out var d), Date: d, m.Documents, m.Mentions))
            .Where(m => m.Ok).ToList();
        if (parsed.Count == 0) return new Raw("<p class=\"muted\">No dated documents.</p>");
        var first = parsed[0].Date;
        var last = parsed[^1].Date;
        int span = (last.Year - first.Year) * 12 + last.Month - first.Month + 1;
        bool byYear = span > 240;
        var buckets = new List<(string Label, int Documents, int Mentions)>();
        if (byYear)
            for (int y = first.Year; y <= last.Year; y++)
                buckets.Add((y.ToString(Inv), parsed.Where(p => p.Date.Year == y).Sum(p => p.Documents), parsed.Where(p => p.Date.Year == y).Sum(p => p.Mentions)));
        else
            for (var d = first; d <= last; d = d.AddMonths(1))
            {
                var hit = parsed.FirstOrDefault(p => p.Date == d);
                buckets.Add((d.ToString("yyyy-MM", Inv), hit.Ok ? hit.Documents : 0, hit.Ok ? hit.Mentions : 0));
            }
        const double width = 720, height = 180, left = 40, bottom = 22, top = 10;
        int max = Math.Max(1, buckets.Max(b => b.Documents));
        double bw = (width - left) / buckets.Count;
        var h = new Html();
        h.Add($"<svg class=\"chart\" viewBox=\"0 0 {F(width)} {F(height)}\" role=\"img\" aria-label=\"documents per {(byYear ? "year" : "month")}\">");
        h.Add($"<line x1=\"{F(left)}\" y1=\"{F(height - bottom)}\" x2=\"{F(width)}\" y2=\"{F(height - bottom)}\" stroke=\"#999\"/>");
        h.Add($"<text x=\"{F(left - 4)}\" y=\"{F(top + 8)}\" text-anchor=\"end\" class=\"axis\">{max}</text>");
        h.Add($"<text x=\"{F(left - 4)}\" y=\"{F(height - bottom)}\" text-anchor=\"end\" class=\"axis\">0</text>");
        int labelEvery = Math.Max(1, (int)Math.Ceiling(buckets.Count / 12.0));
        for (int i = 0; i < buckets.Count; i++)
        {
            var b = buckets[i];
            double bh = (height - bottom - top) * b.Documents / max, x = left + i * bw;
            h.Add($"<rect x=\"{F(x + bw * 0.1)}\" y=\"{F(height - bottom - bh)}\" width=\"{F(Math.Max(1, bw * 0.8))}\" height=\"{F(bh)}\" fill=\"#1565c0\"><title>{b.Label}: {b.Documents} documents, {b.Mentions} mentions</title></rect>");
            if (i % labelEvery == 0)
                h.Add($"<text x=\"{F(x + bw / 2)}\" y=\"{F(height - 6)}\" text-anchor=\"middle\" class=\"axis\">{b.Label}</text>");
        }
        return h.Add(new Raw("</svg>")).ToRaw();
    }

    /// <summary>
    /// Dated events on a time axis, one lane per type, coloured by type; the claim shows in the mark: asserted filled,
    /// reported half-filled with a dashed ring, planned/hypothetical/question hollow, denied crossed out in red.
    /// Each mark links to the event's entry in the list below.
    /// </summary>
    public static Raw TimelineAxis(IReadOnlyList<(StoredEventCluster Cluster, string Modality)> events)
    {
        var dated = events.Where(e => e.Cluster.DateStart is not null && DateOnly.TryParse(e.Cluster.DateStart, Inv, out _)).ToList();
        if (dated.Count == 0) return default;
        static int Day(string s) => DateOnly.Parse(s, Inv).DayNumber;
        int min = dated.Min(e => Day(e.Cluster.DateStart!)), max = dated.Max(e => Day(e.Cluster.DateEnd ?? e.Cluster.DateStart!));
        if (max - min < 30) { min -= 15; max += 15; }
        var lanes = dated.Select(e => e.Cluster.Type).Distinct().OrderBy(t => t, StringComparer.Ordinal).ToList();
        const double width = 1000, left = 110, right = 20, laneHeight = 26, top = 8;
        double height = top + lanes.Count * laneHeight + 28;
        double X(int day) => left + (width - left - right) * (day - min) / Math.Max(1, max - min);
        var h = new Html();
        h.Add($"<svg class=\"axis-chart\" viewBox=\"0 0 {F(width)} {F(height)}\" role=\"img\" aria-label=\"events on a time axis\">");
        for (int i = 0; i < lanes.Count; i++)
        {
            double y = top + i * laneHeight + laneHeight / 2;
            h.Add($"<line x1=\"{F(left)}\" y1=\"{F(y)}\" x2=\"{F(width - right)}\" y2=\"{F(y)}\" stroke=\"#e0e0e0\"/>");
            h.Add($"<text x=\"{F(left - 8)}\" y=\"{F(y + 4)}\" text-anchor=\"end\" class=\"axis\" fill=\"{Colour(lanes[i])}\">{lanes[i]}</text>");
        }
        double axisY = top + lanes.Count * laneHeight + 4;
        h.Add($"<line x1=\"{F(left)}\" y1=\"{F(axisY)}\" x2=\"{F(width - right)}\" y2=\"{F(axisY)}\" stroke=\"#999\"/>");
        foreach (var (day, label) in Ticks(min, max))
            h.Add($"<line x1=\"{F(X(day))}\" y1=\"{F(axisY)}\" x2=\"{F(X(day))}\" y2=\"{F(axisY + 5)}\" stroke=\"#999\"/><text x=\"{F(X(day))}\" y=\"{F(axisY + 18)}\" text-anchor=\"middle\" class=\"axis\">{label}</text>");
        foreach (var (c, modality) in dated)
        {
            double y = top + lanes.IndexOf(c.Type) * laneHeight + laneHeight / 2;
            int start = Day(c.DateStart!), end = Day(c.DateEnd ?? c.DateStart!);
            string colour = Colour(c.Type);
            double r = Math.Min(10, 4 + 1.5 * Math.Log2(1 + c.Mentions));
            string tip = $"{c.DateStart} {c.Type} {c.Source?.Name ?? "–"} → {c.Target?.Name ?? "–"} ({EventClusterText.ClaimSummary(c)})";
            h.Add($"<a href=\"#c{c.Id}\" class=\"{Css("m-", modality)}\"><title>{tip}</title>");
            if (end > start + 1)
                h.Add($"<line x1=\"{F(X(start))}\" y1=\"{F(y)}\" x2=\"{F(X(end))}\" y2=\"{F(y)}\" stroke=\"{colour}\" stroke-width=\"4\" stroke-opacity=\"0.35\"/>");
            double cx = X(start);
            switch (modality)
            {
                case "denied":
                    h.Add($"<circle cx=\"{F(cx)}\" cy=\"{F(y)}\" r=\"{F(r)}\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"2\"/>");
                    h.Add($"<path d=\"M{F(cx - r)} {F(y - r)}L{F(cx + r)} {F(y + r)}M{F(cx - r)} {F(y + r)}L{F(cx + r)} {F(y - r)}\" stroke=\"#c62828\" stroke-width=\"2.5\"/>");
                    break;
                case "reported":
                    h.Add($"<circle cx=\"{F(cx)}\" cy=\"{F(y)}\" r=\"{F(r)}\" fill=\"{colour}\" fill-opacity=\"0.45\" stroke=\"{colour}\" stroke-width=\"2\" stroke-dasharray=\"3 2\"/>");
                    break;
                case "asserted":
                    h.Add($"<circle cx=\"{F(cx)}\" cy=\"{F(y)}\" r=\"{F(r)}\" fill=\"{colour}\"/>");
                    break;
                default: // planned, hypothetical, question: not (yet) happened
                    h.Add($"<circle cx=\"{F(cx)}\" cy=\"{F(y)}\" r=\"{F(r)}\" fill=\"#fff\" stroke=\"{colour}\" stroke-width=\"2.5\"/>");
                    break;
            }
            h.Add(new Raw("</a>"));
        }
        return h.Add(new Raw("</svg>")).ToRaw();
    }

    private static IEnumerable<(int Day, string Label)> Ticks(int min, int max)
    {
        var a = DateOnly.FromDayNumber(min);
        var b = DateOnly.FromDayNumber(max);
        int years = b.Year - a.Year;
        if (years >= 2)
        {
            int step = Math.Max(1, (int)Math.Ceiling(years / 10.0));
            for (int y = a.Year + 1; y <= b.Year; y += step) yield return (new DateOnly(y, 1, 1).DayNumber, y.ToString(Inv));
            yield break;
        }
        int months = (b.Year - a.Year) * 12 + b.Month - a.Month;
        int mstep = Math.Max(1, (int)Math.Ceiling(months / 10.0));
        for (var d = new DateOnly(a.Year, a.Month, 1).AddMonths(1); d.DayNumber <= max; d = d.AddMonths(mstep)) yield return (d.DayNumber, d.ToString("yyyy-MM", Inv));
        if (months == 0) yield return (min, a.ToString("yyyy-MM-dd", Inv));
    }

    /// <summary>
    /// An equirectangular world (x = longitude, y = −latitude): graticules every 30°, the catalogue's countries as faint
    /// points (no outline data is shipped), and the places of events as circles sized by their number of events.
    /// </summary>
    public static Raw WorldMap(IReadOnlyList<Place> places)
    {
        var h = new Html();
        h.Add($"<svg class=\"map\" viewBox=\"-180 -90 360 180\" role=\"img\" aria-label=\"places of events on a world map\">");
        h.Add(new Raw("<rect x=\"-180\" y=\"-90\" width=\"360\" height=\"180\" fill=\"#eef4fa\"/>"));
        for (int lon = -150; lon <= 150; lon += 30) h.Add($"<line x1=\"{lon}\" y1=\"-90\" x2=\"{lon}\" y2=\"90\" stroke=\"#c9d6e3\" stroke-width=\"0.3\"/>");
        for (int lat = -60; lat <= 60; lat += 30)
            h.Add($"<line x1=\"-180\" y1=\"{-lat}\" x2=\"180\" y2=\"{-lat}\" stroke=\"{(lat == 0 ? "#9fb3c8" : "#c9d6e3")}\" stroke-width=\"{(lat == 0 ? "0.5" : "0.3")}\"/>");
        foreach (var c in EntityCatalog.Default.Entities.Where(e => e.Kind == EntityKind.Country && e.Lat is not null && e.Lon is not null))
            h.Add($"<circle cx=\"{F(c.Lon!.Value)}\" cy=\"{F(-c.Lat!.Value)}\" r=\"0.9\" fill=\"#b0bec5\"><title>{c.Name}</title></circle>");
        int max = places.Count == 0 ? 1 : places.Max(p => p.Events);
        foreach (var p in places.OrderByDescending(p => p.Events))
        {
            double r = 1.2 + 5 * Math.Sqrt((double)p.Events / max);
            h.Add($"<a href=\"{Html.Url("/entities/" + Html.Segment(p.Id))}\"><circle cx=\"{F(p.Lon)}\" cy=\"{F(-p.Lat)}\" r=\"{F(r)}\" fill=\"#c62828\" fill-opacity=\"0.6\" stroke=\"#7f0000\" stroke-width=\"0.3\"><title>{p.Name}: {p.Events} events</title></circle></a>");
        }
        return h.Add(new Raw("</svg>")).ToRaw();
    }
}
