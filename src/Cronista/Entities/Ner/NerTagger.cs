using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using Cronista.Evaluation;
using Cronista.Model;
using Cronista.Resources;

namespace Cronista.Entities.Ner;

/// <summary>A tagged name: tokens [FirstToken, FirstToken + TokenCount), its type, and the lowest per-token tag probability.</summary>
public readonly record struct NerSpan(int FirstToken, int TokenCount, EntityType Type, float Confidence);

/// <summary>
/// Statistical named-entity tagger (averaged structured perceptron, first-order Viterbi over IOB2 tags, hashed features; see
/// <see cref="NerFeatures"/>). Thread-safe: per-thread scratch, immutable model.
/// </summary>
public sealed class NerTagger
{
    // Lazy: GetOrAdd alone may run the factory on each worker that asks first, loading the same ~20 MB model twice.
    private static readonly ConcurrentDictionary<string, Lazy<NerTagger?>> Cache = new(StringComparer.Ordinal);
    [ThreadStatic] private static NerFeatures? t_features;
    [ThreadStatic] private static int[]? t_tags;
    [ThreadStatic] private static float[]? t_conf;

    private readonly NerModel _model;
    private readonly EntityType?[] _typeOfTag;

    internal NerTagger(NerModel model, NerGazetteer gazetteer)
    {
        _model = model;
        Gazetteer = gazetteer;
        _typeOfTag = model.Tags.Select(t => t.Length > 2 && Enum.TryParse<EntityType>(t[2..], true, out var e) ? e : (EntityType?)null).ToArray();
    }

    /// <summary>The embedded model for a language (Resources/Ner/&lt;lang&gt;.bin), or null when there is none.</summary>
    public static NerTagger? For(string lang) => Cache.GetOrAdd(lang, static l => new Lazy<NerTagger?>(() =>
    {
        using var s = LanguageResources.Open($"Ner/{l}.bin");
        return s is null ? null : new NerTagger(NerModel.Load(s), NerGazetteer.Default);
    })).Value;

    public static NerTagger Load(string path)
    {
        using var s = File.OpenRead(path);
        return new NerTagger(NerModel.Load(s), NerGazetteer.Default);
    }

    /// <summary>The same model with another gazetteer (e.g. <see cref="NerGazetteer.CreateWithDefault"/> with catalogue names).</summary>
    public NerTagger WithGazetteer(NerGazetteer gazetteer) => new(_model, gazetteer);

    public string Language => _model.Language;
    public NerGazetteer Gazetteer { get; }
    public IReadOnlyList<string> Tags => _model.Tags;
    internal NerModel Model => _model;

    /// <summary>Document statistics for <see cref="Tag(Document, int, NerDocumentContext?, List{NerSpan})"/> with this
    /// model: for stacked models also the first stage's labels over the whole document.</summary>
    public NerDocumentContext Context(Document doc) => Context(doc, new NerDocumentContext());

    /// <summary>As <see cref="Context(Document)"/>, refilling <paramref name="reuse"/> (cleared first; its tables keep their capacity).</summary>
    public NerDocumentContext Context(Document doc, NerDocumentContext reuse)
    {
        var c = reuse;
        c.Clear();
        c.AddDocument(doc);
        if (_model.Stage1 is null) return c;
        var tokens = CollectionsMarshal.AsSpan(doc.Tokens);
        foreach (var s in doc.Sentences) FirstStage(c, doc.Text, tokens.Slice(s.FirstToken, s.TokenCount));
        c.ClearHistory();
        c.PriorReady = true;
        return c;
    }

    /// <summary>Stacked models: runs the first stage over a document's sentences (after their
    /// <see cref="NerDocumentContext.AddSentence"/>) and records its labels; nothing for single-stage models.</summary>
    public void RunFirstStage(NerDocumentContext context, IEnumerable<(string Text, Token[] Tokens)> sentences)
    {
        if (_model.Stage1 is null) return;
        foreach (var (text, tokens) in sentences) FirstStage(context, text, tokens);
        context.ClearHistory();
        context.PriorReady = true;
    }

    private void FirstStage(NerDocumentContext ctx, ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens)
    {
        var s1 = _model.Stage1!;
        var f = t_features ??= new NerFeatures();
        if (t_tags is null || t_tags.Length < tokens.Length) { t_tags = new int[Math.Max(256, tokens.Length)]; t_conf = new float[t_tags.Length]; }
        s1.Decode(text, tokens, ctx, Gazetteer, f, t_tags, t_conf);
        for (int i = 0; i < tokens.Length; i++)
            if ((f.Flags[i] & NerFeatures.InitUpper) != 0) ctx.AddPrior(f.Lower[i], (t_tags[i] + 1) / 2);
    }

