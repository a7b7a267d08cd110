using System.Runtime.InteropServices;
using System.Text;
using Cronista.Dedup;
using Cronista.LanguageId;
using Cronista.Model;
using Cronista.Search;
using Cronista.Text;
using Cronista.Util;

namespace Cronista.Pipeline;

/// <summary>Normalizes title and text; derives the content hash and the stable id.</summary>
public sealed class NormalizeStage : IDocumentStage
{
    public string Name => "normalize";

    public void Process(Document doc)
    {
        doc.Text = TextNormalizer.Normalize(doc.Raw.Text);
        var title = doc.Raw.Title is null ? null : TextNormalizer.Normalize(doc.Raw.Title);
        doc.Title = string.IsNullOrEmpty(title) ? null : title;
        doc.ContentHash = StableHash.Hash(doc.Text);
        doc.Id = string.IsNullOrWhiteSpace(doc.Raw.Id) ? StableHash.ToId(doc.ContentHash) : doc.Raw.Id.Trim();
    }
}

/// <summary>Uses the declared language when the input gives one, else identifies it from title + text.</summary>
public sealed class LanguageStage : IDocumentStage
{
    private readonly LanguageIdentifier _identifier;
    public LanguageStage(LanguageIdentifier? identifier = null) => _identifier = identifier ?? LanguageIdentifier.Default;
    public string Name => "langid";
    public void Preload() => _ = _identifier.Model;

    public void Process(Document doc)
    {
        if (!string.IsNullOrWhiteSpace(doc.Raw.Language))
        {
            doc.Language = doc.Raw.Language.Trim().ToLowerInvariant();
            doc.LanguageConfidence = 1.0;
            return;
        }
        // The identifier reads only a prefix of long texts: give it the title and the start of the body, joined in a pooled
        // buffer — without the lines of style sheets or scripts that scraped pages keep at their top ("transition: all
        // 0.9s ease 0s;", "#menu:hover{…}"), which read as English and would decide for an Italian article.
        const int Prefix = 4000;
        var head = doc.Text.AsSpan(0, Math.Min(doc.Text.Length, Prefix));
        bool code = CodeLines.Any(head);
        if (doc.Title is null && !code)
        {
            Set(doc, _identifier.Identify(doc.Text));
            return;
        }
        int title = doc.Title is null ? 0 : doc.Title.Length + 1;
        var buffer = Scratch<char>.Rent(title + Prefix);
        if (doc.Title is not null) { doc.Title.CopyTo(buffer); buffer[doc.Title.Length] = '\n'; }
        int n = title;
        if (!code) { head.CopyTo(buffer.AsSpan(n)); n += head.Length; }
        else
            // Prose lines in text order until the prefix is full (scanning at most four prefixes' worth of text).
            foreach (var range in doc.Text.AsSpan(0, Math.Min(doc.Text.Length, 4 * Prefix)).Split('\n'))
            {
                var line = doc.Text.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
                if (CodeLines.IsCode(line)) continue;
                int take = Math.Min(line.Length + 1, title + Prefix - n);
                if (take <= 0) break;
                line[..Math.Min(line.Length, take)].CopyTo(buffer.AsSpan(n));
                if (take > line.Length) buffer[n + line.Length] = '\n';
                n += take;
            }
        Set(doc, _identifier.Identify(buffer.AsSpan(0, n)));
        Scratch<char>.Return(buffer);
    }

    private static void Set(Document doc, LanguageGuess guess)
    {
        doc.Language = guess.Language;
        doc.LanguageConfidence = Math.Round(guess.Confidence, 4);
    }
}

public sealed class TokenizeStage : IDocumentStage
{
    public string Name => "tokenize";
    public void Process(Document doc)
    {
        doc.Tokens.EnsureCapacity(doc.Text.Length / 5); // ~1 token per 5-6 characters in news text: avoids regrowing
        Tokenizer.For(doc.Language).Tokenize(doc.Text, doc.Tokens);
    }
}

public sealed class SentenceStage : IDocumentStage
{
    public string Name => "sentences";
    public void Process(Document doc) => SentenceSplitter.Default.Split(doc.Text, doc.Tokens, doc.Language, doc.Sentences);
}

