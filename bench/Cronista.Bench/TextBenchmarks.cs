using BenchmarkDotNet.Attributes;
using Cronista.LanguageId;
using Cronista.Model;
using Cronista.Text;
using Cronista.Text.Stemming;

namespace Cronista.Bench;

/// <summary>Tokenizer, sentence splitter, stemmers, normalizer and language id over the bundled sample articles (~25 KB).</summary>
[MemoryDiagnoser]
public class TextBenchmarks
{
    private string _text = "";
    private string _paragraph = "";
    private string[] _words = [];
    private readonly List<Token> _tokens = new();
    private readonly List<Sentence> _sentences = new();
    private IStemmer? _it, _es;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        var samples = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("samples/ not found"), "samples");
        _text = TextNormalizer.Normalize(string.Join("\n\n", Directory.GetFiles(samples, "*.txt").Order().Select(File.ReadAllText)));
        _paragraph = _text[..Math.Min(600, _text.Length)];
        Tokenizer.Default.Tokenize(_text, _tokens);
        _words = _tokens.Where(t => t.Kind == TokenKind.Word).Select(t => _text.Substring(t.Start, t.Length).ToLowerInvariant()).ToArray();
        _it = Stemmers.For("it");
        _es = Stemmers.For("es");
    }

    public int Chars => _text.Length;

    [Benchmark(Description = "normalize 25 KB")]
    public int Normalize() => TextNormalizer.Normalize(_text).Length;

    [Benchmark(Description = "tokenize 25 KB")]
    public int Tokenize()
    {
        _tokens.Clear();
        Tokenizer.Default.Tokenize(_text, _tokens);
        return _tokens.Count;
    }

    [Benchmark(Description = "split sentences 25 KB")]
    public int Split()
    {
        _sentences.Clear();
        SentenceSplitter.Default.Split(_text, _tokens, "it", _sentences);
        return _sentences.Count;
    }

    [Benchmark(Description = "stem all words (it)")]
    public int StemItalian() => StemAll(_it);

    [Benchmark(Description = "stem all words (es)")]
    public int StemSpanish() => StemAll(_es);

    private int StemAll(IStemmer? stemmer)
    {
        if (stemmer is null) return 0;
        Span<char> buf = stackalloc char[256];
        int total = 0;
        foreach (var w in _words) total += stemmer.Stem(w.AsSpan(0, Math.Min(w.Length, 100)), buf);
        return total;
    }

    [Benchmark(Description = "language id, 600-char paragraph")]
    public string Identify() => LanguageIdentifier.Default.Identify(_paragraph).Language;
}
