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
        // Warm up long enough for tiered compilation to install optimised code (slow on a busy machine).
        var warm = Stopwatch.StartNew();
        while (warm.Elapsed < TimeSpan.FromSeconds(2))
            foreach (var w in words) check += stemmer.Stem(w, dest);

        const int rounds = 500;
        long cpu0 = ThreadCpuNanoseconds();
        var sw = Stopwatch.StartNew();
        for (int r = 0; r < rounds; r++)
            foreach (var w in words)
                check += stemmer.Stem(w, dest);
        sw.Stop();
        long cpuNs = ThreadCpuNanoseconds() - cpu0;

        double stems = (double)rounds * words.Length;
        double perSecond = stems / sw.Elapsed.TotalSeconds;
        // Thread CPU time keeps the figure meaningful on a shared, busy machine.
        var cpuRate = cpuNs > 0 ? $"{stems / (cpuNs / 1e9) / 1e6:F2} M stems per CPU-second" : "thread CPU time unavailable";
        output.WriteLine($"{lang}: {perSecond / 1e6:F2} M stems/s wall, {cpuRate} ({stems:F0} stems, mean word length {words.Average(w => w.Length):F1})");
        Assert.True(check > 0);
        Assert.True(perSecond > 100_000, $"{lang}: {perSecond:F0} stems/s");
    }

    /// <summary>CPU time of the calling thread on Linux (first field of /proc/thread-self/schedstat), or 0.</summary>
    private static long ThreadCpuNanoseconds()
    {
        try
        {
            var text = File.ReadAllText("/proc/thread-self/schedstat");
            return long.Parse(text.AsSpan(0, text.IndexOf(' ')));
        }
        catch (IOException) { return 0; }
        catch (UnauthorizedAccessException) { return 0; }
    }
}
