using System.Diagnostics;
using System.Text;
using Cronista.Model;
using Cronista.Text;
using Xunit.Abstractions;

namespace Cronista.Tests.Text;

/// <summary>Runs the text layer over real articles from ../shared/data (skipped, with a message, when it is missing).</summary>
public class TextCorpusTests(ITestOutputHelper output)
{
    /// <summary>Italian or Spanish, by which stop-word list covers more of the words.</summary>
    private static string GuessItEs(string text, List<Token> tokens)
    {
        int it = 0, es = 0;
        foreach (var t in tokens)
        {
            var w = text.AsSpan(t.Start, t.Length);
            if (StopWords.For("it").Contains(w)) it++;
            if (StopWords.For("es").Contains(w)) es++;
        }
        return it >= es ? "it" : "es";
    }

    [Fact]
    public void SeedArticlesSplitPlausibly()
    {
        var dir = TextTestHelpers.SharedData("seeds");
        if (dir is null) { output.WriteLine("SKIPPED: ../shared/data/seeds not found"); return; }
        var all = new StringBuilder();
        foreach (var file in Directory.GetFiles(dir, "*.txt").Order())
        {
            var text = TextNormalizer.Normalize(File.ReadAllText(file));
            var probe = new List<Token>();
            Tokenizer.Default.Tokenize(text, probe);
            var lang = GuessItEs(text, probe);
            var tokens = new List<Token>();
            Tokenizer.For(lang).Tokenize(text, tokens);
            var sentences = new List<Sentence>();
            SentenceSplitter.Default.Split(text, tokens, lang, sentences);

            int lines = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
            int terminals = text.Count(c => c is '.' or '!' or '?');
            int words = tokens.Count(t => t.Kind == TokenKind.Word);
            output.WriteLine($"{Path.GetFileName(file)} [{lang}]: {lines} lines, {sentences.Count} sentences, {words} words");
            // Every line is a paragraph or a heading here, so at least one sentence each; at most one per terminal mark besides.
            Assert.InRange(sentences.Count, lines, lines + terminals);
            Assert.InRange(words / (double)sentences.Count, 8, 45);

            for (int i = 0; i < sentences.Count; i++)
            {
                var s = sentences[i];
                var last = tokens[s.FirstToken + s.TokenCount - 1];
                var lastText = text.AsSpan(last.Start, last.Length);
                bool atLineEnd = s.End == text.Length || text[s.End] == '\n';
                // A sentence that ends inside a line on an abbreviation/initial ("J.", "EE.", "ecc.") is a wrong split.
                if (last.Kind == TokenKind.Word && lastText.EndsWith(".") && !atLineEnd)
                    Assert.Fail($"{Path.GetFileName(file)}: sentence ends on abbreviation '{lastText}': {text[s.Start..s.End]}");
                all.Append(text[s.Start..s.End]).Append('\n');
            }
        }
        // Hand-checked spots in the seeds: an initial and a spaced Spanish acronym inside sentences.
        var joined = all.ToString();
        Assert.Contains("Donald J. Trump nel 2019", joined);
        Assert.Contains("de EE. UU., el ministro", joined);
    }

    private static List<(string Path, string Lang, string Text)>? LoadCorpus(int maxFiles = int.MaxValue)
    {
        var root = TextTestHelpers.SharedData("corpus", "ml-crisis");
        if (root is null) return null;
        var docs = new List<(string, string, string)>();
        foreach (var lang in new[] { "it", "es", "fr", "en" })
        {
            var dir = Path.Combine(root, lang);
            if (!Directory.Exists(dir)) continue;
            foreach (var f in Directory.EnumerateFiles(dir, "*.txt", SearchOption.AllDirectories).Order().Take(maxFiles))
                docs.Add((f, lang, File.ReadAllText(f)));
        }
        return docs;
    }

