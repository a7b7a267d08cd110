using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;
using Cronista.Model;
using Cronista.Text;

namespace Cronista.Entities;

/// <summary>
/// Token trie over folded token hashes: each alias is a sequence of tokens (as the project's tokenizer splits it), each
/// token reduced to a 64-bit hash of its folded characters (lower-case, no accents, hyphen and apostrophe variants
/// unified). Lookups hash tokens on the fly from the text span: nothing is allocated per token. Immutable after build,
/// so safe to share between threads.
/// </summary>
public sealed class AliasIndex
{
    // Edges: open addressing on (parent, token hash) → child node; child 0 marks an empty slot (the root is never a child).
    // One 16-byte struct per slot, so a probe of this table (far larger than the caches) touches one cache line.
    private struct Edge
    {
        public ulong Hash;
        public int Parent, Child;
    }

    private Edge[] _edge = new Edge[1 << 16];
    // After Freeze: a bit per hashed first token of any alias (256 KB, stays in cache), so that most words, which start
    // no alias, skip the probe of the edge table.
    private ulong[]? _starts;
    private const int StartBits = 21;
    // After Freeze: a bit per hashed (first token, second token) of any alias of two or more tokens (128 KB): most
    // words that start an alias start only one-word aliases, so the probe for a second token is mostly skipped.
    private ulong[]? _pairs;
    private const int PairBits = 20;
    // After Freeze: an edge's Child carries this bit when the child node ends an alias, so that a match reads the
    // candidate counts (another random access) only for the node it keeps.
    private const int Ends = 1 << 30;
    private int _edges;
    private int _nodes = 1;
    // While building: candidates as linked lists per node; after Freeze: contiguous runs per node, best first.
    private List<(int Node, AliasCandidate Candidate)>? _pending = [];
    private AliasCandidate[] _candidates = [];
    private int[] _nodeStart = [];
    private int[] _nodeCount = [];

    /// <summary>Number of distinct (alias, entity, kind, language) entries.</summary>
    public int Count => _candidates.Length;

    /// <summary>Longest alias, in tokens.</summary>
    public int MaxTokens { get; private set; }

    /// <summary>Hash of one token's text as the index sees it.</summary>
    public static ulong TokenHash(ReadOnlySpan<char> token)
    {
        ulong h = 14695981039346656037UL;
        foreach (char raw in token)
        {
            char c = raw < 0x80 ? Folding.Fold(raw) : CharClass.IsHyphen(raw) ? '-' : CharClass.IsApostrophe(raw) ? '\'' : Folding.Fold(raw);
            h = (h ^ c) * 1099511628211UL;
        }
        return h ^ (h >> 29);
    }

    /// <summary>Hashes every token of a document once (for repeated <see cref="TryMatch(ReadOnlySpan{ulong}, int, out int, out ReadOnlySpan{AliasCandidate})"/> calls).</summary>
    public static void HashTokens(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, Span<ulong> hashes)
    {
        for (int i = 0; i < tokens.Count; i++) hashes[i] = TokenHash(text.Slice(tokens[i].Start, tokens[i].Length));
    }

    /// <summary>
    /// Longest alias starting at token <paramref name="start"/> and ending before token <paramref name="end"/> (exclusive,
    /// e.g. the sentence end). Candidates come best first (by entity prior); the caller checks
    /// <see cref="CaseFits"/> and language.
    /// </summary>
    public bool TryMatch(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int start, int end, out int length, out ReadOnlySpan<AliasCandidate> candidates)
    {
        int node = 0, best = -1;
        length = 0;
        for (int i = start; i < end && i - start < MaxTokens; i++)
        {
            var t = tokens[i];
            int child = Child(node, TokenHash(text.Slice(t.Start, t.Length)));
            if (child < 0) break;
            node = child & ~Ends;
            if (_nodeCount[node] > 0) { best = node; length = i - start + 1; }
        }
        candidates = best < 0 ? default : _candidates.AsSpan(_nodeStart[best], _nodeCount[best]);
        return best >= 0;
    }

    /// <summary>As above over precomputed token hashes (see <see cref="HashTokens"/>).</summary>
    public bool TryMatch(ReadOnlySpan<ulong> tokenHashes, int start, out int length, out ReadOnlySpan<AliasCandidate> candidates)
    {
        int node = 0, best = -1;
        length = 0;
        for (int i = start; i < tokenHashes.Length && i - start < MaxTokens; i++)
        {
            if (i == start + 1 && _pairs is { } pairs && !Has(pairs, PairBit(tokenHashes[start], tokenHashes[i]))) break;
            int child = Child(node, tokenHashes[i]);
            if (child < 0) break;
            node = child & ~Ends;
            if ((child & Ends) != 0) { best = node; length = i - start + 1; }
        }
        candidates = best < 0 ? default : _candidates.AsSpan(_nodeStart[best], _nodeCount[best]);
        return best >= 0;
    }

