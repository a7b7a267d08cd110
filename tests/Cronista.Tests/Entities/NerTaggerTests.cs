using Cronista.Entities.Ner;
using Cronista.Evaluation;
using Cronista.Model;
using Cronista.Text;
using Xunit.Abstractions;

namespace Cronista.Tests.Entities;

public class NerTaggerTests(ITestOutputHelper output)
{
    // A synthetic language: a capitalised word after "mister" is a person, after "in" a place, and "Corp"
    // closes a two-word organisation; other words are lower-case fillers.
    private static ConllFile Synthetic(int sentences, int seed)
    {
        var rng = new Random(seed);
        string[] names = ["Abel", "Bruna", "Cato", "Dina", "Elio", "Fara", "Gino", "Hera", "Ivo", "Lia", "Milo", "Nora"];
        string[] fillers = ["the", "saw", "went", "and", "then", "we", "met", "left", "today"];
        var sb = new System.Text.StringBuilder();
        for (int s = 0; s < sentences; s++)
        {
            int parts = rng.Next(2, 5);
            for (int p = 0; p < parts; p++)
            {
                sb.Append(fillers[rng.Next(fillers.Length)]).Append("\tO\n");
                var name = names[rng.Next(names.Length)];
                switch (rng.Next(3))
                {
                    case 0: sb.Append("mister\tO\n").Append(name).Append("\tB-PER\n"); break;
                    case 1: sb.Append("in\tO\n").Append(name).Append("\tB-LOC\n"); break;
                    default: sb.Append(name).Append("\tB-ORG\nCorp\tI-ORG\n"); break;
                }
            }
            sb.Append(".\tO\n\n");
        }
        return ConllFile.Read(new StringReader(sb.ToString()));
    }

    [Fact]
    public void PerceptronLearnsASyntheticTask()
    {
        // One sentence per pseudo-document: names change type at random here, unlike in real documents.
        var options = new NerTrainOptions { Epochs = 5, Bits = 16, Gazetteer = NerGazetteer.Empty, DocBlock = 1 };
        var tagger = NerTrainer.Train("xx", [Synthetic(300, 1)], null, options);
        var score = NerTrainer.Score(tagger, Synthetic(100, 2));
        // Sentence-level updates leave one name-type slip in 100 sentences ("mister Lia" after "in Lia").
        Assert.True(score.Overall.F1 >= 0.99, $"F1 {score.Overall.F1:F4}");
    }

    [Fact]
    public void ModelRoundTripsThroughItsFile()
    {
        var options = new NerTrainOptions { Epochs = 2, Bits = 14, Gazetteer = NerGazetteer.Empty };
        var tagger = NerTrainer.Train("xx", [Synthetic(100, 3)], null, options);
        using var dir = new Support.TempDir();
        var path = dir.File("xx.bin");
        NerTrainer.Save(tagger, path);
        var loaded = NerTagger.Load(path).WithGazetteer(NerGazetteer.Empty);
        var test = Synthetic(30, 4);
        Assert.Equal(tagger.TagFile(test), loaded.TagFile(test));
        Assert.Equal(["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC"], loaded.Tags);
    }

    [Fact]
    public void StackedModelLearnsAndRoundTripsThroughItsFile()
    {
        // Synthetic pseudo-documents of 5 sentences: a second stage trained on jackknifed first-stage labels.
        var options = new NerTrainOptions { Epochs = 5, Bits = 16, Gazetteer = NerGazetteer.Empty, DocBlock = 5, Folds = 2 };
        var tagger = NerTrainer.Train("xx", [Synthetic(300, 5)], null, options);
        var test = Synthetic(100, 6);
        Assert.True(NerTrainer.Score(tagger, test).Overall.F1 >= 0.98);
        using var dir = new Support.TempDir();
        var path = dir.File("xx.bin");
        NerTrainer.Save(tagger, path);
        Assert.Equal(tagger.TagFile(test), NerTagger.Load(path).WithGazetteer(NerGazetteer.Empty).TagFile(test));
    }

    [Fact]
    public void NoModelForUnsupportedLanguages() => Assert.Null(NerTagger.For("xx"));

    [Fact]
    public void GazetteerMatchesMultiTokenNamesCaseInsensitively()
    {
        var g = NerGazetteer.Create([("New York", EntityType.Loc), ("York", EntityType.Per)]);
        var f = new NerFeatures();
        // Only the shape of the matching matters here: run the feature extractor's matcher on "in NEW YORK today".
        var (text, tokens) = NerTagger.AsText(["in", "NEW", "YORK", "today"]);
        f.Extract(text, tokens, null, g, null, 44);
        Span<byte> begin = stackalloc byte[4], inside = stackalloc byte[4];
        g.Match(f.Lower.AsSpan(0, 4), f.Flags.AsSpan(0, 4), begin, inside);
        Assert.Equal([0, 1 << (int)EntityType.Loc, 1 << (int)EntityType.Per, 0], begin.ToArray().Select(b => (int)b));
        Assert.Equal([0, 0, 1 << (int)EntityType.Loc, 0], inside.ToArray().Select(b => (int)b));
    }

