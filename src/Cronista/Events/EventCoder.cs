using System.Collections.Concurrent;
using System.Globalization;
using Cronista.Model;
using Cronista.Resources;
using Cronista.Text;

namespace Cronista.Events;

/// <summary>
/// A trained event coder. The extractor finds every event a sentence names; an event-data coding (PETRARCH/PLOVER style)
/// keeps the one or two main events of a sentence, in its annotators' type conventions. The coder decides, for each of
/// the extractor's events, which PLOVER type such a coding gives it, or <see cref="None"/> (not coded): multinomial
/// logistic regression over sparse features of the event (type, trigger words, arguments, claim) and of its sentence
/// (position, the other events, neighbouring words). Models are <c>Resources/Events/Coder/{lang}.tsv</c>, built by
/// <c>cronista train events</c> from coded records (see <c>Resources/Events/README.md</c>). The pipeline's own events are
/// not changed by it: it is applied where such a coding is asked for (<c>tag events</c>, <c>eval events</c>).
/// </summary>
public sealed class EventCoder
{
    public const string None = "NONE";
    /// <summary>The label "coded with the extractor's own type": one column that every type's examples train (whether an
    /// event is a sentence's main one does not depend much on its type), where a column per type learns it only from
    /// that type's few examples. Types stay labels of their own for the events a coding gives another type.</summary>
    public const string Same = "SAME";
    private static readonly ConcurrentDictionary<string, EventCoder?> Shipped = new(StringComparer.Ordinal);

    private readonly string[] _labels;
    private readonly Dictionary<string, float[]> _weights;

    private EventCoder(string[] labels, Dictionary<string, float[]> weights, IReadOnlyList<string>? trainedOn = null) =>
        (_labels, _weights, TrainedOn) = (labels, weights, trainedOn ?? []);

    /// <summary>SHA-256 (hex) of the files the model was trained on, from its <c># trained-on-sha256</c> header lines.</summary>
    public IReadOnlyList<string> TrainedOn { get; }

    // Decision (chosen by cross-validation on the Spanish records, docs/QUALITY.md "Events"): an event is coded, with its
    // most probable type, when P(NONE) < 0.5; a sentence's most likely event also when P(NONE) < 0.9.
    private const double DropAbove = 0.5, KeepBestBelow = 0.9;

    /// <summary>The labels: <see cref="None"/> first, then PLOVER types.</summary>
    public IReadOnlyList<string> Labels => _labels;

    /// <summary>The shipped coder of a language, or null when there is none.</summary>
    public static EventCoder? For(string lang) => Shipped.GetOrAdd(lang, static l =>
    {
        using var s = LanguageResources.Open($"Events/Coder/{l}.tsv");
        if (s is null) return null;
        using var r = new StreamReader(s);
        return Load(r, $"Events/Coder/{l}.tsv");
    });

    public readonly record struct Decision(Event Event, string Label, double Probability)
    {
        /// <summary>The CAMEO code of the coded type: the event's own when the coder kept its type, else the type's code.</summary>
        public string Cameo => Label == Event.Type ? Event.Cameo : EventOntology.Cameo(Label, null);
    }

    /// <summary>The events of <paramref name="doc"/> a coding keeps, in document order, each with its coded type.</summary>
    public List<Decision> Code(Document doc)
    {
        var result = new List<Decision>();
        var features = new List<string>();
        var p = new double[_labels.Length];
        var scored = new List<(int Index, int Label, double None, double P)>();
        for (int i = 0; i < doc.Events.Count; i++)
        {
            features.Clear();
            Features(doc, i, features);
            Probabilities(features, p);
            int best = 1;
            for (int k = 2; k < p.Length; k++) if (p[k] > p[best]) best = k;
            scored.Add((i, best, p[0], p[best]));
        }
        // Per sentence: every event likely coded, and the most likely one when it is not unlikely.
        foreach (var sentence in scored.GroupBy(x => doc.Events[x.Index].Sentence))
        {
            var top = sentence.MinBy(x => x.None);
            foreach (var x in sentence)
                if (x.None < DropAbove || (x.Index == top.Index && x.None < KeepBestBelow))
                    result.Add(new Decision(doc.Events[x.Index], _labels[x.Label] == Same ? doc.Events[x.Index].Type : _labels[x.Label], x.P));
        }
        result.Sort((a, b) => a.Event.Start.CompareTo(b.Event.Start));
        return result;
    }

