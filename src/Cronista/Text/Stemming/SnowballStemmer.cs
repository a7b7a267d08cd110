namespace Cronista.Text.Stemming;

/// <summary>
/// Common machinery of the Snowball stemmers (https://snowballstem.org, revision 2.2.0 of the algorithms):
/// the word is lower-cased into the caller's buffer and stemmed there in place, so a call allocates nothing.
/// Instances hold only immutable tables and are safe to share between threads.
/// </summary>
public abstract class SnowballStemmer : IStemmer
{
    public abstract string Language { get; }

    public int Stem(ReadOnlySpan<char> word, Span<char> destination)
    {
        // Preludes may expand a letter into two (ß→ss, ã→a~, ë→He): the buffer must hold twice the word.
        if (destination.Length < 2 * word.Length)
            throw new ArgumentException("The destination must hold at least twice the word length.", nameof(destination));
        for (int i = 0; i < word.Length; i++) destination[i] = char.ToLowerInvariant(word[i]);
        var w = new Word(destination, word.Length);
        if (w.Len > 0) Run(ref w);
        return w.Len;
    }

    /// <summary>Stems the lower-cased word held in <paramref name="w"/>.</summary>
    private protected abstract void Run(ref Word w);

    /// <summary>Start of the region after the first non-vowel following a vowel, searching from <paramref name="from"/> (R1; R2 from R1).</summary>
    private protected static int RegionAfter(ReadOnlySpan<char> s, int from, VowelSet v)
    {
        int i = from;
        while (i < s.Length && !v.Is(s[i])) i++;
        i++;
        while (i < s.Length && v.Is(s[i])) i++;
        return i < s.Length ? i + 1 : s.Length;
    }

    /// <summary>RV as defined for Spanish, Italian and Portuguese.</summary>
    private protected static int RomanceRV(ReadOnlySpan<char> s, VowelSet v)
    {
        if (s.Length < 2) return s.Length;
        // consonant then vowel: after the third letter
        if (!v.Is(s[0]) && v.Is(s[1])) return s.Length >= 3 ? 3 : s.Length;
        // second letter a consonant: after the next vowel; first two vowels: after the next consonant
        bool wantVowel = !v.Is(s[1]);
        for (int i = 2; i < s.Length; i++)
            if (v.Is(s[i]) == wantVowel) return i + 1;
        return s.Length;
    }
}

/// <summary>The word being stemmed: a prefix of the caller's buffer plus the region starts.</summary>
internal ref struct Word
{
    public Span<char> Buf;
    public int Len;
    public int RV, R1, R2;

    public Word(Span<char> buf, int len) { Buf = buf; Len = len; }

    public readonly ReadOnlySpan<char> Text => Buf[..Len];
    public readonly char this[int i] => (uint)i < (uint)Len ? Buf[i] : '\0';
    public readonly char Last => Len > 0 ? Buf[Len - 1] : '\0';

    public readonly bool Ends(string s) => Text.EndsWith(s);
    /// <summary>Whether <paramref name="s"/> occurs ending at position <paramref name="end"/>.</summary>
    public readonly bool EndsAt(int end, string s) => end >= s.Length && end <= Len && Buf[(end - s.Length)..end].SequenceEqual(s);

    public void Cut(int n) => Len -= n;
    public void Append(char c) => Buf[Len++] = c;
    public void ReplaceEnd(int n, string s)
    {
        Len -= n;
        s.CopyTo(Buf[Len..]);
        Len += s.Length;
    }

    /// <summary>Replaces the letter at <paramref name="pos"/> by two letters, shifting the rest right.</summary>
    public void Expand(int pos, char a, char b)
    {
        Buf[(pos + 1)..Len].CopyTo(Buf[(pos + 2)..]);
        Buf[pos] = a;
        Buf[pos + 1] = b;
        Len++;
    }

    /// <summary>Removes <paramref name="n"/> letters at <paramref name="pos"/>.</summary>
    public void Remove(int pos, int n)
    {
        Buf[(pos + n)..Len].CopyTo(Buf[pos..]);
        Len -= n;
    }

    public readonly bool InRV(int suffixLen) => Len - suffixLen >= RV;
    public readonly bool InR1(int suffixLen) => Len - suffixLen >= R1;
    public readonly bool InR2(int suffixLen) => Len - suffixLen >= R2;

    /// <summary>Removes the last <paramref name="n"/> characters when they lie in R2; tells whether it did.</summary>
    public bool CutInR2(int n)
    {
        if (!InR2(n)) return false;
        Cut(n);
        return true;
    }

    /// <summary>Replaces the last <paramref name="n"/> characters with <paramref name="s"/> when they lie in R2; tells whether it did.</summary>
    public bool ReplaceInR2(int n, string s)
    {
        if (!InR2(n)) return false;
        ReplaceEnd(n, s);
        return true;
    }

    /// <summary>
    /// The Romance adverb rule after "-amente" (it, es, pt): remove a preceding suffix of <paramref name="table"/> in R2,
    /// and after group 0 ("iv") also a preceding "at" in R2.
    /// </summary>
    public void CutAfterAmente(SuffixTable table)
    {
        int k = table.Match(Text, out int group);
        if (k <= 0 || !InR2(k)) return;
        Cut(k);
        if (group == 0 && Ends("at") && InR2(2)) Cut(2);
    }

    /// <summary>Removes the longest suffix of <paramref name="table"/> when it lies in R2.</summary>
    public void CutInR2(SuffixTable table)
    {
        int k = table.Match(Text, out _);
        if (k > 0 && InR2(k)) Cut(k);
    }
}