    /// <summary>Tags sentence <paramref name="sentence"/> of <paramref name="doc"/>; spans use document token indices.</summary>
    public void Tag(Document doc, int sentence, NerDocumentContext? context, List<NerSpan> output)
    {
        var s = doc.Sentences[sentence];
        int before = output.Count;
        Tag(doc.Text, CollectionsMarshal.AsSpan(doc.Tokens).Slice(s.FirstToken, s.TokenCount), context, output);
        for (int i = before; i < output.Count; i++) output[i] = output[i] with { FirstToken = output[i].FirstToken + s.FirstToken };
    }

    /// <summary>Tags one sentence (tokens are offsets into <paramref name="text"/>); spans use indices into <paramref name="tokens"/>.</summary>
    public void Tag(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, NerDocumentContext? context, List<NerSpan> output)
    {
        var (tags, conf) = TagIndices(text, tokens, context);
        int start = -1;
        float minConf = 1;
        for (int i = 0; i <= tokens.Length; i++)
        {
            int t = i < tokens.Length ? tags[i] : 0;
            bool inside = t != 0 && (t & 1) == 0; // I-X (the decoder only allows it after B-X/I-X of the same type)
            if (start >= 0 && !inside)
            {
                output.Add(new NerSpan(start, i - start, _typeOfTag[tags[start]] ?? EntityType.Misc, minConf));
                start = -1;
            }
            if (t != 0 && !inside) { start = i; minConf = 1; }
            if (start >= 0) minConf = Math.Min(minConf, conf[i]);
        }
    }

    private (int[] Tags, float[] Conf) TagIndices(ReadOnlySpan<char> text, ReadOnlySpan<Token> tokens, NerDocumentContext? context)
    {
        var f = t_features ??= new NerFeatures();
        if (t_tags is null || t_tags.Length < tokens.Length) { t_tags = new int[Math.Max(256, tokens.Length)]; t_conf = new float[t_tags.Length]; }
        _model.Decode(text, tokens, context, Gazetteer, f, t_tags, t_conf);
        return (t_tags, t_conf!);
    }

    /// <summary>IOB2 tags for every sentence of a CoNLL file (document statistics per -DOCSTART- document, else per block of sentences).</summary>
    public string[][] TagFile(ConllFile file)
    {
        var result = new string[file.Sentences.Count][];
        foreach (var (from, to) in Documents(file, _model.DocBlock))
        {
            var ctx = new NerDocumentContext();
            var sents = new (string Text, Token[] Tokens)[to - from];
            for (int s = from; s < to; s++)
            {
                sents[s - from] = AsText(file.Sentences[s].Tokens);
                if (!file.Sentences[s].IsDocStart) ctx.AddSentence(sents[s - from].Text, sents[s - from].Tokens);
            }
            RunFirstStage(ctx, Enumerable.Range(from, to - from).Where(s => !file.Sentences[s].IsDocStart).Select(s => sents[s - from]));
            for (int s = from; s < to; s++)
            {
                var sent = file.Sentences[s];
                if (sent.IsDocStart) { result[s] = sent.Tags.ToArray(); continue; }
                var (tags, _) = TagIndices(sents[s - from].Text, sents[s - from].Tokens, ctx);
                result[s] = new string[sent.Tokens.Length];
                for (int i = 0; i < sent.Tokens.Length; i++) result[s][i] = _model.Tags[tags[i]];
            }
        }
        return result;
    }

    /// <summary>Sentence ranges [from, to) of a file's documents: split at -DOCSTART- lines when the file has them, else every <paramref name="block"/> sentences.</summary>
    internal static IEnumerable<(int From, int To)> Documents(ConllFile file, int block)
    {
        bool docStarts = file.Sentences.Any(s => s.IsDocStart);
        int from = 0;
        for (int s = 1; s <= file.Sentences.Count; s++)
        {
            bool cut = s == file.Sentences.Count || (docStarts ? file.Sentences[s].IsDocStart : s - from >= block);
            if (cut) { yield return (from, s); from = s; }
        }
    }

    /// <summary>File tokens joined by spaces, with their offsets (so file sentences go through the same span-based code).</summary>
    public static (string Text, Token[] Tokens) AsText(string[] words)
    {
        var tokens = new Token[words.Length];
        int pos = 0;
        for (int i = 0; i < words.Length; i++) { tokens[i] = new Token(pos, words[i].Length, TokenKind.Word); pos += words[i].Length + 1; }
        return (string.Join(' ', words), tokens);
    }
}
