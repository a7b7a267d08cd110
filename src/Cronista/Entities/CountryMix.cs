namespace Cronista.Entities;

/// <summary>
/// How many times a document (or a story, summed over its documents) names each country: every mention of an entity the
/// catalogue places in one — the country itself, its government, its towns, its office holders — and the country it names
/// most. Raw counts: story clustering tells two reports mostly about different countries apart with them
/// (<c>StorySimilarity.CountryFactor</c>), the event stage finds whose government "the regime" is.
/// A document's mix is never changed once built; a story's grows as documents join (<see cref="Add(CountryMix)"/>).
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
    /// <summary>Another country is named as often as the focus.</summary>
    public bool Tied { get; private set; }
    public int Count => _counts.Count;

    public int this[ushort country] => _counts.GetValueOrDefault(country);

    /// <summary>ISO 3166-1 alpha-2 as a number ("LY" → 'L'·256 + 'Y'); 0 for anything else.</summary>
    public static ushort Code(string? iso2) =>
        iso2 is { Length: 2 } c && char.IsAsciiLetter(c[0]) && char.IsAsciiLetter(c[1])
            ? (ushort)(char.ToUpperInvariant(c[0]) << 8 | char.ToUpperInvariant(c[1])) : (ushort)0;

    /// <summary><see cref="Code"/>'s inverse.</summary>
    public static string Iso2(ushort code) => new([(char)(code >> 8), (char)(code & 0xFF)]);

    /// <summary>At least <paramref name="share"/> of at least <paramref name="minMentions"/> mentions are of one country.</summary>
    public bool Focused(int minMentions, double share) => Total >= minMentions && FocusCount >= share * Total;

    public void Add(ushort country, int mentions)
    {
        if (country == 0 || mentions <= 0) return;
        int n = _counts[country] = _counts.GetValueOrDefault(country) + mentions;
        Total += mentions;
        if (n > FocusCount) { Tied = false; Focus = country; FocusCount = n; }
        else if (n == FocusCount && country != Focus) { Tied = true; if (country < Focus) Focus = country; }
    }

    public void Add(CountryMix other)
    {
        foreach (var (c, n) in other._counts) Add(c, n);
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
