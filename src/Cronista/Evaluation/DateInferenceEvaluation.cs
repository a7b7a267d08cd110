using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Time;

namespace Cronista.Evaluation;

/// <summary>One confidence level of <see cref="DateInferenceEvaluation"/>: how many texts got it and how far their inferred
/// dates fell from the true ones.</summary>
public sealed record DateInferenceBucket(double Confidence, int Texts, int WithinWeek, int WithinMonth, int WithinYear, int MedianDays);

public sealed record DateInferenceResult(int Texts, int NoEstimate, IReadOnlyList<DateInferenceBucket> Buckets)
{
    public override string ToString()
    {
        var sb = new StringBuilder();
        sb.AppendLine($"texts {Texts}; no estimate (no explicit date) {NoEstimate}; minimum confidence kept {DocumentDateInference.MinConfidence:0.##}");
        sb.AppendLine("confidence   texts   |d|<=7 days   |d|<=31 days   |d|<=366 days   median d (inferred - true)");
        foreach (var b in Buckets)
            sb.AppendLine($"{b.Confidence,10:0.00}   {b.Texts,5}   {b.WithinWeek,11}   {b.WithinMonth,12}   {b.WithinYear,13}   {b.MedianDays,8}");
        foreach (var (label, kept) in new[] { ("below the minimum", false), ("kept", true) })
        {
            var part = Buckets.Where(b => b.Confidence >= DocumentDateInference.MinConfidence == kept).ToList();
            int n = part.Sum(b => b.Texts);
            if (n > 0)
                sb.AppendLine($"{label}: {n} texts, within a week {part.Sum(b => b.WithinWeek)} ({(double)part.Sum(b => b.WithinWeek) / n:P1}), " +
                              $"within a month {part.Sum(b => b.WithinMonth)} ({(double)part.Sum(b => b.WithinMonth) / n:P1})");
        }
        return sb.ToString();
    }
}

/// <summary>
/// How well <see cref="DocumentDateInference"/> dates a text from its words alone: every <c>*.txt</c> under a folder named
/// by its publication date (<c>…/YYYY-MM-DD/…</c>, the ML-Crisis layout) is read without that date, its estimate is
/// compared with the folder's date, and the results are grouped by the estimate's confidence.
/// </summary>
public static partial class DateInferenceEvaluation
{
    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}$")]
    private static partial Regex DateFolder();

    public static DateInferenceResult Run(string root)
    {
        var pipeline = DocumentPipeline.CreateBuilder().Remove<TimexStage>().Remove<Numbers.QuantityStage>().Remove<Entities.EntityStage>()
            .Remove<Events.EventStage>().Remove<SearchTermsStage>().Remove<FingerprintStage>().Build();
        var days = new Dictionary<double, List<int>>();
        int texts = 0, none = 0;
        foreach (var path in Directory.EnumerateFiles(root, "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var folder = Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
            if (!DateFolder().IsMatch(folder) || !DateOnly.TryParseExact(folder, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var truth)) continue;
            var doc = pipeline.Run(new RawDocument { Source = path, Text = File.ReadAllText(path) });
            if (TimexTagger.For(doc.Language) is not { } tagger) continue;
            texts++;
            if (DocumentDateInference.Infer(tagger, doc.Text, doc.Tokens) is not { } inferred) { none++; continue; }
            if (!days.TryGetValue(inferred.Confidence, out var list)) days[inferred.Confidence] = list = [];
            list.Add(inferred.Date.DayNumber - truth.DayNumber);
        }
        var buckets = days.OrderBy(kv => kv.Key).Select(kv =>
        {
            var d = kv.Value.Order().ToList();
            return new DateInferenceBucket(kv.Key, d.Count, d.Count(x => Math.Abs(x) <= 7), d.Count(x => Math.Abs(x) <= 31), d.Count(x => Math.Abs(x) <= 366), d[d.Count / 2]);
        }).ToList();
        return new DateInferenceResult(texts, none, buckets);
    }
}
