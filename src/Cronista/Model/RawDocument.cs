namespace Cronista.Model;

/// <summary>An article as a reader found it, before any analysis.</summary>
public sealed record RawDocument
{
    /// <summary>Id given by the input (JSONL <c>id</c>, feed guid); null means "derive from content".</summary>
    public string? Id { get; init; }
    /// <summary>Where it came from: file path, "path:line" for JSONL, or URL.</summary>
    public required string Source { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public required string Text { get; init; }
    public DateOnly? Published { get; init; }
    /// <summary>Language declared by the input (HTML lang, JSONL language, --lang); null when unknown.</summary>
    public string? Language { get; init; }
    /// <summary>Outlet / publisher name when the input says it (JSONL <c>source</c>, feed title).</summary>
    public string? Outlet { get; init; }
}