    /// <summary>Softmax over the labels for one feature set.</summary>
    public void Probabilities(List<string> features, double[] p)
    {
        Array.Clear(p);
        foreach (var f in features)
            if (_weights.TryGetValue(f, out var w))
                for (int k = 0; k < p.Length; k++) p[k] += w[k];
        Softmax(p);
    }

    private static void Softmax(double[] p)
    {
        double max = p.Max(), sum = 0;
        for (int k = 0; k < p.Length; k++) sum += p[k] = Math.Exp(p[k] - max);
        for (int k = 0; k < p.Length; k++) p[k] /= sum;
    }

    // ---------------------------------------------------------------- features

    /// <summary>The features of event <paramref name="index"/> of <paramref name="doc"/> (strings; language-independent templates).</summary>
    public static void Features(Document doc, int index, List<string> f)
    {
        var e = doc.Events[index];
        string type = e.Type;
        var trigger = Words(doc, e.Start, e.End);
        string head = trigger.Count > 0 ? trigger[0] : "";
        string w = string.Join('_', trigger);
        f.Add("b");
        f.Add("t=" + type);
        if (e.Mode is { } mode) f.Add("tm=" + type + "/" + mode);
        f.Add("w=" + w);
        f.Add("w=" + w + "|t=" + type);
        f.Add("h=" + head);
        f.Add("h4=" + Prefix(head, 4));
        f.Add("len=" + Math.Min(trigger.Count, 3).ToString(CultureInfo.InvariantCulture));

        string src = Kind(e.Source), tgt = Kind(e.Target);
        f.Add("src=" + src);
        f.Add("tgt=" + tgt);
        f.Add("args=" + src + tgt + "|t=" + type);
        if (e.Location is not null) f.Add("loc");
        if (e.Embedded) f.Add("emb");
        if (e.Negated) f.Add("neg");
        if (e.Denies is not null) f.Add("denies");
        if (e.AttributedTo is not null) f.Add("att");
        f.Add("mod=" + e.Modality);
        if (e.Date is { FromDocumentDate: false }) f.Add("dated");
        if (e.Quantity is not null) f.Add("qty");
        f.Add("conf=" + ((int)(e.Confidence * 10)).ToString(CultureInfo.InvariantCulture));

        // The sentence: where the event stands among the others. (The other events' types, the argument words and wider
        // word windows were tried as features and lost under cross-validation.)
        int rank = 0, count = 0, sameType = 0;
        var starts = new HashSet<int>();
        foreach (var o in doc.Events)
        {
            if (o.Sentence != e.Sentence) continue;
            if (starts.Add(o.Start))
            {
                count++;
                if (o.Start < e.Start) rank++;
            }
            if (ReferenceEquals(o, e)) continue;
            if (o.Type == type) sameType++;
        }
        string r = Math.Min(rank, 3).ToString(CultureInfo.InvariantCulture), n = Math.Min(count, 4).ToString(CultureInfo.InvariantCulture);
        f.Add("rank=" + r);
        f.Add("n=" + n);
        f.Add("rank=" + r + "|n=" + n);
        if (rank + 1 == count) f.Add("last");
        if (sameType > 0) f.Add("same");

        if (e.Sentence >= 0 && e.Sentence < doc.Sentences.Count)
        {
            var sentence = doc.Sentences[e.Sentence];
            double at = sentence.End > sentence.Start ? (double)(e.Start - sentence.Start) / (sentence.End - sentence.Start) : 0;
            f.Add("at=" + ((int)(at * 5)).ToString(CultureInfo.InvariantCulture));
            int t = EventExtractor.TokenAt(doc.Tokens, e.Start), end = EventExtractor.TokenAt(doc.Tokens, e.End);
            int from = sentence.FirstToken, to = sentence.FirstToken + sentence.TokenCount;
            f.Add("p1=" + Word(doc, t - 1, from, to));
            f.Add("n1=" + Word(doc, end, from, to));
            f.Add("p1=" + Word(doc, t - 1, from, to) + "|h=" + head);
            // Clause context: commas before the trigger, the nearest stop word before it (a subordinator, preposition or
            // article), whether the trigger is capitalised (a title, a name).
            int commas = 0;
            for (int i = from; i < t; i++) if (doc.Tokens[i].Kind == TokenKind.Punctuation && doc.Text[doc.Tokens[i].Start] == ',') commas++;
            f.Add("commas=" + Math.Min(commas, 3).ToString(CultureInfo.InvariantCulture));
            var stop = StopWords.For(doc.Language);
            for (int i = t - 1; i >= Math.Max(from, t - 5); i--)
            {
                var tok = doc.Tokens[i];
                if (tok.Kind == TokenKind.Punctuation) { f.Add("sw=" + doc.Text[tok.Start]); break; }
                if (tok.Kind == TokenKind.Word && stop.Contains(doc.TokenText(tok).ToString().ToLowerInvariant())) { f.Add("sw=" + Folding.Fold(doc.TokenText(tok).ToString())); break; }
            }
            if (t < to && char.IsUpper(doc.Text[doc.Tokens[t].Start])) f.Add("cap");
        }
    }