/// <summary>A language's vowels (all in Latin-1).</summary>
internal sealed class VowelSet
{
    private readonly bool[] _table = new bool[256];
    public VowelSet(string vowels) { foreach (var c in vowels) _table[c] = true; }
    public bool Is(char c) => c < 256 && _table[c];
}

/// <summary>
/// Snowball "among": the longest of a set of suffixes that ends the word. Suffixes come in groups (the
/// index of the group is the action to take) and are stored in a trie read from the end of the word.
/// </summary>
internal sealed class SuffixTable
{
    // Trie nodes in flat arrays; node 0 is the root, children are a linked list of siblings.
    private readonly char[] _label;
    private readonly int[] _firstChild, _nextSibling, _group;

    /// <param name="groups">One string per group, suffixes separated by spaces.</param>
    public SuffixTable(params string[] groups)
    {
        var label = new List<char> { '\0' };
        var first = new List<int> { -1 };
        var next = new List<int> { -1 };
        var group = new List<int> { -1 };
        for (int g = 0; g < groups.Length; g++)
        {
            foreach (var s in groups[g].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                int node = 0;
                for (int i = s.Length - 1; i >= 0; i--)
                {
                    int child = first[node];
                    while (child >= 0 && label[child] != s[i]) child = next[child];
                    if (child < 0)
                    {
                        child = label.Count;
                        label.Add(s[i]);
                        first.Add(-1);
                        next.Add(first[node]);
                        group.Add(-1);
                        first[node] = child;
                    }
                    node = child;
                }
                group[node] = g;
            }
        }
        _label = [.. label];
        _firstChild = [.. first];
        _nextSibling = [.. next];
        _group = [.. group];
    }

    /// <summary>Length of the longest suffix of <paramref name="word"/> in the table that starts at or after
    /// <paramref name="minStart"/> (0 when none), with its group.</summary>
    public int Match(ReadOnlySpan<char> word, int minStart, out int group)
    {
        group = -1;
        int best = 0, node = 0;
        for (int i = word.Length - 1; i >= minStart && i >= 0; i--)
        {
            char c = word[i];
            int child = _firstChild[node];
            while (child >= 0 && _label[child] != c) child = _nextSibling[child];
            if (child < 0) break;
            node = child;
            if (_group[node] >= 0)
            {
                best = word.Length - i;
                group = _group[node];
            }
        }
        return best;
    }

    public int Match(ReadOnlySpan<char> word, out int group) => Match(word, 0, out group);
}
