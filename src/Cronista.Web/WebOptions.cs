namespace Cronista.Web;

/// <summary>How <c>cronista serve</c> runs: which database, whether writes are allowed and with which key, body limits.</summary>
public sealed record WebOptions
{
    public required string DatabasePath { get; init; }
    /// <summary>Queries only: the database is opened read-only and <c>POST /api/documents</c> answers 403.</summary>
    public bool ReadOnly { get; init; }
    /// <summary>The key writes need (header <c>X-Api-Key</c> or <c>Authorization: Bearer</c>); null: writes are refused.</summary>
    public string? ApiKey { get; init; }
    /// <summary>Largest request body accepted (ingest); larger ones get 413.</summary>
    public long MaxBodyBytes { get; init; } = 16 * 1024 * 1024;
}
