using System.Collections.Concurrent;
using System.Text;
using Cronista.Model;
using Cronista.Text;
using Cronista.Text.Stemming;

namespace Cronista.Search;

/// <summary>
/// Turns words into index terms: lower-case → Snowball stem (when the language has one) → accent fold.
/// Documents and queries go through the same analyzer of their language, so "visiterà" and "visita" meet at "visit".
/// </summary>
public sealed class TermAnalyzer
{
    private static readonly ConcurrentDictionary<string, TermAnalyzer> Cache = new();
    private readonly IStemmer? _stemmer;

    // Word → term, per thread: news vocabulary is Zipfian, so most words are looked up, not stemmed again.
    private readonly ThreadLocal<Dictionary<string, string>> _cache = new(() => new Dictionary<string, string>(1 << 14));
    private const int MaxCached = 200_000;

    private TermAnalyzer(string lang) { Language = lang; _stemmer = Stemmers.For(lang); }

    public string Language { get; }
    public bool Stems => _stemmer is not null;

    public static TermAnalyzer For(string lang) => Cache.GetOrAdd(lang, static l => new TermAnalyzer(l));

    /// <summary>Appends the term of each word/number token, space-separated.</summary>
    public void AppendTerms(ReadOnlySpan<char> text, List<Token> tokens, StringBuilder sb)
    {
        Span<char> lower = stackalloc char[128];
        Span<char> stem = stackalloc char[260];
        var cache = _cache.Value!;
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var t in tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var word = text.Slice(t.Start, t.Length);
            if (word.Length > 64) continue; // not a word worth indexing (hashes, garbage)
            int n = Folding.Lower(word, lower);
            if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            if (lookup.TryGetValue(lower[..n], out var cached)) { sb.Append(cached); continue; }
            ReadOnlySpan<char> term = lower[..n];
            if (_stemmer is not null && t.Kind == TokenKind.Word)
            {
                int m = _stemmer.Stem(term, stem);
                term = stem[..m];
            }
            var folded = string.Create(term.Length, term, static (dst, src) => Folding.Fold(src, dst));
            if (cache.Count >= MaxCached) cache.Clear();
            cache[new string(lower[..n])] = folded;
            sb.Append(folded);
        }
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

    /// <summary>The term of a single token (snippet highlighting).</summary>
    public string Term(ReadOnlySpan<char> word, TokenKind kind)
    {
        var tokens = new List<Token> { new(0, word.Length, kind) };
        var sb = new StringBuilder();
        AppendTerms(word, tokens, sb);
        return sb.ToString();
    }
}