    [Fact]
    public void CorpusTokensAndSentencesAreWellFormed()
    {
        var docs = LoadCorpus(maxFiles: 60);
        if (docs is null) { output.WriteLine("SKIPPED: ../shared/data/corpus/ml-crisis not found"); return; }
        foreach (var (_, lang, raw) in docs)
        {
            TextPropertyTests.Check(raw, lang);
            var text = TextNormalizer.Normalize(raw);
            Assert.Equal(text, TextNormalizer.Normalize(text));
            TextPropertyTests.Check(text, lang);
        }
        output.WriteLine($"{docs.Count} documents checked");
    }

    /// <summary>
    /// Throughput of Tokenize+Split (and, separately, Normalize) over the whole ML-Crisis corpus, single-threaded.
    /// Run in Release: dotnet test tests/Cronista.Tests -c Release --filter Category=Perf --logger "console;verbosity=detailed"
    /// </summary>
    [Fact]
    [Trait("Category", "Perf")]
    public void Throughput()
    {
#if DEBUG
        output.WriteLine("Debug build: timing a subset only; run with -c Release for the figures.");
        var docs = LoadCorpus(maxFiles: 20);
#else
        var docs = LoadCorpus();
#endif
        if (docs is null) { output.WriteLine("SKIPPED: ../shared/data/corpus/ml-crisis not found"); return; }
        var texts = docs.Select(d => (d.Lang, Text: TextNormalizer.Normalize(d.Text))).ToArray();
        long bytes = texts.Sum(t => (long)Encoding.UTF8.GetByteCount(t.Text));
        var tokens = new List<Token>(1 << 16);
        var sentences = new List<Sentence>(1 << 12);

        long tokenCount = 0, sentenceCount = 0;
        // Best of 5 rounds, single-threaded.
        double Best(Action run)
        {
            var best = double.MaxValue;
            for (int round = 0; round < 5; round++)
            {
                var sw = Stopwatch.StartNew();
                run();
                best = Math.Min(best, sw.Elapsed.TotalSeconds);
            }
            return best;
        }
        void TokenizeAndSplit()
        {
            tokenCount = sentenceCount = 0;
            foreach (var (lang, text) in texts)
            {
                tokens.Clear();
                sentences.Clear();
                Tokenizer.For(lang).Tokenize(text, tokens);
                SentenceSplitter.Default.Split(text, tokens, lang, sentences);
                tokenCount += tokens.Count;
                sentenceCount += sentences.Count;
            }
        }
        // Warm up so that the timed rounds run fully optimized (tiered JIT compiles in the background).
        for (int i = 0; i < 3; i++) TokenizeAndSplit();
        Thread.Sleep(500);
        double both = Best(TokenizeAndSplit);
        double tokenizeOnly = Best(() =>
        {
            foreach (var (lang, text) in texts)
            {
                tokens.Clear();
                Tokenizer.For(lang).Tokenize(text, tokens);
            }
        });
        var rawTexts = docs.Select(d => d.Text).ToArray();
        double normalize = Best(() => { foreach (var t in rawTexts) TextNormalizer.Normalize(t); });
        double normalizeUnchanged = Best(() => { foreach (var (_, t) in texts) TextNormalizer.Normalize(t); });

        double mb = bytes / 1e6;
        output.WriteLine($"{docs.Count} docs, {mb:F1} MB (UTF-8), {tokenCount:N0} tokens, {sentenceCount:N0} sentences");
        output.WriteLine($"Tokenize+Split: {both * 1000:F0} ms = {mb / both:F1} MB/s, {tokenCount / both / 1e6:F2} M tokens/s");
        output.WriteLine($"Tokenize only: {tokenizeOnly * 1000:F0} ms = {mb / tokenizeOnly:F1} MB/s");
        output.WriteLine($"Normalize raw files: {mb / normalize:F1} MB/s; already normalized (fast path): {mb / normalizeUnchanged:F1} MB/s");
        Assert.True(tokenCount > 0 && sentenceCount > 0);
    }
}
