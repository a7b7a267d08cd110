namespace Cronista.Stories;

/// <summary>
/// How many times a document (or a story, summed over its documents) names each country: every mention of an entity the
/// catalogue places in one — the country itself, its government, its towns, its office holders. Raw counts, not the
/// idf-weighed entity vector: in that vector a report on Libya that names France, Britain and Turkey has Libya at about 0.4,
/// which made a focus test on it noisy (docs/QUALITY.md, "Stories", session 41).
/// A document's mix is never changed once built; a story's grows as documents join (<see cref="Add"/>).
/// </summary>
public sealed class CountryMix
{
    public static CountryMix Empty { get; } = new();

    private readonly Dictionary<ushort, int> _counts = new();

    /// <summary>All mentions counted.</summary>
    public int Total { get; private set; }
    /// <summary>The most named country (on a tie, the lowest code) and its mentions; 0 when none.</summary>
    public ushort Focus { get; private set; }
    public int FocusCount { get; private set; }
    public int Count => _counts.Count;

    public int this[ushort country] => _counts.GetValueOrDefault(country);

    /// <summary>ISO 3166-1 alpha-2 as a number ("LY" → 'L'·256 + 'Y'); 0 for anything else.</summary>
    public static ushort Code(string? iso2) =>
        iso2 is { Length: 2 } c && char.IsAsciiLetter(c[0]) && char.IsAsciiLetter(c[1])
            ? (ushort)(char.ToUpperInvariant(c[0]) << 8 | char.ToUpperInvariant(c[1])) : (ushort)0;

    public void Add(ushort country, int mentions)
    {
        if (country == 0 || mentions <= 0) return;
        int n = _counts[country] = _counts.GetValueOrDefault(country) + mentions;
        Total += mentions;
        if (n > FocusCount || n == FocusCount && country < Focus) { Focus = country; FocusCount = n; }
    }

    public void Add(CountryMix other)
    {
        foreach (var (c, n) in other._counts) Add(c, n);
    }

    /// <summary>
    /// The factor two sides' country mixes put on their score: <see cref="StoryClusteringOptions.CountryFocusFactor"/> when
    /// each is mostly about a different country (its focus has at least <see cref="StoryClusteringOptions.CountryFocusShare"/>
    /// of its mentions, of at least <see cref="StoryClusteringOptions.CountryMinMentions"/>) that the other hardly names
    /// (below <see cref="StoryClusteringOptions.CountryOtherShare"/> of its mentions) — a Syrian protest and a Libyan battle
    /// reported by one outlet in one week; else 1. Symmetric.
    /// </summary>
    public static double Factor(CountryMix a, CountryMix b, StoryClusteringOptions o)
    {
        if (o.CountryFocusFactor >= 1 || a.Focus == b.Focus || !Focused(a, o) || !Focused(b, o)) return 1;
        return b[a.Focus] < o.CountryOtherShare * b.Total && a[b.Focus] < o.CountryOtherShare * a.Total ? o.CountryFocusFactor : 1;

        static bool Focused(CountryMix m, StoryClusteringOptions o) =>
            m.Total >= o.CountryMinMentions && m.FocusCount >= o.CountryFocusShare * m.Total;
    }

    public void WriteTo(BinaryWriter w)
    {
        w.Write(_counts.Count);
        foreach (var (c, n) in _counts.OrderBy(kv => kv.Key)) { w.Write(c); w.Write(n); }
    }

    public static CountryMix ReadFrom(BinaryReader r)
    {
        var m = new CountryMix();
        m.ReadInto(r);
        return m.Count == 0 ? Empty : m;
    }

    /// <summary>Adds what <see cref="WriteTo"/> wrote (a story reads its own mix into the one it owns).</summary>
    public void ReadInto(BinaryReader r)
    {
        for (int i = r.ReadInt32(); i > 0; i--) Add(r.ReadUInt16(), r.ReadInt32());
    }
}
