using System.Globalization;
using System.Text;

namespace Cronista.Evaluation;

/// <summary>How a file writes entity tags: IOB2 (B-X starts an entity), IO with "I-X" tags, or IO with bare types ("PER").</summary>
public enum NerTagScheme { Iob2, IoPrefixed, IoBare }

/// <summary>One sentence of a CoNLL-style token file: its tokens, tags and original lines (rewritten with new tags on output).</summary>
public sealed class ConllSentence
{
    public required string[] Tokens { get; init; }
    public required string[] Tags { get; set; }
    /// <summary>The columns of each line as read (the last is replaced on output).</summary>
    public required string[][] Columns { get; init; }
    /// <summary>A "-DOCSTART-" sentence: a document boundary, not text (never tagged or scored).</summary>
    public bool IsDocStart => Tokens.Length == 1 && Tokens[0] == "-DOCSTART-";
}

/// <summary>
/// A CoNLL-style NER file: <c>idx TAB token TAB tag</c> or <c>token TAB tag</c> per line (the token is the second-to-last
/// column, the tag the last), sentences separated by blank lines.
/// </summary>
public sealed class ConllFile
{
    public List<ConllSentence> Sentences { get; } = new();
    public NerTagScheme Scheme { get; private set; } = NerTagScheme.Iob2;

    public static ConllFile Read(string path)
    {
        using var r = new StreamReader(path, Encoding.UTF8);
        return Read(r);
    }

    public static ConllFile Read(TextReader reader)
    {
        var file = new ConllFile();
        var cols = new List<string[]>();
        void Flush()
        {
            if (cols.Count == 0) return;
            file.Sentences.Add(new ConllSentence
            {
                Tokens = cols.Select(c => c[^2]).ToArray(),
                Tags = cols.Select(c => c[^1]).ToArray(),
                Columns = cols.ToArray(),
            });
            cols.Clear();
        }
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line.AsSpan().IsWhiteSpace()) { Flush(); continue; }
            var c = line.Split('\t');
            if (c.Length < 2) c = [c[0], "O"]; // a bare token line: untagged
            cols.Add(c);
        }
        Flush();
        file.Scheme = DetectScheme(file.Sentences.SelectMany(s => s.Tags));
        return file;
    }

    public static NerTagScheme DetectScheme(IEnumerable<string> tags)
    {
        bool prefixed = false;
        foreach (var t in tags)
        {
            if (t.StartsWith("B-", StringComparison.Ordinal)) return NerTagScheme.Iob2;
            if (t.StartsWith("I-", StringComparison.Ordinal)) prefixed = true;
        }
        // A file of only "O" (or only bare types) has nothing to say about prefixes; bare types only when seen.
        return prefixed ? NerTagScheme.IoPrefixed : tags.Any(t => t != "O") ? NerTagScheme.IoBare : NerTagScheme.Iob2;
    }

    /// <summary>Writes the file back, each line with its last column replaced by <paramref name="predicted"/>'s tag (same sentence/token order).</summary>
    public void Write(TextWriter w, IReadOnlyList<string[]> predicted)
    {
        for (int s = 0; s < Sentences.Count; s++)
        {
            var sent = Sentences[s];
            for (int i = 0; i < sent.Tokens.Length; i++)
            {
                var c = sent.Columns[i];
                for (int k = 0; k < c.Length - 1; k++) { w.Write(c[k]); w.Write('\t'); }
                w.Write(predicted[s][i]);
                w.Write('\n');
            }
            w.Write('\n');
        }
    }

    /// <summary>Tags in IOB2 (converting IO runs: the first token of a run of one type becomes B-).</summary>
    public static string[] ToIob2(string[] tags)
    {
        var o = new string[tags.Length];
        string prev = "O";
        for (int i = 0; i < tags.Length; i++)
        {
            var type = NerScore.TypeOf(tags[i]);
            if (type is null) { o[i] = "O"; prev = "O"; continue; }
            bool begin = tags[i].StartsWith("B-", StringComparison.Ordinal) || prev != type;
            o[i] = (begin ? "B-" : "I-") + type;
            prev = type;
        }
        return o;
    }

    /// <summary>IOB2 tags rewritten in <paramref name="scheme"/>.</summary>
    public static string[] FromIob2(string[] iob2, NerTagScheme scheme) => scheme switch
    {
        NerTagScheme.Iob2 => iob2,
        NerTagScheme.IoPrefixed => iob2.Select(t => t == "O" ? t : "I-" + t[2..]).ToArray(),
        _ => iob2.Select(t => t == "O" ? t : t[2..]).ToArray(),
    };
}