    [Fact]
    public void SilverNamesKeepTheTypesOfAtLeastAThirdOfTheirMentions()
    {
        // "Nordic Council": ORG three times, LOC once → ORG only; "Lia": PER once, LOC once → both.
        var file = ConllFile.Read(new StringReader(
            "the\tO\nNordic\tB-ORG\nCouncil\tI-ORG\n\nNordic\tB-ORG\nCouncil\tI-ORG\n\nNordic\tB-ORG\nCouncil\tI-ORG\n\n" +
            "in\tO\nNordic\tB-LOC\nCouncil\tI-LOC\n\nLia\tB-PER\nand\tO\nLia\tB-LOC\n\n"));
        var g = NerGazetteer.FromLabelledFiles([file]);
        var f = new NerFeatures();
        var (text, tokens) = NerTagger.AsText(["Lia", "met", "the", "Nordic", "Council"]);
        f.Extract(text, tokens, null, g, null, 44);
        Span<byte> begin = stackalloc byte[5], inside = stackalloc byte[5];
        g.Match(f.Lower.AsSpan(0, 5), f.Flags.AsSpan(0, 5), begin, inside);
        Assert.Equal([1 << (int)EntityType.Per | 1 << (int)EntityType.Loc, 0, 0, 1 << (int)EntityType.Org, 0], begin.ToArray().Select(b => (int)b));
        Assert.Equal([0, 0, 0, 0, 1 << (int)EntityType.Org], inside.ToArray().Select(b => (int)b));
    }

    [Theory]
    [InlineData("en", "Angela Merkel met Emmanuel Macron in Paris on Monday.", "Angela Merkel:Per|Emmanuel Macron:Per|Paris:Loc")]
    [InlineData("es", "El presidente Pedro Sánchez viajó a Buenos Aires el lunes.", "Pedro Sánchez:Per|Buenos Aires:Loc")]
    [InlineData("it", "Il presidente Sergio Mattarella è arrivato a Milano ieri.", "Sergio Mattarella:Per|Milano:Loc")]
    public void TagsDocumentSentences(string lang, string text, string expected)
    {
        var tagger = NerTagger.For(lang);
        Assert.NotNull(tagger);
        var doc = new Document(new RawDocument { Source = "test", Text = text }) { Text = text, Language = lang };
        Tokenizer.For(lang).Tokenize(text, doc.Tokens);
        SentenceSplitter.Default.Split(text, doc.Tokens, lang, doc.Sentences);
        var ctx = tagger.Context(doc);
        var spans = new List<NerSpan>();
        for (int s = 0; s < doc.Sentences.Count; s++) tagger.Tag(doc, s, ctx, spans);
        var found = string.Join('|', spans.Select(sp => $"{text[doc.Tokens[sp.FirstToken].Start..doc.Tokens[sp.FirstToken + sp.TokenCount - 1].End]}:{sp.Type}"));
        output.WriteLine(found);
        Assert.Equal(expected, found);
        Assert.All(spans, sp => Assert.InRange(sp.Confidence, 0.0f, 1.0f));
    }

    [Theory]
    [InlineData("es", "El presidente Pedro Sánchez viajó a Buenos Aires el lunes con la ministra de Defensa, Margarita Robles.")]
    [InlineData("it", "Il presidente Sergio Mattarella è arrivato a Milano ieri; la Procura di Napoli indaga su Mario Rossi.")]
    public void CachedWordScoresGiveTheTagsOfSummingEveryRow(string lang, string text)
    {
        // The tagger sums each spelling's rows once (NerWordCache); the reference sums every row of every token, as the
        // trainer does. Integer sums: the scores, hence the tags, must agree, with the cache cold and warm.
        var model = NerTagger.For(lang)!.Model;
        var gazetteer = NerGazetteer.Default;
        var tokens = new List<Token>();
        Tokenizer.For(lang).Tokenize(text, tokens);
        var span = tokens.ToArray().AsSpan();
        int n = span.Length, nt = model.TagCount;
        var f = new NerFeatures();
        f.Extract(text, span, null, gazetteer, model.Clusters, model.Shift, model.Silver);
        var emit = new float[n * nt];
        var trans = new float[n * (nt + 1) * nt];
        Span<int> dyn = stackalloc int[NerModel.TransitionCount];
        var scores = new int[nt];
        void Sum(ReadOnlySpan<int> rows, Span<float> into)
        {
            Array.Clear(scores);
            foreach (var r in rows) for (int t = 0; t < nt; t++) scores[t] += model.Weights[r * NerModel.Stride + t];
            for (int t = 0; t < nt; t++) into[t] = scores[t];
        }
        for (int i = 0; i < n; i++)
        {
            var rows = f.Static.AsSpan(i * NerFeatures.MaxStatic, f.StaticCount[i]).ToArray().ToList();
            NerModel.HistoryRows(f, i, NerModel.History(null, f, i), model.Shift, dyn);
            rows.AddRange(dyn[..NerModel.HistoryCount].ToArray());
            Sum(rows.ToArray(), emit.AsSpan(i * nt, nt));
            for (int p = 0; p <= nt; p++)
            {
                NerModel.TransitionRows(f, i, p, model.Shift, dyn);
                Sum(dyn[..NerModel.TransitionCount], trans.AsSpan((i * (nt + 1) + p) * nt, nt));
            }
        }
        var expected = new int[n];
        NerModel.Viterbi(emit, trans, n, nt, expected, new float[n * nt], new int[n * nt]);
        Assert.Contains(expected, t => t != 0);
        for (int pass = 0; pass < 2; pass++)
        {
            var tags = new int[n];
            model.Decode(text, span, null, gazetteer, new NerFeatures(), tags, new float[n]);
            Assert.Equal(expected, tags);
        }
    }
}
