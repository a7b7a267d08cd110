using Cronista.Search;

namespace Cronista.Tests.Search;

public class TermCacheTests
{
    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("ONU")]
    [InlineData("Città")]
    [InlineData("@[AZaz]`{~\u007f")]
    [InlineData("ÀÉÎÕÜÇÑ-ŁØ-ΣΑΣ-Москва-İstanbul")]
    [InlineData("McDonald's-KIM-Jong-un-Ab12CD34")]
    public void LowerKeyLowerCasesLikeToLowerInvariant(string word)
    {
        var lower = new char[word.Length];
        uint hash = TermCache.LowerKey(word, lower);
        Assert.Equal(word.ToLowerInvariant(), new string(lower));
        Assert.NotEqual(0u, hash);
        // Case variants meet at the same key and hash.
        var other = new char[word.Length];
        Assert.Equal(hash, TermCache.LowerKey(word.ToUpperInvariant().Length == word.Length ? word.ToUpperInvariant() : word, other));
    }

    [Fact]
    public void FindsWhatWasAddedGrowsAndStartsOverWhenFull()
    {
        var cache = new TermCache(4, 1000);
        for (int i = 0; i < 1000; i++)
        {
            var key = "w" + i;
            cache.Add(key, TermCache.LowerKey(key, new char[key.Length]), i % 3 == 0 ? "" : "t" + i, (ulong)i);
        }
        Assert.Equal(1000, cache.Count);
        for (int i = 0; i < 1000; i++)
        {
            var key = "w" + i;
            Assert.True(cache.TryGet(key, TermCache.LowerKey(key, new char[key.Length]), out var term, out ulong wordHash));
            Assert.Equal(i % 3 == 0 ? "" : "t" + i, term.ToString());
            Assert.Equal((ulong)i, wordHash);
        }
        Assert.False(cache.TryGet("w1000", TermCache.LowerKey("w1000", new char[5]), out _, out _));
        cache.Add("extra", TermCache.LowerKey("extra", new char[5]), "x", 7);
        Assert.Equal(1, cache.Count);
        Assert.False(cache.TryGet("w1", TermCache.LowerKey("w1", new char[2]), out _, out _));
    }
}
