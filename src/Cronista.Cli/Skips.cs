using System.CommandLine;
using Cronista.Pipeline;

namespace Cronista.Cli;

/// <summary>
/// <c>--skip events,stories</c>: the analysis steps a run leaves out, for a faster ingest when only what the others give is
/// wanted (entities, times, quantities, search). <c>events</c>: no event extraction, so no event rows, deduplication or
/// timelines, and stories without event signatures; <c>stories</c>: no story clustering or refinement (documents get no
/// story; a later ingest does not go back to them).
/// </summary>
internal sealed record Skips(bool Events, bool Stories)
{
    public static readonly string[] Steps = ["events", "stories"];

    public static readonly Option<string[]> Option = new("--skip")
    {
        Description = "Leave out analysis steps for a faster run: events (no event extraction), stories (no story clustering); comma-separated or repeated",
        AllowMultipleArgumentsPerToken = true,
    };

    public static Skips None { get; } = new(false, false);

    public static Skips Parse(IEnumerable<string>? values)
    {
        var steps = (values ?? []).SelectMany(v => v.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .Select(v => v.ToLowerInvariant()).ToHashSet();
        if (steps.FirstOrDefault(s => !Steps.Contains(s)) is { } unknown)
            throw new UsageException($"--skip: unknown step '{unknown}' (steps: {string.Join(", ", Steps)})");
        return new Skips(steps.Contains("events"), steps.Contains("stories"));
    }

    /// <summary>The stages a run keeps: <paramref name="builder"/> (the standard ones by default) without those skipped.</summary>
    public DocumentPipeline Pipeline(PipelineBuilder? builder = null)
    {
        builder ??= DocumentPipeline.CreateBuilder();
        if (Events) builder.Remove<Events.EventStage>();
        return builder.Build();
    }

    public Stories.StoryClusteringOptions? StoryOptions(Stories.StoryClusteringOptions options) => Stories ? null : options;
}
