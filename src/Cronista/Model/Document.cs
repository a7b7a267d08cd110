namespace Cronista.Model;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
    Symbol,
    Url,
    Email,
}

/// <summary>A token as character offsets into <see cref="Document.Text"/>; no string is allocated per token.</summary>
public readonly record struct Token(int Start, int Length, TokenKind Kind)
{
    public int End => Start + Length;
}

/// <summary>A sentence: character span [Start, End) and its token range.</summary>
public readonly record struct Sentence(int Start, int End, int FirstToken, int TokenCount);

/// <summary>
/// The one document model every stage reads and extends: document → sentences → tokens (→ mentions, later).
/// Stages fill fields in order; each field records what produced it only where that is not obvious.
/// </summary>
public sealed class Document
{
    public Document(RawDocument raw) => Raw = raw;

    public RawDocument Raw { get; }
    /// <summary>Stable id: the input's id, else a hash of the normalized content.</summary>
    public string Id { get; set; } = "";
    public string? Title { get; set; }
    /// <summary>Normalized body text (NFC, quotes, dashes, whitespace); all offsets point here.</summary>
    public string Text { get; set; } = "";
    public string Language { get; set; } = "und";
    public double LanguageConfidence { get; set; }
    public DateOnly? Published => Raw.Published;
    /// <summary>Publication date inferred from the text when the input gives none (never set when <see cref="Published"/> is).</summary>
    public DateOnly? PublishedInferred { get; set; }
    public double PublishedInferredConfidence { get; set; }
    /// <summary>The date relative expressions are resolved against: the given publication date, else the inferred one.</summary>
    public DateOnly? ReferenceDate => Published ?? PublishedInferred;
    public List<Token> Tokens { get; } = new();
    public List<Sentence> Sentences { get; } = new();
    /// <summary>Stemmed, accent-folded, lower-cased word tokens joined by spaces: what full-text search indexes.</summary>
    public string? SearchTerms { get; set; }
    public string? TitleSearchTerms { get; set; }
    /// <summary>Where each line of <see cref="Text"/> ends in <see cref="SearchTerms"/> (line i: [end of line i − 1, end of
    /// line i)); null when not computed. Lets story features note the line each term comes from without analysing again.</summary>
    public int[]? SearchTermLineEnds { get; set; }
    /// <summary>Hash of the normalized text: equal hashes are exact duplicates.</summary>
    public ulong ContentHash { get; set; }
    /// <summary>MinHash signature over word shingles, for near-duplicate detection.</summary>
    public uint[]? MinHash { get; set; }
    /// <summary>Scratch between stages: the MinHash word hashes of the word/number tokens, computed with the search terms
    /// (pooled array) for the fingerprint stage, which releases it; the token count they were computed for.</summary>
    internal (ulong[] Hashes, int Words, int TokenCount)? WordHashes { get; set; }
    /// <summary>Set by the store: the id of the earliest copy when this document is a near-duplicate.</summary>
    public string? DuplicateOf { get; set; }
    public List<InputDiagnostic> Warnings { get; } = new();
    /// <summary>Temporal expressions, in text order.</summary>
    public List<TimeExpression> Times { get; } = new();
    /// <summary>Quantities, in text order.</summary>
    public List<Quantity> Quantities { get; } = new();
    /// <summary>Entity mentions, in text order.</summary>
    public List<EntityMention> Mentions { get; } = new();
    /// <summary>The distinct entities <see cref="Mentions"/> point to, in order of first mention.</summary>
    public List<DocumentEntity> Entities { get; } = new();
    /// <summary>Events and their claims, in text order (ids "e1", "e2" …).</summary>
    public List<Event> Events { get; } = new();
    /// <summary>The store's encoding of the annotations, built on an analysis worker (<c>IDocumentStore.Prepare</c>) so that
    /// the single writer only binds it; null: the store builds it when adding.</summary>
    public byte[]? PreparedAnnotations { get; set; }

    public ReadOnlySpan<char> TokenText(in Token t) => Text.AsSpan(t.Start, t.Length);
}
