using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Text;
using Cronista.Dedup;
using Cronista.Model;
using Cronista.Text;
using Cronista.Text.Stemming;

namespace Cronista.Search;

/// <summary>
/// Turns words into index terms: lower-case → drop the language's stop words → Snowball stem (when the language has
/// one) → accent fold. Documents and queries go through the same analyzer of their language, so "visiterà" and
/// "visitato" meet at "visit", and "Corea del Nord" is indexed and queried as "core nord".
/// Dropping stop words (~40% of running words) halves the full-text index work; phrases still match because both sides drop them.
/// </summary>
public sealed class TermAnalyzer
{
    private static readonly ConcurrentDictionary<string, TermAnalyzer> Cache = new();
    private readonly IStemmer? _stemmer;

    // Word → term, per thread: news vocabulary is Zipfian, so most words are looked up, not stemmed again.
    // The entry also keeps the word's MinHash word hash, so the fingerprint stage need not fold and hash every word again.
    private readonly ThreadLocal<TermCache> _cache = new(() => new TermCache(1 << 14, MaxCached));
    private const int MaxCached = 200_000;

    private readonly WordSet _stopWords;

    private TermAnalyzer(string lang)
    {
        Language = lang;
        _stemmer = Stemmers.For(lang);
        // Only a known language's own list: the union of all lists ("und") would drop content words of some language.
        _stopWords = lang != "und" && TextLanguageData.For(lang).Language == lang ? StopWords.For(lang) : WordSet.Empty;
    }

    public string Language { get; }

    public static TermAnalyzer For(string lang) => Cache.GetOrAdd(lang, static l => new TermAnalyzer(l));

    /// <summary>Appends the term of each word/number token, space-separated.</summary>
    public void AppendTerms(ReadOnlySpan<char> text, List<Token> tokens, StringBuilder sb) => AppendTerms(text, tokens, sb, default);

    /// <summary>
    /// Appends the term of each word/number token, space-separated; when <paramref name="wordHashes"/> is not empty, also
    /// writes each such token's <see cref="MinHasher.WordHash"/> there, in order (it needs one slot per word/number token).
    /// The hash is of the lower-cased word, which folds the same as the word itself in NFC text (normalized documents).
    /// </summary>
    internal void AppendTerms(ReadOnlySpan<char> text, List<Token> tokens, StringBuilder sb, Span<ulong> wordHashes)
    {
        Span<char> lower = stackalloc char[MinHasher.MaxWordChars];
        Span<char> stem = stackalloc char[260];
        bool hashes = !wordHashes.IsEmpty;
        var cache = _cache.Value!;
        bool space = sb.Length > 0 && sb[^1] != ' ';
        int words = 0;
        foreach (ref readonly var t in CollectionsMarshal.AsSpan(tokens))
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var word = text.Slice(t.Start, t.Length);
            if (word.Length > MinHasher.MaxWordChars) // not a word worth indexing (hashes, garbage)
            {
                if (hashes) wordHashes[words] = MinHasher.WordHash(word);
                words++;
                continue;
            }
            uint keyHash = TermCache.LowerKey(word, lower);
            var key = lower[..word.Length];
            if (!cache.TryGet(key, keyHash, out var term, out ulong wordHash)) term = stem[..Analyse(key, keyHash, t.Kind, stem, cache, out wordHash)];
            if (hashes) wordHashes[words] = wordHash;
            words++;
            if (term.Length == 0) continue; // stop word
            if (space) sb.Append(' ');
            sb.Append(term);
            space = term[^1] != ' ';
        }
    }

    /// <summary>Writes the term of one lower-cased word (empty for a stop word) to <paramref name="buffer"/> and returns its length;
    /// remembers it and the word hash in the thread's cache.</summary>
    private int Analyse(ReadOnlySpan<char> lower, uint keyHash, TokenKind kind, Span<char> buffer, TermCache cache, out ulong wordHash)
    {
        ReadOnlySpan<char> term = lower;
        if (kind == TokenKind.Word && _stopWords.Contains(lower)) term = default;
        else if (_stemmer is not null && kind == TokenKind.Word)
        {
            int m = _stemmer.Stem(term, buffer);
            term = buffer[..m];
        }
        int n = Folding.Fold(term, buffer); // in place when stemmed: the fold maps char to char
        wordHash = MinHasher.WordHash(lower);
        cache.Add(lower, keyHash, buffer[..n], wordHash);
        return n;
    }

    /// <summary>The terms of a piece of text (used for queries and snippets).</summary>
    public List<string> Terms(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.For(Language).Tokenize(text, tokens);
        var sb = new StringBuilder();
        AppendTerms(text, tokens, sb);
        // The FTS 'ascii' tokenizer also splits at ASCII punctuation inside a term ("jong-un" → "jong un"); mirror that.
        return SplitLikeIndex(sb.ToString());
    }

    /// <summary>Splits at every ASCII character that is not a letter or digit, as FTS5's ascii tokenizer does.</summary>
    public static List<string> SplitLikeIndex(string terms)
    {
        var list = new List<string>();
        int start = -1;
        for (int i = 0; i <= terms.Length; i++)
        {
            bool sep = i == terms.Length || (terms[i] < 128 && !char.IsAsciiLetterOrDigit(terms[i]));
            if (!sep) { if (start < 0) start = i; continue; }
            if (start >= 0) { list.Add(terms[start..i]); start = -1; }
        }
        return list;
    }

    /// <summary>
    /// Whether a word or number token's term, or one of the parts the index splits it into (<see cref="SplitLikeIndex"/>),
    /// is in <paramref name="wanted"/>: what <c>wanted.Contains(Term(word)) || SplitLikeIndex(Term(word)).Any(wanted.Contains)</c>
    /// tells, without allocating (snippets test every token of long texts).
    /// </summary>
    public bool TermMatches(ReadOnlySpan<char> word, TokenKind kind, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> wanted)
    {
        if (word.Length > MinHasher.MaxWordChars) return false; // no term (see AppendTerms)
        Span<char> lower = stackalloc char[MinHasher.MaxWordChars];
        Span<char> stem = stackalloc char[260];
        uint keyHash = TermCache.LowerKey(word, lower);
        var key = lower[..word.Length];
        var cache = _cache.Value!;
        if (!cache.TryGet(key, keyHash, out var term, out _)) term = stem[..Analyse(key, keyHash, kind, stem, cache, out _)];
        if (term.Length == 0) return false;
        if (wanted.Contains(term)) return true;
        int start = -1;
        for (int i = 0; i <= term.Length; i++)
        {
            bool sep = i == term.Length || (term[i] < 128 && !char.IsAsciiLetterOrDigit(term[i]));
            if (!sep) { if (start < 0) start = i; continue; }
            if (start >= 0 && wanted.Contains(term[start..i])) return true;
            start = -1;
        }
        return false;
    }

    /// <summary>The term of a single token (snippet highlighting).</summary>
    public string Term(ReadOnlySpan<char> word, TokenKind kind)
    {
        var tokens = new List<Token> { new(0, word.Length, kind) };
        var sb = new StringBuilder();
        AppendTerms(word, tokens, sb);
        return sb.ToString();
    }
}
