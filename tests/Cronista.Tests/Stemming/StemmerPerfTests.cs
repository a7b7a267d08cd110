using System.Diagnostics;
using Cronista.Text.Stemming;
using Xunit.Abstractions;

namespace Cronista.Tests.Stemming;

/// <summary>Throughput over the reference word lists. Run with:
/// dotnet test tests/Cronista.Tests -c Release --filter "Category=Perf" --logger "console;verbosity=detailed"</summary>
[Trait("Category", "Perf")]
public class StemmerPerfTests(ITestOutputHelper output)
{
    [Theory]
    [MemberData(nameof(SnowballStemmerTests.Languages), MemberType = typeof(SnowballStemmerTests))]
    public void StemsPerSecond(string lang)
    {
        var stemmer = Stemmers.For(lang)!;
        var words = SnowballStemmerTests.ReferencePairs(lang).Select(p => p.Word).ToArray();
        Span<char> dest = stackalloc char[2 * 64 + 4];
        int check = 0;
        foreach (var w in words) check += stemmer.Stem(w, dest); // warm-up

        const int rounds = 200;
        var sw = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            foreach (var w in words)
                check += stemmer.Stem(w, dest);
        sw.Stop();

        double perSecond = rounds * words.Length / sw.Elapsed.TotalSeconds;
        output.WriteLine($"{lang}: {perSecond / 1e6:F2} M stems/s ({rounds * words.Length} stems, mean word length {words.Average(w => w.Length):F1})");
        Assert.True(check > 0);
        Assert.True(perSecond > 100_000, $"{lang}: {perSecond:F0} stems/s");
    }
}
