using System.Text;
using System.Text.Json;
using Cronista.Model;

namespace Cronista.Cli.Bench;

/// <summary>
/// Builds a large synthetic corpus from real articles. Each new article is a real one with 30–60% of its sentences
/// swapped for sentences of other articles from the same folder (same language and topic in ML-Crisis), so texts stay
/// natural (real vocabulary and word frequencies) while being distinct stories for dedup. A share are near-duplicates
/// of a recent article (1–3% of words dropped, as a lightly edited wire copy) or exact copies. Deterministic for a seed.
/// </summary>
public sealed class CorpusGenerator(IReadOnlyList<RawDocument> bases, int seed = 42)
{
    public double NearDuplicateShare { get; init; } = 0.05;
    public double ExactCopyShare { get; init; } = 0.02;

    /// <summary>The copies generated so far: id → (true for an exact copy, false for a near-duplicate; the id copied).</summary>
    public Dictionary<string, (bool Exact, string Of)> Planted { get; } = new();

    public IEnumerable<RawDocument> Generate(int count)
    {
        if (bases.Count == 0) throw new ArgumentException("no base documents");
        var rng = new Random(seed);
        var sentences = bases.Select(b => SplitSentences(b.Text)).ToArray();
        var groups = Enumerable.Range(0, bases.Count).GroupBy(i => GroupOf(bases[i].Source)).ToDictionary(g => g.Key, g => g.ToArray());
        var recent = new List<RawDocument>();
        for (int i = 0; i < count; i++)
        {
            RawDocument doc;
            double roll = rng.NextDouble();
            if (recent.Count > 0 && roll < ExactCopyShare)
            {
                var src = recent[rng.Next(recent.Count)];
                doc = src with { Id = $"gen-{i}", Source = $"generated/{i}" };
                Planted[doc.Id!] = (true, src.Id!);
            }
            else if (recent.Count > 0 && roll < ExactCopyShare + NearDuplicateShare)
            {
                var src = recent[rng.Next(recent.Count)];
                doc = src with { Id = $"gen-{i}", Source = $"generated/{i}", Text = DropWords(src.Text, 0.01 + 0.02 * rng.NextDouble(), rng) };
                Planted[doc.Id!] = (false, src.Id!);
            }
            else
            {
                int b = i % bases.Count;
                var peers = groups[GroupOf(bases[b].Source)];
                double swap = 0.3 + 0.3 * rng.NextDouble();
                var text = string.Join("\n", sentences[b].Select(sent =>
                {
                    if (rng.NextDouble() >= swap) return sent;
                    var other = sentences[peers[rng.Next(peers.Length)]];
                    return other.Length == 0 ? sent : other[rng.Next(other.Length)];
                }));
                doc = bases[b] with
                {
                    Id = $"gen-{i}", Source = $"generated/{i}", Text = text,
                    Published = (bases[b].Published ?? new DateOnly(2024, 1, 1)).AddDays(rng.Next(-30, 30)),
                };
            }
            recent.Add(doc);
            if (recent.Count > 200) recent.RemoveAt(0);
            yield return doc;
        }
    }

    private static string GroupOf(string source) => Path.GetDirectoryName(Path.GetDirectoryName(source)) ?? "";

    /// <summary>Lines when the text has them (ML-Crisis: one sentence per line), else ". "-separated pieces.</summary>
    private static string[] SplitSentences(string text)
    {
        var lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return lines.Length > 3 ? lines : text.Split(". ", StringSplitOptions.RemoveEmptyEntries).Select(s => s.TrimEnd('.') + ".").ToArray();
    }

    private static string DropWords(string text, double rate, Random rng) =>
        string.Join(' ', text.Split(' ').Where(_ => rng.NextDouble() >= rate));

    /// <summary>Writes documents as JSONL in the format the JSONL reader reads.</summary>
    public static long WriteJsonl(IEnumerable<RawDocument> docs, string path)
    {
        using var fs = File.Create(path);
        using var w = new Utf8JsonWriter(fs);
        long n = 0;
        foreach (var d in docs)
        {
            w.WriteStartObject();
            w.WriteString("id", d.Id);
            if (d.Title is not null) w.WriteString("title", d.Title);
            w.WriteString("text", d.Text);
            if (d.Published is { } p) w.WriteString("published", p.ToString("yyyy-MM-dd"));
            if (d.Language is not null) w.WriteString("language", d.Language);
            w.WriteEndObject();
            w.Flush();
            fs.WriteByte((byte)'\n');
            w.Reset();
            n++;
        }
        return n;
    }
}
