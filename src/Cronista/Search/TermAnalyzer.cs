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

    private TermAnalyzer(string lang) { Language = lang; _stemmer = Stemmers.For(lang); }

    public string Language { get; }
    public bool Stems => _stemmer is not null;

    public static TermAnalyzer For(string lang) => Cache.GetOrAdd(lang, static l => new TermAnalyzer(l));

    /// <summary>Appends the term of each word/number token, space-separated.</summary>
    public void AppendTerms(ReadOnlySpan<char> text, List<Token> tokens, StringBuilder sb)
    {
        Span<char> lower = stackalloc char[128];
        Span<char> stem = stackalloc char[260];
        foreach (var t in tokens)
        {
            if (t.Kind is not (TokenKind.Word or TokenKind.Number)) continue;
            var word = text.Slice(t.Start, t.Length);
            if (word.Length > 64) continue; // not a word worth indexing (hashes, garbage)
            int n = Folding.Lower(word, lower);
            ReadOnlySpan<char> term = lower[..n];
            if (_stemmer is not null && t.Kind == TokenKind.Word)
            {
                int m = _stemmer.Stem(term, stem);
                term = stem[..m];
            }
            if (sb.Length > 0 && sb[^1] != ' ') sb.Append(' ');
            foreach (var c in term) sb.Append(Folding.Fold(c));
        }
    }

    /// <summary>The terms of a piece of text (used for queries and snippets).</summary>
    public List<string> Terms(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.For(Language).Tokenize(text, tokens);
        var sb = new StringBuilder();
        AppendTerms(text, tokens, sb);
        // The FTS tokenizer also splits at in-term punctuation ("jong-un" → "jong un"); mirror that.
        return sb.ToString().Split([' ', '-', '.', '\'', '/', ',', ':'], StringSplitOptions.RemoveEmptyEntries).ToList();
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
