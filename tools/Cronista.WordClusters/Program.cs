using System.Diagnostics;
using System.Text;

// Word clusters for the NER tagger's features, induced from unlabelled text with the predictive exchange algorithm
// (Uszkoreit & Brants 2008; Martin, Liermann & Ney 1998): each word moves to the class that most increases the
// likelihood of the class bigram model P(w | v) = P(class(w) | v) · P(w | class(w)), i.e. maximises
// Σ_v,c N(v,c) log N(v,c) − Σ_c N(c) log N(c), where N(v,c) counts word v followed by a word of class c.
// Clusterings at several sizes (coarse to fine) are concatenated into one bit path per word: "bits TAB word TAB count".
//
// Usage: Cronista.WordClusters OUT.tsv [--min-count N] [--sizes 16,128,512] [--iterations N] INPUT...
// Inputs: CoNLL-style files (token = second-to-last column, blank line between sentences) or plain tokenized text
// (one sentence per line); directories are read recursively (*.txt, *.conllu, *.tsv). Tokens are lower-cased.

var inputs = new List<string>();
string? output = null;
int minCount = 3, iterations = 8;
int[] sizes = [16, 128, 512];
for (int i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--min-count": minCount = int.Parse(args[++i]); break;
        case "--iterations": iterations = int.Parse(args[++i]); break;
        case "--sizes": sizes = args[++i].Split(',').Select(int.Parse).ToArray(); break;
        default: if (output is null) output = args[i]; else inputs.Add(args[i]); break;
    }
}
if (output is null || inputs.Count == 0) { Console.Error.WriteLine("usage: Cronista.WordClusters OUT.tsv [--min-count N] [--sizes 16,128,512] [--iterations N] INPUT..."); return 2; }

var sw = Stopwatch.StartNew();
var sentences = new List<string[]>();
foreach (var path in inputs.SelectMany<string, string>(p => Directory.Exists(p)
             ? Directory.EnumerateFiles(p, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".txt") || f.EndsWith(".conllu") || f.EndsWith(".tsv")).Order()
             : [p]))
{
    bool conll = !path.EndsWith(".txt");
    var cur = new List<string>();
    foreach (var line in File.ReadLines(path, Encoding.UTF8))
    {
        if (conll)
        {
            if (line.Length == 0) { if (cur.Count > 0) sentences.Add(cur.ToArray()); cur.Clear(); continue; }
            var c = line.Split('\t');
            if (c.Length >= 2 && c[^2] != "-DOCSTART-") cur.Add(c[^2].ToLowerInvariant());
        }
        else
        {
            var w = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (w.Length > 1) sentences.Add(w.Select(x => x.ToLowerInvariant()).ToArray());
        }
    }
    if (cur.Count > 0) sentences.Add(cur.ToArray());
}
var counts = new Dictionary<string, int>(StringComparer.Ordinal);
foreach (var s in sentences) foreach (var w in s) counts[w] = counts.GetValueOrDefault(w) + 1;
// Vocabulary: id 0 = sentence start, 1 = rare words; then words by frequency.
var vocab = counts.Where(kv => kv.Value >= minCount).OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => kv.Key).ToList();
var id = new Dictionary<string, int>(StringComparer.Ordinal);
for (int i = 0; i < vocab.Count; i++) id[vocab[i]] = i + 2;
int V = vocab.Count + 2;
var bigrams = new Dictionary<long, int>();
var uni = new long[V];
long tokens = 0;
foreach (var s in sentences)
{
    int prev = 0;
    foreach (var w in s)
    {
        int cur = id.GetValueOrDefault(w, 1);
        bigrams[((long)cur << 32) | (uint)prev] = bigrams.GetValueOrDefault(((long)cur << 32) | (uint)prev) + 1;
        uni[cur]++;
        prev = cur;
        tokens++;
    }
}
Console.Error.WriteLine($"{sentences.Count:N0} sentences, {tokens:N0} tokens, {vocab.Count:N0} words with count >= {minCount}, {bigrams.Count:N0} distinct bigrams ({sw.Elapsed.TotalSeconds:F0} s)");
// Predecessors of each word (CSR): pred[predStart[w] .. predStart[w+1]) with counts.
var predStart = new int[V + 1];
foreach (var k in bigrams.Keys) predStart[(int)(k >> 32) + 1]++;
for (int i = 0; i < V; i++) predStart[i + 1] += predStart[i];
var pred = new int[bigrams.Count];
var predN = new int[bigrams.Count];
var fill = predStart[..V].ToArray();
foreach (var (k, n) in bigrams) { int w = (int)(k >> 32); pred[fill[w]] = (int)(uint)k; predN[fill[w]++] = n; }
bigrams = null;

const int Table = 1 << 16;
var xlogx = new double[Table];
for (int i = 1; i < Table; i++) xlogx[i] = i * Math.Log(i);
double F(long x) => x < Table ? xlogx[x] : x * Math.Log(x);

var paths = new StringBuilder[V];
for (int i = 0; i < V; i++) paths[i] = new StringBuilder();
foreach (int K in sizes)
{
    var cls = new int[V];
    for (int w = 0; w < V; w++) cls[w] = w % K; // frequent words start in classes of their own
    var nvc = new int[(long)V * K];
    var nc = new long[K];
    for (int w = 0; w < V; w++)
    {
        nc[cls[w]] += uni[w];
        for (int j = predStart[w]; j < predStart[w + 1]; j++) nvc[(long)pred[j] * K + cls[w]] += predN[j];
    }
    var delta = new double[K];
    for (int it = 1; it <= iterations; it++)
    {
        int moved = 0;
        for (int w = 2; w < V; w++)
        {
            int a = cls[w];
            for (int j = predStart[w]; j < predStart[w + 1]; j++) nvc[(long)pred[j] * K + a] -= predN[j];
            nc[a] -= uni[w];
            for (int b = 0; b < K; b++) delta[b] = F(nc[b]) - F(nc[b] + uni[w]);
            for (int j = predStart[w]; j < predStart[w + 1]; j++)
            {
                int n = predN[j];
                var row = nvc.AsSpan((int)((long)pred[j] * K), K); // V*K stays below 2^31 for the vocabularies used here
                double fn = F(n);
                for (int b = 0; b < K; b++)
                {
                    int x = row[b];
                    delta[b] += x == 0 ? fn : F(x + n) - F(x);
                }
            }
            int best = a;
            for (int b = 0; b < K; b++) if (delta[b] > delta[best] + 1e-9) best = b;
            if (best != a) moved++;
            cls[w] = best;
            for (int j = predStart[w]; j < predStart[w + 1]; j++) nvc[(long)pred[j] * K + best] += predN[j];
            nc[best] += uni[w];
        }
        Console.Error.WriteLine($"K={K} iteration {it}: {moved:N0} words moved ({sw.Elapsed.TotalSeconds:F0} s)");
        if (moved < V / 500) break;
    }
    int bits = (int)Math.Ceiling(Math.Log2(K));
    for (int w = 2; w < V; w++) paths[w].Append(Convert.ToString(cls[w], 2).PadLeft(bits, '0'));
}
using (var o = new StreamWriter(output, false, new UTF8Encoding(false)))
{
    o.Write($"# word clusters (predictive exchange, sizes {string.Join(',', sizes)}), {tokens} tokens, min count {minCount}\n");
    for (int w = 2; w < V; w++) o.Write($"{paths[w]}\t{vocab[w - 2]}\t{uni[w]}\n");
}
Console.Error.WriteLine($"wrote {output} in {sw.Elapsed.TotalSeconds:F0} s");
return 0;
