using BenchmarkDotNet.Attributes;
using Cronista.Entities;
using Cronista.Model;
using Cronista.Text;

namespace Cronista.Bench;

/// <summary>Entity catalogue: loading the built-in files, and longest-match alias lookups at every token of the samples.</summary>
[MemoryDiagnoser]
public class EntityCatalogBenchmarks
{
    private string _text = "";
    private readonly List<Token> _tokens = new();
    private EntityCatalog _catalog = null!;

    [GlobalSetup]
    public void Setup()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !Directory.Exists(Path.Combine(dir.FullName, "samples"))) dir = dir.Parent;
        var samples = Path.Combine(dir?.FullName ?? throw new InvalidOperationException("samples/ not found"), "samples");
        _text = TextNormalizer.Normalize(string.Join("\n\n", Directory.GetFiles(samples, "*.txt", SearchOption.AllDirectories).Order().Select(File.ReadAllText)));
        Tokenizer.Default.Tokenize(_text, _tokens);
        _catalog = EntityCatalog.Default;
    }

    [Benchmark(Description = "load built-in catalogue")]
    public int Load() => EntityCatalog.Load(Array.Empty<string>()).Entities.Count;

    [Benchmark(Description = "alias match at every token, 18 KB")]
    public int MatchEveryToken()
    {
        int found = 0;
        for (int i = 0; i < _tokens.Count; i++)
            if (_catalog.TryMatch(_text, _tokens, i, _tokens.Count, out _, out _)) found++;
        return found;
    }
}
