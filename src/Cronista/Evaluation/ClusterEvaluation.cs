using System.Xml;
using Cronista.Model;
using Cronista.Pipeline;
using Cronista.Stories;

namespace Cronista.Evaluation;

/// <summary>B-cubed precision, recall and F1 of a predicted clustering against a gold one, and the cluster counts.</summary>
public sealed record BCubedResult(double Precision, double Recall, double F1, int Items, int PredictedClusters, int GoldClusters);

public static class BCubed
{
    /// <summary>
    /// B-cubed over items present in both maps (item → cluster label): for each item, precision is the share of its predicted
    /// cluster that shares its gold cluster, recall the share of its gold cluster that shares its predicted cluster; both are
    /// averaged over items, F1 is their harmonic mean.
    /// </summary>
    public static BCubedResult Score<TItem>(IReadOnlyDictionary<TItem, string> predicted, IReadOnlyDictionary<TItem, string> gold) where TItem : notnull
    {
        var items = gold.Keys.Where(predicted.ContainsKey).ToList();
        if (items.Count == 0) return new BCubedResult(0, 0, 0, 0, 0, 0);
        var pairCount = new Dictionary<(string P, string G), int>();
        var predSize = new Dictionary<string, int>();
        var goldSize = new Dictionary<string, int>();
        foreach (var i in items)
        {
            var (p, g) = (predicted[i], gold[i]);
            pairCount[(p, g)] = pairCount.GetValueOrDefault((p, g)) + 1;
            predSize[p] = predSize.GetValueOrDefault(p) + 1;
            goldSize[g] = goldSize.GetValueOrDefault(g) + 1;
        }
        double precision = 0, recall = 0;
        foreach (var i in items)
        {
            var (p, g) = (predicted[i], gold[i]);
            double both = pairCount[(p, g)];
            precision += both / predSize[p];
            recall += both / goldSize[g];
        }
        precision /= items.Count;
        recall /= items.Count;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new BCubedResult(precision, recall, f1, items.Count, predSize.Count, goldSize.Count);
    }
}

/// <summary>One ECB+ file as a document: its name, gold cluster (topic + ecb/ecbplus) and text (its tokens joined).</summary>
public sealed record EcbDocument(string Name, string Topic, string Gold, string Text);

/// <summary>
/// Story clustering on ECB+ (<c>&lt;topic&gt;/&lt;t&gt;_&lt;n&gt;ecb.xml</c> and <c>…ecbplus.xml</c>, CAT XML tokens): each file
/// is a document (English, no date); the gold cluster of a file is its topic and whether it is an ECB or an ECB+ file (two
/// different real-world events of the same kind per topic). All files are clustered in one stream, sorted by file name.
/// </summary>
public static class EcbClusterEvaluation
{
    public static List<EcbDocument> Read(string dir)
    {
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"{dir}: no such directory");
        var files = Directory.EnumerateFiles(dir, "*.xml", SearchOption.AllDirectories)
            .Where(f => Path.GetFileName(f).EndsWith("ecb.xml", StringComparison.Ordinal) || Path.GetFileName(f).EndsWith("ecbplus.xml", StringComparison.Ordinal))
            .OrderBy(f => Path.GetFileName(f), StringComparer.Ordinal).ToList();
        return files.Select(ReadFile).ToList();
    }

    public static EcbDocument ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        int us = name.IndexOf('_');
        string topic = us > 0 ? name[..us] : Path.GetFileName(Path.GetDirectoryName(path)) ?? "";
        string gold = topic + (name.EndsWith("ecbplus.xml", StringComparison.Ordinal) ? "+" : "");
        var sb = new System.Text.StringBuilder();
        string? sentence = null;
        using var reader = XmlReader.Create(path, new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        reader.Read();
        while (!reader.EOF)
        {
            if (reader.NodeType != XmlNodeType.Element || reader.Name != "token") { reader.Read(); continue; }
            var s = reader.GetAttribute("sentence");
            var word = reader.ReadElementContentAsString(); // moves past the element
            if (sentence is not null && s != sentence) sb.Append('\n');
            else if (sb.Length > 0) sb.Append(' ');
            sentence = s;
            sb.Append(word);
        }
        return new EcbDocument(name, topic, gold, sb.ToString());
    }

    /// <summary>Analyses the documents (in parallel) and clusters them in one stream in the given order, then (with
    /// <paramref name="refine"/>) refines the stories as an ingest ends; returns file → story id.</summary>
    public static Dictionary<string, string> Cluster(IReadOnlyList<EcbDocument> docs, StoryClusteringOptions? options = null, DocumentPipeline? pipeline = null, bool refine = false) =>
        Cluster(docs.Select(d => d.Name).ToList(), Analyse(docs, options, pipeline), options ?? StoryClusteringOptions.Default, refine);

    /// <summary>Clusters documents' signals in one stream in the given order; with <paramref name="refine"/>, then
    /// <see cref="StoryRefinement.Refine"/> with the stream's final statistics, each document's features of the stream
    /// weighed again (<see cref="StoryFeatures.Reweigh"/>), as <c>ingest</c> does at its end. Name → story id.</summary>
    public static Dictionary<string, string> Cluster(IReadOnlyList<string> names, IReadOnlyList<DocumentSignals> signals, StoryClusteringOptions o, bool refine)
    {
        var clusterer = new OnlineClusterer(o);
        var predicted = new Dictionary<string, string>();
        var online = new StoryFeatures[names.Count];
        for (int i = 0; i < names.Count; i++) predicted[names[i]] = clusterer.Add(online[i] = StoryFeatures.Weigh(signals[i], clusterer.Stats, o)).StoryId;
        if (!refine) return predicted;
        // As the ingest refines: the features weighed during the stream, weighed again with the final statistics.
        var weighed = online.Select(f => StoryFeatures.Reweigh(f, clusterer.Stats, o)).ToArray();
        var stories = Enumerable.Range(0, names.Count).GroupBy(i => predicted[names[i]]).Select(g => (IReadOnlyList<int>)g.ToList());
        foreach (var group in StoryRefinement.Refine(weighed, stories, o))
            foreach (var i in group) predicted[names[i]] = "r" + group[0];
        return predicted;
    }

    public static DocumentSignals[] Analyse(IReadOnlyList<EcbDocument> docs, StoryClusteringOptions? options = null, DocumentPipeline? pipeline = null) =>
        AnalyseDocuments(docs, pipeline).Select(d => StoryFeatures.Extract(d, options)).ToArray();

    /// <summary>Runs the pipeline on each file (English, no date), in parallel; results in input order.</summary>
    public static Document[] AnalyseDocuments(IReadOnlyList<EcbDocument> docs, DocumentPipeline? pipeline = null)
    {
        var p = pipeline ?? DocumentPipeline.Default;
        var analysed = new Document[docs.Count];
        Parallel.For(0, docs.Count, i =>
            analysed[i] = p.Run(new RawDocument { Id = docs[i].Name, Source = docs[i].Name, Text = docs[i].Text, Language = "en" }));
        return analysed;
    }

    public static BCubedResult Evaluate(IReadOnlyList<EcbDocument> docs, IReadOnlyDictionary<string, string> predicted) =>
        BCubed.Score(predicted, docs.ToDictionary(d => d.Name, d => d.Gold));
}
