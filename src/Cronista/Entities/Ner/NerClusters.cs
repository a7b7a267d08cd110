using System.Collections.Frozen;

namespace Cronista.Entities.Ner;

/// <summary>
/// Word clusters as bit-string paths in a binary hierarchy (Brown-style: words sharing a longer prefix are more
/// alike), keyed by the lower-cased word hash. Prefixes of several lengths become features.
/// </summary>
public sealed class NerClusters
{
    internal static readonly int[] Prefixes = [4, 11, 20];
    private readonly FrozenDictionary<ulong, (uint Path, byte Length)> _paths;

    public NerClusters(IEnumerable<(string Word, string BitPath)> words)
    {
        var d = new Dictionary<ulong, (uint, byte)>();
        foreach (var (w, bits) in words)
        {
            if (bits.Length is 0 or > 31) continue;
            uint p = 0;
            foreach (var b in bits) p = (p << 1) | (b == '1' ? 1u : 0u);
            d.TryAdd(NerHash.Lower(w), (p, (byte)bits.Length));
        }
        _paths = d.ToFrozenDictionary();
    }

    internal NerClusters(IEnumerable<(ulong Hash, uint Path, byte Length)> entries) =>
        _paths = entries.ToDictionary(e => e.Hash, e => (e.Path, e.Length)).ToFrozenDictionary();

    internal List<(ulong Hash, uint Path, byte Length)> Entries() => _paths.Select(kv => (kv.Key, kv.Value.Path, kv.Value.Length)).ToList();

    public int Count => _paths.Count;

    internal bool TryGet(ulong lower, out uint path, out byte length)
    {
        if (_paths.TryGetValue(lower, out var v)) { path = v.Path; length = v.Length; return true; }
        path = 0; length = 0;
        return false;
    }

    internal static ulong Prefix(uint path, byte length, int p)
    {
        int l = Math.Min(p, length);
        return ((ulong)l << 32) | (path >> (length - l));
    }

    /// <summary>Reads "bitpath TAB word [TAB count]" lines (the output of tools/Cronista.WordClusters).</summary>
    public static NerClusters Read(TextReader r)
    {
        var list = new List<(string, string)>();
        while (r.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var c = line.Split('\t');
            if (c.Length >= 2) list.Add((c[1], c[0]));
        }
        return new NerClusters(list);
    }
}