    /// <summary>Requests the edge-table slots of the tokens that may start an alias (the table is far larger than the
    /// caches), so that the <see cref="TryMatch(ReadOnlySpan{ulong}, int, out int, out ReadOnlySpan{AliasCandidate})"/>
    /// calls over a sentence wait for memory once rather than once per token.</summary>
    public void PrefetchStarts(ReadOnlySpan<ulong> tokenHashes)
    {
        if (!Sse.IsSupported || _starts is not { } starts) return;
        int mask = _edge.Length - 1;
        foreach (var h in tokenHashes)
            if (Has(starts, StartBit(h)))
                unsafe { Sse.Prefetch0(Unsafe.AsPointer(ref _edge[Slot(0, h, mask)])); }
    }

    /// <summary>Candidates of exactly this token-hash sequence (empty when it is not an alias).</summary>
    public ReadOnlySpan<AliasCandidate> Exact(ReadOnlySpan<ulong> tokenHashes)
    {
        int node = 0;
        foreach (var h in tokenHashes)
        {
            node = Child(node, h);
            if (node < 0) return default;
            node &= ~Ends;
        }
        return _candidates.AsSpan(_nodeStart[node], _nodeCount[node]);
    }

    /// <summary>
    /// Whether the matched tokens [start, start+length) satisfy a candidate's case rule: <see cref="CaseRule.Initial"/> needs
    /// an upper-case first letter, <see cref="CaseRule.Upper"/> no lower-case letter at all, <see cref="CaseRule.Words"/> a
    /// capital on each word the alias capitalises.
    /// </summary>
    public static bool CaseFits(in AliasCandidate candidate, ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int start, int length)
    {
        switch (candidate.Case)
        {
            case CaseRule.Initial:
                return StartsUpper(text.Slice(tokens[start].Start, tokens[start].Length));
            case CaseRule.Upper:
                return NoLowerCase(text, tokens, start, length);
            case CaseRule.Words:
                for (int i = 0; i < length && i < 16; i++)
                    if ((candidate.Capitals >> i & 1) != 0 && !StartsUpper(text.Slice(tokens[start + i].Start, tokens[start + i].Length))) return false;
                return true;
            default:
                return true;
        }
    }

    /// <summary>No lower-case letter in tokens [start, start+length) ("USA", a headline in capitals).</summary>
    public static bool NoLowerCase(ReadOnlySpan<char> text, IReadOnlyList<Token> tokens, int start, int length)
    {
        for (int i = start; i < start + length; i++)
            foreach (char c in text.Slice(tokens[i].Start, tokens[i].Length))
                if (char.IsLower(c)) return false;
        return true;
    }

