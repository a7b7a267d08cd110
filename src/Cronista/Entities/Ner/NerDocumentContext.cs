using Cronista.Model;

namespace Cronista.Entities.Ner;

/// <summary>
/// How words are written across one document: which occur lower-cased, and how often each occurs capitalised away
/// from the start of a sentence. A capitalised word at a sentence start (or in an all-caps headline) is ambiguous
/// alone; the rest of the document usually settles it. Fill with every sentence before tagging any.
/// </summary>
public sealed class NerDocumentContext
{
    private readonly HashSet<ulong> _lower = new();
    private readonly Dictionary<ulong, int> _capMid = new();

    // Tags already predicted in this document per capitalised word: 8-bit counts per label (0 = O, k = k-th type).
    private readonly Dictionary<ulong, ulong> _history = new();

    // First-stage labels of every capitalised word over the whole document (stacked models), same packing.
    private readonly Dictionary<ulong, ulong> _prior = new();

    /// <summary>Whether the first-stage pass over the whole document has been recorded (stacked models only).</summary>
    internal bool PriorReady { get; set; }

    public void Clear() { _lower.Clear(); _capMid.Clear(); _history.Clear(); _prior.Clear(); PriorReady = false; }

    /// <summary>Forgets the tags predicted so far (the case statistics stay).</summary>
    public void ClearHistory() => _history.Clear();

    /// <summary>The label most often predicted so far for this word in the document (0 = O, k = type k), or -1 when none.</summary>
    internal int HistoryLabel(ulong lower)
    {
        if (!_history.TryGetValue(lower, out var packed)) return -1;
        int best = 0, bestN = -1;
        for (int k = 0; k < 8; k++)
        {
            int n = (int)((packed >> (8 * k)) & 0xFF);
            if (n > bestN) { best = k; bestN = n; }
        }
        return best;
    }

    internal void AddHistory(ulong lower, int label) => Count(_history, lower, label);

    internal void AddPrior(ulong lower, int label) => Count(_prior, lower, label);

    /// <summary>First-stage label of this word across the document: the majority label (0 = O, k = type k) and whether
    /// all its occurrences agree; (-1, false) when the word was not seen.</summary>
    internal (int Label, bool Unanimous) PriorLabel(ulong lower)
    {
        if (!_prior.TryGetValue(lower, out var packed)) return (-1, false);
        int best = 0, bestN = -1, kinds = 0;
        for (int k = 0; k < 8; k++)
        {
            int n = (int)((packed >> (8 * k)) & 0xFF);
            if (n > 0) kinds++;
            if (n > bestN) { best = k; bestN = n; }
        }
        return (best, kinds == 1);
    }

    private static void Count(Dictionary<ulong, ulong> counts, ulong lower, int label)
    {
        if (label is < 0 or > 7) return;
        ref var packed = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(counts, lower, out _);
        if (((packed >> (8 * label)) & 0xFF) < 0xFF) packed += 1UL << (8 * label);
    }

    public void AddSentence(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        for (int i = 0; i < tokens.Length; i++)
        {
            var w = text.Slice(tokens[i].Start, tokens[i].Length);
            if (w.Length == 0 || !char.IsLetter(w[0])) continue;
            if (char.IsLower(w[0])) _lower.Add(NerHash.Lower(w));
            else if (i > 0 && IsMidSentence(w) && !IsOpening(text, tokens[i - 1])) CollectionsMarshalAdd(NerHash.Lower(w));
        }
    }

    public void AddDocument(Document doc)
    {
        var tokens = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(doc.Tokens);
        foreach (var s in doc.Sentences) AddSentence(doc.Text, tokens.Slice(s.FirstToken, s.TokenCount));
    }

    private void CollectionsMarshalAdd(ulong h) =>
        System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_capMid, h, out _)++;

    // Title case (not all caps): all-caps headlines say nothing about a word's usual case.
    private static bool IsMidSentence(ReadOnlySpan<char> w)
    {
        for (int k = 1; k < w.Length; k++) if (char.IsLower(w[k])) return true;
        return w.Length == 1;
    }

    // After an opening quote, bracket or colon a capital can start a new sentence-like unit.
    private static bool IsOpening(ReadOnlySpan<char> text, Token prev) =>
        prev.Length == 1 && text[prev.Start] is '"' or '«' or '“' or '(' or ':' or '-' or '—' or '\'' or '‘';

    /// <summary>0–3: bit 0 the word occurs lower-cased in the document, bit 1 it occurs capitalised mid-sentence other than here.</summary>
    internal int Code(ulong lower, bool selfCountsMid)
    {
        int code = _lower.Contains(lower) ? 1 : 0;
        if (_capMid.TryGetValue(lower, out var n) && n > (selfCountsMid ? 1 : 0)) code |= 2;
        return code;
    }

    internal static bool CountsAsMid(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, int i)
    {
        var w = text.Slice(tokens[i].Start, tokens[i].Length);
        return i > 0 && w.Length > 0 && char.IsUpper(w[0]) && IsMidSentence(w) && !IsOpening(text, tokens[i - 1]);
    }
}