/// <summary>Builds the stemmed, accent-folded terms that full-text search indexes (see <see cref="TermAnalyzer"/>);
/// on the way, the word hashes that <see cref="FingerprintStage"/> (which runs after it) shingles.</summary>
public sealed class SearchTermsStage : IDocumentStage
{
    public string Name => "search-terms";

    [ThreadStatic] private static StringBuilder? _sb;
    [ThreadStatic] private static List<Token>? _titleTokens;
    [ThreadStatic] private static List<Token>? _lineTokens;

    public void Process(Document doc)
    {
        var sb = _sb ??= new StringBuilder(1 << 14);
        var analyzer = TermAnalyzer.For(doc.Language);
        int words = 0;
        foreach (var t in CollectionsMarshal.AsSpan(doc.Tokens)) if (t.Kind is TokenKind.Word or TokenKind.Number) words++;
        var hashes = Scratch<ulong>.Rent(Math.Max(words, 1));
        sb.Clear();
        doc.SearchTermLineEnds = AppendTermsByLine(analyzer, doc, sb, hashes.AsSpan(0, words));
        doc.SearchTerms = sb.ToString();
        if (doc.WordHashes is { } old) Scratch<ulong>.Return(old.Hashes);
        doc.WordHashes = (hashes, words, doc.Tokens.Count);
        if (doc.Title is not null)
        {
            var tt = _titleTokens ??= new List<Token>();
            tt.Clear();
            Tokenizer.For(doc.Language).Tokenize(doc.Title, tt);
            sb.Clear();
            analyzer.AppendTerms(doc.Title, tt, sb);
            doc.TitleSearchTerms = sb.ToString();
        }
    }

    /// <summary>
    /// Appends the terms of the text's tokens line by line — the same string as one <see cref="TermAnalyzer.AppendTerms(ReadOnlySpan{char}, List{Token}, StringBuilder)"/>
    /// call over all of them, without the lines of script or style sheets (<see cref="CodeLines"/>) — and returns where each
    /// line's terms end in <paramref name="sb"/> (line i: text line i, split at '\n'; a code line's terms are empty). Writes
    /// each word's hash to <paramref name="hashes"/> in order when it is not empty (one slot per word/number token, code lines' too).
    /// </summary>
    internal static int[] AppendTermsByLine(TermAnalyzer analyzer, Document doc, StringBuilder sb, Span<ulong> hashes)
    {
        var tokens = doc.Tokens;
        var lineTokens = _lineTokens ??= new List<Token>();
        var ends = new List<int>();
        string text = doc.Text;
        int lineStart = 0, at = 0, word = 0;
        while (true)
        {
            int nl = text.IndexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.Length : nl;
            lineTokens.Clear();
            int lineWords = 0;
            for (; at < tokens.Count && tokens[at].Start < lineEnd; at++)
            {
                lineTokens.Add(tokens[at]);
                if (tokens[at].Kind is TokenKind.Word or TokenKind.Number) lineWords++;
            }
            if (lineWords > 0)
            {
                int before = sb.Length;
                analyzer.AppendTerms(text, lineTokens, sb, hashes.IsEmpty ? default : hashes.Slice(word, lineWords));
                // A line of script or style sheet is no text to search (its words still count for near-duplicates).
                if (CodeLines.IsCode(text.AsSpan(lineStart, lineEnd - lineStart))) sb.Length = before;
            }
            word += lineWords;
            ends.Add(sb.Length);
            if (nl < 0) break;
            lineStart = nl + 1;
        }
        return ends.ToArray();
    }
}

/// <summary>MinHash signature over word shingles, for near-duplicate detection by the store. Reuses the word hashes
/// <see cref="SearchTermsStage"/> left on the document when it ran before (the default order); else hashes the words itself.</summary>
public sealed class FingerprintStage : IDocumentStage
{
    public string Name => "fingerprint";
    public void Process(Document doc)
    {
        if (doc.WordHashes is { } w)
        {
            doc.WordHashes = null;
            bool current = w.TokenCount == doc.Tokens.Count; // no stage changed the tokens since
            if (current) doc.MinHash = MinHasher.Default.Signature(w.Hashes.AsSpan(0, w.Words));
            Scratch<ulong>.Return(w.Hashes);
            if (current) return;
        }
        doc.MinHash = MinHasher.Default.Signature(doc.Text, doc.Tokens);
    }
}