    private static bool StartsUpper(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsLetter(c)) return char.IsUpper(c);
        return true;
    }

    /// <summary>Sizes the tables for about <paramref name="aliases"/> more aliases (avoids rehashing while loading).</summary>
    internal void Reserve(int aliases)
    {
        _pending!.EnsureCapacity(_pending.Count + aliases);
        int want = (int)Math.Min(1L << 30, System.Numerics.BitOperations.RoundUpToPowerOf2((uint)(_edges + aliases * 2) * 2));
        while (_edge.Length < want) Grow();
    }

    internal void Add(ReadOnlySpan<ulong> tokenHashes, AliasCandidate candidate)
    {
        if (tokenHashes.IsEmpty) return;
        int node = 0;
        foreach (var h in tokenHashes) node = ChildOrAdd(node, h);
        _pending!.Add((node, candidate));
        if (tokenHashes.Length > MaxTokens) MaxTokens = tokenHashes.Length;
    }

    /// <summary>Lays candidates out per node, best prior first, one entry per (entity, kind, language) with the most permissive case.</summary>
    internal void Freeze(IReadOnlyList<Entity> entities)
    {
        var pending = _pending!;
        // Rank entities by prior (desc), then index: the order of candidates within a node.
        var priorKeys = new ulong[entities.Count];
        var byPrior = new int[entities.Count];
        for (int i = 0; i < byPrior.Length; i++)
        {
            priorKeys[i] = ((ulong)(uint)((1f - entities[i].Prior) * 1e6f) << 32) | (uint)i;
            byPrior[i] = i;
        }
        Array.Sort(priorKeys, byPrior);
        var rank = new int[entities.Count];
        for (int i = 0; i < byPrior.Length; i++) rank[byPrior[i]] = i;
        // One 64-bit key per entry (node, entity rank, insertion order): a plain sort, deterministic.
        var keys = new ulong[pending.Count];
        var order = new int[pending.Count];
        for (int i = 0; i < keys.Length; i++)
        {
            keys[i] = ((ulong)pending[i].Node << 40) | ((ulong)rank[pending[i].Candidate.Entity] << 20) | (uint)i;
            order[i] = i;
        }
        if (pending.Count >= 1 << 20 || entities.Count >= 1 << 20 || _nodes >= 1 << 24) throw new InvalidOperationException("alias index too large");
        Array.Sort(keys, order);
        var list = new List<AliasCandidate>(pending.Count);
        _nodeStart = new int[_nodes];
        _nodeCount = new int[_nodes];
        int prevNode = -1;
        foreach (int i in order)
        {
            var (node, c) = pending[i];
            if (node != prevNode) { _nodeStart[node] = list.Count; prevNode = node; }
            else
            {
                // Same entity, kind and language already listed: keep one, with the more permissive case rule.
                int dup = -1;
                for (int j = _nodeStart[node]; j < list.Count; j++)
                    if (list[j].Entity == c.Entity && list[j].Kind == c.Kind && list[j].Lang == c.Lang) { dup = j; break; }
                if (dup >= 0)
                {
                    if (c.Case < list[dup].Case) list[dup] = c;
                    continue;
                }
            }
            list.Add(c);
            _nodeCount[node]++;
        }
        _candidates = [.. list];
        _pending = null;
        _starts = new ulong[(1 << StartBits) / 64];
        _pairs = new ulong[(1 << PairBits) / 64];
        var firstHash = new ulong[_nodes]; // the first token's hash of the one-token prefix a node stands for
        var depthOne = new bool[_nodes];
        foreach (var e in _edge)
            if (e.Child != 0 && e.Parent == 0)
            {
                Set(_starts, StartBit(e.Hash));
                firstHash[e.Child] = e.Hash;
                depthOne[e.Child] = true;
            }
        for (int s = 0; s < _edge.Length; s++)
        {
            ref var e = ref _edge[s];
            if (e.Child == 0) continue;
            if (e.Parent != 0 && depthOne[e.Parent]) Set(_pairs, PairBit(firstHash[e.Parent], e.Hash));
            if (_nodeCount[e.Child] > 0) e.Child |= Ends;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Slot(int parent, ulong hash, int mask) => (int)((hash ^ ((ulong)(uint)parent * 0x9E3779B97F4A7C15UL)) * 0xBF58476D1CE4E5B9UL >> 32) & mask;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Has(ulong[] bits, int bit) => (bits[bit >> 6] & (1UL << bit)) != 0;

    private static void Set(ulong[] bits, int bit) => bits[bit >> 6] |= 1UL << bit;

    private static int StartBit(ulong hash) => (int)((hash * 0x9E3779B97F4A7C15UL) >> (64 - StartBits));

    private static int PairBit(ulong first, ulong second) => (int)(((first * 0xBF58476D1CE4E5B9UL) ^ second) * 0x9E3779B97F4A7C15UL >> (64 - PairBits));

    /// <summary>The child node of <paramref name="parent"/> by a token (with <see cref="Ends"/> after Freeze), or -1.</summary>
    private int Child(int parent, ulong hash)
    {
        if (parent == 0 && _starts is { } starts && !Has(starts, StartBit(hash))) return -1;
        int mask = _edge.Length - 1;
        for (int s = Slot(parent, hash, mask); ; s = (s + 1) & mask)
        {
            ref var e = ref _edge[s];
            if (e.Child == 0) return -1;
            if (e.Hash == hash && e.Parent == parent) return e.Child;
        }
    }

    private int ChildOrAdd(int parent, ulong hash)
    {
        int found = Child(parent, hash);
        if (found > 0) return found;
        if ((_edges + 1) * 2 > _edge.Length) Grow();
        int mask = _edge.Length - 1;
        int s = Slot(parent, hash, mask);
        while (_edge[s].Child != 0) s = (s + 1) & mask;
        _edge[s] = new Edge { Hash = hash, Parent = parent, Child = _nodes++ };
        _edges++;
        return _edge[s].Child;
    }

    private void Grow()
    {
        var old = _edge;
        int mask = old.Length * 2 - 1;
        _edge = new Edge[old.Length * 2];
        foreach (var e in old)
        {
            if (e.Child == 0) continue;
            int s = Slot(e.Parent, e.Hash, mask);
            while (_edge[s].Child != 0) s = (s + 1) & mask;
            _edge[s] = e;
        }
    }
}