    private static string Kind(EventArgument? a) => a is null ? "0" : a.Id is not null ? "E" : "D";

    private static string Prefix(string s, int n) => s.Length <= n ? s : s[..n];

    /// <summary>Folded, lower-case word and number tokens of a character range.</summary>
    private static List<string> Words(Document doc, int start, int end)
    {
        var words = new List<string>();
        for (int t = EventExtractor.TokenAt(doc.Tokens, start); t < doc.Tokens.Count && doc.Tokens[t].Start < end; t++)
            if (doc.Tokens[t].Kind is TokenKind.Word or TokenKind.Number) words.Add(Folding.Fold(doc.TokenText(doc.Tokens[t]).ToString()));
        return words;
    }

    /// <summary>Token <paramref name="t"/> as a feature value: folded word, punctuation itself, "^"/"$" outside the sentence.</summary>
    private static string Word(Document doc, int t, int from, int to) =>
        t < from ? "^" : t >= to ? "$" : Folding.Fold(doc.TokenText(doc.Tokens[t]).ToString());

    // ---------------------------------------------------------------- training

    /// <summary>
    /// Trains a coder: multinomial logistic regression by AdaGrad with L2, <paramref name="epochs"/> shuffled passes
    /// (fixed seed: the same examples give the same model). <paramref name="labels"/> lists the PLOVER types it may output;
    /// an example whose label is not among them is <see cref="None"/>.
    /// </summary>
    public static EventCoder Train(IReadOnlyList<(List<string> Features, string Label)> examples, IEnumerable<string> labels,
        int epochs = 15, double rate = 0.05, double l2 = 0.01, int seed = 1)
    {
        var labelList = new List<string> { None };
        if (examples.Any(x => x.Label == Same)) labelList.Add(Same);
        labelList.AddRange(labels.Where(l => l != None && l != Same).Distinct().Order(StringComparer.Ordinal));
        var labelIndex = labelList.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i, StringComparer.Ordinal);
        int k = labelList.Count;
        var featureIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var data = examples.Select(x => (Features: x.Features.Select(f => featureIndex.TryGetValue(f, out int i) ? i : featureIndex[f] = featureIndex.Count).Distinct().ToArray(),
            Label: labelIndex.GetValueOrDefault(x.Label))).ToArray();
        var w = new double[featureIndex.Count * k];
        var g2 = new double[w.Length];
        var p = new double[k];
        var rng = new Random(seed);
        var order = Enumerable.Range(0, data.Length).ToArray();
        for (int epoch = 0; epoch < epochs; epoch++)
        {
            rng.Shuffle(order);
            foreach (int i in order)
            {
                var (fs, y) = data[i];
                Array.Clear(p);
                foreach (int f in fs) for (int c = 0; c < k; c++) p[c] += w[f * k + c];
                Softmax(p);
                foreach (int f in fs)
                    for (int c = 0; c < k; c++)
                    {
                        int j = f * k + c;
                        double grad = p[c] - (c == y ? 1 : 0) + l2 * w[j];
                        g2[j] += grad * grad;
                        w[j] -= rate * grad / Math.Sqrt(g2[j] + 1e-8);
                    }
            }
        }

        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (name, f) in featureIndex)
        {
            var row = new float[k];
            bool any = false;
            for (int c = 0; c < k; c++) { row[c] = (float)Math.Round(w[f * k + c], 4); any |= row[c] != 0; }
            if (any) weights[name] = row;
        }
        return new EventCoder(labelList.ToArray(), weights);
    }

    // ---------------------------------------------------------------- file format

    /// <summary>
    /// Writes the model as text: '#' comment lines (<paramref name="header"/>), a <c>labels</c> line, then one line per
    /// feature: the feature, a tab, and its weights per label separated by spaces (0 written as "0").
    /// </summary>
    public void Save(TextWriter w, IEnumerable<string> header)
    {
        foreach (var h in header) w.WriteLine("# " + h);
        w.WriteLine("labels\t" + string.Join('\t', _labels));
        foreach (var (name, row) in _weights.OrderBy(x => x.Key, StringComparer.Ordinal))
            w.WriteLine(name + "\t" + string.Join(' ', row.Select(x => x == 0 ? "0" : x.ToString("R", CultureInfo.InvariantCulture))));
    }

    /// <summary>Reads <see cref="Save"/>'s format; a malformed line throws <see cref="FormatException"/> naming <paramref name="name"/> and the line.</summary>
    public static EventCoder Load(TextReader r, string name)
    {
        string[]? labels = null;
        var weights = new Dictionary<string, float[]>(StringComparer.Ordinal);
        var trainedOn = new List<string>();
        int n = 0;
        while (r.ReadLine() is { } line)
        {
            n++;
            if (line.StartsWith("# trained-on-sha256 ", StringComparison.Ordinal)) trainedOn.Add(line.Split(' ')[2]);
            if (line.Length == 0 || line[0] == '#') continue;
            int tab = line.IndexOf('\t');
            if (tab <= 0) throw new FormatException($"{name}:{n}: expected a name, a tab and values");
            if (labels is null)
            {
                if (line[..tab] != "labels") throw new FormatException($"{name}:{n}: the first line must list the labels");
                labels = line[(tab + 1)..].Split('\t');
                if (labels.Length < 2 || labels[0] != None) throw new FormatException($"{name}:{n}: labels must start with {None}");
                continue;
            }
            var values = line[(tab + 1)..].Split(' ');
            if (values.Length != labels.Length) throw new FormatException($"{name}:{n}: {values.Length} weights for {labels.Length} labels");
            var row = new float[values.Length];
            for (int c = 0; c < row.Length; c++)
                if (!float.TryParse(values[c], NumberStyles.Float, CultureInfo.InvariantCulture, out row[c])) throw new FormatException($"{name}:{n}: '{values[c]}' is not a number");
            weights[line[..tab]] = row;
        }
        if (labels is null) throw new FormatException($"{name}: no labels line");
        foreach (var l in labels.Skip(1))
            if (l != Same && !EventOntology.IsType(l)) throw new FormatException($"{name}: label {l} is not a PLOVER type of the ontology");
        return new EventCoder(labels, weights, trainedOn);
    }
}
