using Cronista.Model;

namespace Cronista.Events;

/// <summary>The country an event participant stands for: what the store indexes, event deduplication keys on and story
/// clustering signs events with, so that country:RU, gov:RU and Putin (country RU) are one actor.</summary>
public static class ActorCountry
{
    /// <summary>The ISO code the extractor gave, else read from a country or government id (country:RU, gov:RU).</summary>
    public static string? Of(EventArgument? a) =>
        a is null ? null : a.Country?.ToUpperInvariant() ?? FromId(a.Id, "gov:") ?? FromId(a.Id);

    /// <summary>"RU" for <paramref name="prefix"/>RU, else null.</summary>
    public static string? FromId(string? id, string prefix = "country:") =>
        id is not null && id.Length == prefix.Length + 2 && id.StartsWith(prefix, StringComparison.Ordinal) ? id[prefix.Length..].ToUpperInvariant() : null;
}
