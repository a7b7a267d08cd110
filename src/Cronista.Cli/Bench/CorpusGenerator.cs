using System.Text;
using System.Text.Json;
using Cronista.Model;

namespace Cronista.Cli.Bench;

/// <summary>
/// Builds a large synthetic corpus from real articles: each output article is a base article with a share of its words
/// replaced by words drawn from the whole base vocabulary (so copies are distinct stories for dedup), plus a few
/// deliberate near-duplicates (1–3% of words changed) and exact copies, as syndicated news has. Deterministic for a seed.
/// </summary>
public sealed class CorpusGenerator(IReadOnlyList<RawDocument> bases, int seed = 42)
{
    public double NearDuplicateShare { get; init; } = 0.05;
    public double ExactCopyShare { get; init; } = 0.02;

    public IEnumerable<RawDocument> Generate(int count)
    {
        if (bases.Count == 0) throw new ArgumentException("no base documents");
        var rng = new Random(seed);
        var vocab = bases.SelectMany(b => b.Text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Distinct().ToArray();
        var recent = new List<RawDocument>();
        for (int i = 0; i < count; i++)
        {
            RawDocument doc;
            double roll = rng.NextDouble();
            if (recent.Count > 0 && roll < ExactCopyShare)
            {
                var src = recent[rng.Next(recent.Count)];
                doc = src with { Id = $"gen-{i}", Source = $"generated/{i}" };
            }
            else if (recent.Count > 0 && roll < ExactCopyShare + NearDuplicateShare)
            {
                var src = recent[rng.Next(recent.Count)];
                doc = src with { Id = $"gen-{i}", Source = $"generated/{i}", Text = Perturb(src.Text, 0.01 + 0.02 * rng.NextDouble(), vocab, rng) };
            }
            else
            {
                var b = bases[i % bases.Count];
                doc = b with
                {
                    Id = $"gen-{i}", Source = $"generated/{i}",
                    Title = b.Title is null ? null : Perturb(b.Title, 0.3, vocab, rng),
                    Text = Perturb(b.Text, 0.25 + 0.2 * rng.NextDouble(), vocab, rng),
                    Published = (b.Published ?? new DateOnly(2024, 1, 1)).AddDays(rng.Next(-30, 30)),
                };
            }
            recent.Add(doc);
            if (recent.Count > 200) recent.RemoveAt(0);
            yield return doc;
        }
    }

    private static string Perturb(string text, double rate, string[] vocab, Random rng)
    {
        var sb = new StringBuilder(text.Length + 16);
        int i = 0;
        while (i < text.Length)
        {
            int j = i;
            while (j < text.Length && text[j] != ' ' && text[j] != '\n') j++;
            if (j > i)
            {
                if (rng.NextDouble() < rate) sb.Append(vocab[rng.Next(vocab.Length)]);
                else sb.Append(text, i, j - i);
            }
            if (j < text.Length) sb.Append(text[j]);
            i = j + 1;
        }
        return sb.ToString();
    }

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
