namespace Cronista.Model;

public enum Severity { Warning, Error }

/// <summary>A problem with one input: which file (and line), and why. Errors reject the item; warnings keep it.</summary>
public sealed record InputDiagnostic(Severity Severity, string Source, int? Line, string Message)
{
    public override string ToString() =>
        $"{(Severity == Severity.Error ? "error" : "warning")}: {Source}{(Line is int l ? $":{l}" : "")}: {Message}";
}

/// <summary>What a reader yields: a document, or a diagnostic about an input it could not (fully) read.</summary>
public readonly record struct ReadItem(RawDocument? Document, InputDiagnostic? Diagnostic)
{
    public static ReadItem Of(RawDocument d) => new(d, null);
    public static ReadItem Error(string source, int? line, string message) => new(null, new InputDiagnostic(Severity.Error, source, line, message));
    public static ReadItem Warning(string source, int? line, string message) => new(null, new InputDiagnostic(Severity.Warning, source, line, message));
}
