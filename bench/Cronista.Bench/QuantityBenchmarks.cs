using System.Runtime.InteropServices;
using BenchmarkDotNet.Attributes;
using Cronista.Model;
using Cronista.Numbers;
using Cronista.Text;

namespace Cronista.Bench;

/// <summary>The quantity tagger over the five bundled sample articles (~25 KB, tokenized once in setup).</summary>
[MemoryDiagnoser]
public class QuantityBenchmarks
{
    private string _text = "";
    private readonly List<Token> _tokens = new();
    private readonly List<Quantity> _output = new();

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        var samples = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("samples/ not found"), "samples");
        _text = TextNormalizer.Normalize(string.Join("\n\n", Directory.GetFiles(samples, "*.txt", SearchOption.AllDirectories).Order().Select(File.ReadAllText)));
        Tokenizer.For("it").Tokenize(_text, _tokens);
    }

    [Benchmark(Description = "tag quantities 25 KB (it)")]
    public int Tag()
    {
        _output.Clear();
        QuantityTagger.For("it").Tag(_text, CollectionsMarshal.AsSpan(_tokens), _output);
        return _output.Count;
    }
}
