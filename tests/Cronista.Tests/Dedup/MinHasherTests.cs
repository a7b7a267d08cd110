using Cronista.Dedup;
using Cronista.Model;
using Cronista.Text;

namespace Cronista.Tests.Dedup;

public class MinHasherTests
{
    private static uint[] Sig(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Default.Tokenize(text, tokens);
        return MinHasher.Default.Signature(text, tokens);
    }

    private static string Words(Random rng, int n) => string.Join(' ', Enumerable.Range(0, n).Select(_ => "w" + rng.Next(100_000)));

    [Fact]
    public void IdenticalTextsHaveIdenticalSignaturesAndCaseOrAccentsDoNotMatter()
    {
        Assert.Equal(Sig("La Città di Mosca è grande"), Sig("la citta di mosca e GRANDE"));
        Assert.Equal(1.0, MinHasher.EstimatedJaccard(Sig("uno due tre quattro cinque"), Sig("uno due tre quattro cinque")));
    }

    [Fact]
    public void EstimatedJaccardTracksTheTrueShingleJaccard()
    {
        var rng = new Random(3);
        foreach (var changeRate in new[] { 0.0, 0.02, 0.05, 0.1, 0.3, 1.0 })
        {
            var a = Words(rng, 800).Split(' ');
            var b = a.Select(w => rng.NextDouble() < changeRate ? "x" + rng.Next(1_000_000) : w).ToArray();
            double truth = TrueJaccard(a, b);
            double est = MinHasher.EstimatedJaccard(Sig(string.Join(' ', a)), Sig(string.Join(' ', b)));
            Assert.InRange(est, truth - 0.12, truth + 0.12);
        }
    }

    private static double TrueJaccard(string[] a, string[] b)
    {
        static HashSet<string> Shingles(string[] w) => Enumerable.Range(0, w.Length - 2).Select(i => $"{w[i]} {w[i + 1]} {w[i + 2]}").ToHashSet();
        var sa = Shingles(a); var sb = Shingles(b);
        return (double)sa.Intersect(sb).Count() / sa.Union(sb).Count();
    }

    [Fact]
    public void NearCopiesShareAnLshBandAndUnrelatedTextsDoNot()
    {
        var rng = new Random(5);
        var a = Words(rng, 600).Split(' ');
        var near = a.Select((w, i) => i % 50 == 7 ? "changed" + i : w).ToArray();
        var keysA = MinHasher.BandKeys(Sig(string.Join(' ', a)));
        Assert.NotEmpty(keysA.Intersect(MinHasher.BandKeys(Sig(string.Join(' ', near)))));
        Assert.Empty(keysA.Intersect(MinHasher.BandKeys(Sig(Words(rng, 600)))));
    }

    [Fact]
    public void SignatureIsStableAcrossRuns()
    {
        // Stored signatures must stay comparable across processes and versions: pin a value.
        var sig = Sig("Kim Jong-un visiterà la Russia questo mese");
        Assert.Equal(MinHasher.Hashes, sig.Length);
        Assert.Equal(Sig("Kim Jong-un visiterà la Russia questo mese"), sig);
        Assert.Equal(Cronista.Util.StableHash.Hash("abc"), Cronista.Util.StableHash.Hash("abc".AsSpan()));
        // Regression pin (not a correctness oracle): ids of stored documents derive from this hash, so it must never change.
        Assert.Equal("5aa5938e1f044db0", Cronista.Util.StableHash.ToId(Cronista.Util.StableHash.Hash("Corea del Nord")));
    }

    [Theory]
    [InlineData("Kim Jong-un visiterà la Russia questo mese. L'ONU, CITTÀ e città: 1.234,56 euro nel 2024!", "it")]
    [InlineData("Ab", "es")]
    [InlineData("", "fr")]
    public void PipelineSignatureFromSearchTermWordHashesEqualsDirectSignature(string text, string lang)
    {
        // The fingerprint stage reuses word hashes computed with the search terms; it must sign exactly as the words do.
        var longWord = new string('x', 70) + "Y" + new string('z', 10);
        var doc = Cronista.Pipeline.DocumentPipeline.Default.Run(new RawDocument { Source = "test", Title = "Un Titolo", Text = text + " " + longWord + " e " + longWord.ToLowerInvariant(), Language = lang });
        Assert.NotNull(doc.MinHash);
        Assert.Equal(MinHasher.Default.Signature(doc.Text, doc.Tokens), doc.MinHash);
    }
}