/// <summary>An entity chunk: tokens [Start, End) of one sentence, and its type.</summary>
public readonly record struct NerChunk(int Start, int End, string Type);

/// <summary>Entity-level precision/recall/F1 per type and overall, with the conlleval rules: an entity counts only when both boundaries and type match.</summary>
public sealed class NerScore
{
    public sealed class Counts
    {
        public int Gold, Predicted, Correct;
        public double Precision => Predicted == 0 ? 0 : (double)Correct / Predicted;
        public double Recall => Gold == 0 ? 0 : (double)Correct / Gold;
        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
    }

    public SortedDictionary<string, Counts> Types { get; } = new(StringComparer.Ordinal);
    public Counts Overall { get; } = new();
    public int Tokens { get; private set; }
    public int CorrectTokens { get; private set; }

    /// <summary>The type of a tag ("B-PER" → "PER", "PER" → "PER"), null for O.</summary>
    public static string? TypeOf(string tag) =>
        tag == "O" || tag.Length == 0 ? null : tag.Length > 2 && tag[1] == '-' && tag[0] is 'B' or 'I' or 'E' or 'S' ? tag[2..] : tag;

    /// <summary>
    /// Chunks of a tag sequence. IOB2 (conlleval): an entity starts at B-X, or at I-X after O or another type, and runs
    /// while I-X follows. IO: a maximal run of one type.
    /// </summary>
    public static List<NerChunk> Chunks(IReadOnlyList<string> tags, NerTagScheme scheme)
    {
        var list = new List<NerChunk>();
        int start = -1;
        string? cur = null;
        for (int i = 0; i <= tags.Count; i++)
        {
            string? type = i < tags.Count ? TypeOf(tags[i]) : null;
            bool begin = type is not null && (type != cur || (scheme == NerTagScheme.Iob2 && tags[i].StartsWith("B-", StringComparison.Ordinal)));
            if (cur is not null && (type != cur || begin)) { list.Add(new NerChunk(start, i, cur)); cur = null; }
            if (begin) { start = i; cur = type; }
        }
        return list;
    }

    public void Add(IReadOnlyList<string> gold, IReadOnlyList<string> predicted, NerTagScheme scheme)
    {
        if (gold.Count != predicted.Count) throw new ArgumentException("gold and predicted sentences differ in length");
        for (int i = 0; i < gold.Count; i++) { Tokens++; if (gold[i] == predicted[i]) CorrectTokens++; }
        var g = Chunks(gold, scheme);
        var p = Chunks(predicted, scheme);
        var gs = new HashSet<NerChunk>(g);
        foreach (var c in g) { Overall.Gold++; Type(c.Type).Gold++; }
        foreach (var c in p)
        {
            Overall.Predicted++; Type(c.Type).Predicted++;
            if (gs.Contains(c)) { Overall.Correct++; Type(c.Type).Correct++; }
        }
    }

    private Counts Type(string t) => Types.TryGetValue(t, out var c) ? c : Types[t] = new Counts();

    /// <summary>Scores two files with the same sentences and tokens (gold first).</summary>
    public static NerScore Compare(ConllFile gold, ConllFile predicted)
    {
        if (gold.Sentences.Count != predicted.Sentences.Count)
            throw new InvalidOperationException($"the files have {gold.Sentences.Count} and {predicted.Sentences.Count} sentences");
        var score = new NerScore();
        for (int s = 0; s < gold.Sentences.Count; s++)
        {
            if (gold.Sentences[s].IsDocStart) continue;
            score.Add(gold.Sentences[s].Tags, predicted.Sentences[s].Tags, gold.Scheme);
        }
        return score;
    }

    /// <summary>A conlleval-like Markdown table.</summary>
    public override string ToString()
    {
        var inv = CultureInfo.InvariantCulture;
        var sb = new StringBuilder();
        sb.AppendLine(inv, $"tokens: {Tokens}, token accuracy: {(Tokens == 0 ? 0 : (double)CorrectTokens / Tokens):P2}");
        sb.AppendLine("| type | gold | predicted | correct | precision | recall | F1 |");
        sb.AppendLine("|---|---:|---:|---:|---:|---:|---:|");
        void Row(string name, Counts c) =>
            sb.AppendLine(inv, $"| {name} | {c.Gold} | {c.Predicted} | {c.Correct} | {c.Precision:F4} | {c.Recall:F4} | {c.F1:F4} |");
        foreach (var (t, c) in Types) Row(t, c);
        Row("**all**", Overall);
        return sb.ToString();
    }
}
