using System.Globalization;
using Cronista.Resources;

namespace Cronista.Text;

/// <summary>
/// Unicode NFC (canonical decomposition, canonical ordering, canonical composition) from our own tables:
/// the engine runs with InvariantGlobalization, where <see cref="string.Normalize()"/> does nothing.
/// Data: Resources/Unicode/nfc.txt (generated from the UCD by tools/gen-nfc-data.py).
/// </summary>
internal static class Nfc
{
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private sealed class Tables
    {
        public readonly Dictionary<int, byte> Ccc = new();
        public readonly Dictionary<int, int[]> Decomposition = new(); // full (recursive)
        public readonly Dictionary<long, int> Compose = new();        // (first << 21 | second) → composite
        public readonly ulong[] UnsafeBmp = new ulong[1024];           // chars that NFC may change or that may combine
        public readonly HashSet<int> UnsafeSupplementary = new();
    }

    private static readonly Lazy<Tables> Data = new(Load);

    /// <summary>False when <paramref name="c"/> can never make a text non-NFC (all of U+0000–U+02FF, most letters).</summary>
    public static bool IsUnsafe(char c) => c >= 0x300 && (Data.Value.UnsafeBmp[c >> 6] & (1UL << (c & 63))) != 0;

    public static bool IsUnsafe(int codePoint) =>
        codePoint < 0x10000 ? IsUnsafe((char)codePoint) : Data.Value.UnsafeSupplementary.Contains(codePoint);

    /// <summary>The NFC form of <paramref name="s"/>; the same instance when nothing changes.</summary>
    public static string Normalize(string s)
    {
        if (!NeedsWork(s)) return s;
        var t = Data.Value;
        var cps = new List<int>(s.Length + 8);
        for (int i = 0; i < s.Length; i++)
        {
            int cp = s[i];
            if (char.IsHighSurrogate(s[i]) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
                cp = char.ConvertToUtf32(s[i], s[++i]);
            Decompose(t, cp, cps);
        }
        Reorder(t, cps);
        ComposeInPlace(t, cps);
        var sb = new System.Text.StringBuilder(s.Length);
        foreach (int cp in cps)
            if (cp < 0x10000) sb.Append((char)cp); else sb.Append(char.ConvertFromUtf32(cp));
        var result = sb.ToString();
        return result == s ? s : result;
    }

    private static bool NeedsWork(string s)
    {
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c < 0x300) continue;
            if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                if (IsUnsafe(char.ConvertToUtf32(c, s[++i]))) return true;
            }
            else if (IsUnsafe(c)) return true;
        }
        return false;
    }

    private static void Decompose(Tables t, int cp, List<int> output)
    {
        int sIndex = cp - SBase;
        if ((uint)sIndex < SCount)
        {
            output.Add(LBase + sIndex / NCount);
            output.Add(VBase + sIndex % NCount / TCount);
            if (sIndex % TCount != 0) output.Add(TBase + sIndex % TCount);
        }
        else if (t.Decomposition.TryGetValue(cp, out var d)) output.AddRange(d);
        else output.Add(cp);
    }

    private static int CombiningClass(Tables t, int cp) => t.Ccc.TryGetValue(cp, out var c) ? c : 0;

    /// <summary>Canonical ordering: stable sort of each run of non-starters by combining class.</summary>
    private static void Reorder(Tables t, List<int> cps)
    {
        for (int i = 1; i < cps.Count; i++)
        {
            int cc = CombiningClass(t, cps[i]);
            if (cc == 0) continue;
            int j = i;
            while (j > 0 && CombiningClass(t, cps[j - 1]) > cc)
            {
                (cps[j - 1], cps[j]) = (cps[j], cps[j - 1]);
                j--;
            }
        }
    }

    private static void ComposeInPlace(Tables t, List<int> cps)
    {
        if (cps.Count == 0) return;
        int starter = CombiningClass(t, cps[0]) == 0 ? 0 : -1;
        int lastCc = starter == 0 ? 0 : 256;
        int write = 1;
        for (int read = 1; read < cps.Count; read++)
        {
            int cp = cps[read];
            int cc = CombiningClass(t, cp);
            // A character combines with the last starter unless a character of equal or higher class sits between them.
            bool blocked = starter < 0 || (lastCc != 0 && lastCc >= cc) || (lastCc == 0 && write - 1 != starter);
            if (!blocked && TryCompose(t, cps[starter], cp, out int composite))
            {
                cps[starter] = composite;
                continue;
            }
            if (cc == 0) starter = write;
            lastCc = cc;
            cps[write++] = cp;
        }
        cps.RemoveRange(write, cps.Count - write);
    }

    private static bool TryCompose(Tables t, int first, int second, out int composite)
    {
        int lIndex = first - LBase, vIndex = second - VBase;
        if ((uint)lIndex < LCount && (uint)vIndex < VCount)
        {
            composite = SBase + (lIndex * VCount + vIndex) * TCount;
            return true;
        }
        int sIndex = first - SBase, tIndex = second - TBase;
        if ((uint)sIndex < SCount && sIndex % TCount == 0 && tIndex > 0 && tIndex < TCount)
        {
            composite = first + tIndex;
            return true;
        }
        return t.Compose.TryGetValue(((long)first << 21) | (uint)second, out composite);
    }

    private static Tables Load()
    {
        var t = new Tables();
        var raw = new Dictionary<int, int[]>();
        var excluded = new HashSet<int>();
        using (var stream = LanguageResources.Open("Unicode/nfc.txt") ?? throw new InvalidOperationException("Missing embedded Unicode/nfc.txt"))
        using (var reader = new StreamReader(stream))
        {
            while (reader.ReadLine() is { } line)
            {
                if (line.Length < 3 || line[0] == '#') continue;
                var f = line.Split(' ');
                int cp = int.Parse(f[1], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                switch (f[0])
                {
                    case "c": t.Ccc[cp] = byte.Parse(f[2], CultureInfo.InvariantCulture); break;
                    case "d": raw[cp] = f.Skip(2).Select(h => int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture)).ToArray(); break;
                    case "x": excluded.Add(cp); break;
                }
            }
        }
        foreach (var (cp, d) in raw)
        {
            var full = new List<int>();
            Expand(raw, cp, full);
            t.Decomposition[cp] = full.ToArray();
            MarkUnsafe(t, cp);
            if (d.Length == 2 && !excluded.Contains(cp))
            {
                t.Compose[((long)d[0] << 21) | (uint)d[1]] = cp;
                MarkUnsafe(t, d[1]); // may combine with the character before it
            }
        }
        foreach (var cp in t.Ccc.Keys) MarkUnsafe(t, cp);
        for (int v = VBase; v < VBase + VCount; v++) MarkUnsafe(t, v);
        for (int tr = TBase + 1; tr < TBase + TCount; tr++) MarkUnsafe(t, tr);
        return t;
    }

    private static void Expand(Dictionary<int, int[]> raw, int cp, List<int> output)
    {
        if (raw.TryGetValue(cp, out var d)) foreach (int x in d) Expand(raw, x, output);
        else output.Add(cp);
    }

    private static void MarkUnsafe(Tables t, int cp)
    {
        if (cp >= 0x10000) t.UnsafeSupplementary.Add(cp);
        else if (cp >= 0x300) t.UnsafeBmp[cp >> 6] |= 1UL << (cp & 63);
    }
}
