namespace Cronista.Storage;

/// <summary>How a deduplicated event reads for people (the CLI's timeline and the web UI say it the same way).</summary>
public static class EventClusterText
{
    private static readonly string[] ModalityOrder = ["asserted", "reported", "planned", "hypothetical", "question", "denied"];

    /// <summary>"asserted; reported by US officials; planned by Government of Russia; denied by Government of Russia".</summary>
    public static string ClaimSummary(StoredEventCluster c)
    {
        var parts = new List<string>();
        foreach (var m in ModalityOrder)
        {
            var claims = c.Claims.Where(x => x.Modality == m).ToList();
            var by = claims.Where(x => x.By is not null).Select(x => x.By!).Distinct().ToList();
            if (m == "denied") by = by.Concat(c.DeniedBy).Distinct().ToList();
            if (claims.Count == 0 && by.Count == 0) continue;
            parts.Add(by.Count == 0 ? m : $"{m} by {string.Join(", ", by)}");
        }
        if (c.Modalities.Contains("negated")) parts.Add("negated");
        if (c.DeniesCluster is { } d) parts.Add($"denies #{d}");
        return string.Join("; ", parts);
    }

    /// <summary>The claim that styles an event: denied when a mention or another report denies it, else the strongest
    /// claim its mentions make (asserted, then planned, reported, hypothetical, question).</summary>
    public static string MainModality(StoredEventCluster c)
    {
        if (c.DeniedBy.Count > 0 || c.Modalities.Contains("denied")) return "denied";
        foreach (var m in new[] { "asserted", "planned", "reported", "hypothetical", "question" })
            if (c.Modalities.Contains(m)) return m;
        return c.Modalities.FirstOrDefault(m => m != "negated") ?? "asserted";
    }
}
