using Cronista.Text.Stemming;

namespace Cronista.Tests.Stemming;

public class SnowballStemmerTests
{
    public static TheoryData<string> Languages => new() { "it", "es", "en", "fr", "de", "pt" };

    /// <summary>word → stem pairs from the Snowball reference vocabularies (see the header of each file).</summary>
    internal static List<(string Word, string Stem)> ReferencePairs(string lang)
    {
        var path = Path.Combine(AppContext.BaseDirectory, "TestData", "stemming", lang + ".tsv");
        var pairs = new List<(string, string)>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var f = line.Split('\t');
            pairs.Add((f[0], f[1]));
        }
        return pairs;
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void AgreesWithSnowballReferenceOutput(string lang)
    {
        var stemmer = Stemmers.For(lang)!;
        var pairs = ReferencePairs(lang);
        Assert.True(pairs.Count >= 1000, $"{lang}: only {pairs.Count} reference pairs");
        var wrong = pairs.Select(p => (p.Word, p.Stem, Got: stemmer.Stem(p.Word)))
            .Where(r => r.Got != r.Stem)
            .Select(r => $"{r.Word}: expected {r.Stem}, got {r.Got}")
            .ToList();
        Assert.True(wrong.Count == 0, $"{lang}: {wrong.Count}/{pairs.Count} differ:\n" + string.Join("\n", wrong.Take(30)));
    }

    // Inflections of frequent news words that the algorithms conflate; stems checked against the
    // Snowball 2.2.0 reference implementation.
    [Theory]
    [InlineData("it", "visit", "visiterà visitare visitato visitando visitati")]
    [InlineData("it", "elezion", "elezioni elezione")]
    [InlineData("it", "attacc", "attacco attacchi")]
    [InlineData("it", "negoz", "negoziati negoziato negoziare")]
    [InlineData("it", "minacc", "minacciato minacciare minacciava")]
    [InlineData("es", "visit", "visitará visitar visitó visita visitaron")]
    [InlineData("es", "eleccion", "elecciones elección")]
    [InlineData("es", "negoci", "negociaciones negociación")]
    [InlineData("es", "atac", "atacó atacar")]
    [InlineData("en", "visit", "visiting visited visits visit")]
    [InlineData("en", "elect", "elections election elected")]
    [InlineData("en", "negoti", "negotiations negotiating negotiated")]
    [InlineData("en", "govern", "governments government")]
    [InlineData("en", "attack", "attacked attacks attacking")]
    [InlineData("fr", "visit", "visitera visiter visité visites visite")]
    [InlineData("fr", "élect", "élections élection")]
    [InlineData("fr", "négoci", "négociations négocier négociation")]
    [InlineData("fr", "gouvern", "gouvernement gouvernements")]
    [InlineData("de", "besuch", "besuchen besuch")]
    [InlineData("de", "wahl", "wahlen wahl")]
    [InlineData("de", "verhandl", "verhandlungen verhandlung")]
    [InlineData("de", "ergebnis", "ergebnis ergebnisse")]
    [InlineData("de", "strass", "straße strasse")]
    [InlineData("pt", "visit", "visitará visitar visitou visita")]
    [InlineData("pt", "president", "presidente presidentes")]
    [InlineData("pt", "negoc", "negociações negociação")]
    [InlineData("pt", "govern", "governo governos")]
    public void NewsWordInflectionsShareAStem(string lang, string stem, string words)
    {
        var stemmer = Stemmers.For(lang)!;
        foreach (var w in words.Split(' '))
            Assert.Equal(stem, stemmer.Stem(w));
    }

    [Theory]
    [InlineData("en", "VISITING", "visiting")]
    [InlineData("it", "Visiterà", "visiterà")]
    [InlineData("de", "STRASSE", "straße")]
    [InlineData("fr", "Élections", "élections")]
    public void UpperCaseInputIsLowerCasedFirst(string lang, string upper, string lower)
    {
        var stemmer = Stemmers.For(lang)!;
        Assert.Equal(stemmer.Stem(lower), stemmer.Stem(upper));
    }

    [Fact]
    public void RegistryServesTheSixLanguages()
    {
        Assert.Equal(["it", "es", "en", "fr", "de", "pt"], Stemmers.Languages);
        foreach (var lang in Stemmers.Languages)
        {
            var s = Stemmers.For(lang);
            Assert.NotNull(s);
            Assert.Equal(lang, s.Language);
            Assert.Same(s, Stemmers.For(lang));
        }
        Assert.Null(Stemmers.For("ru"));
        Assert.Null(Stemmers.For(""));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void NeverThrowsAndStaysWithinTwiceTheWordOnArbitraryText(string lang)
    {
        var stemmer = Stemmers.For(lang)!;
        var rnd = new Random(20240601 + lang[0] * 128 + lang[1]);
        // Latin letters with the accents the algorithms handle, their internal markers, and anything else in UTF-16.
        const string pool = "aeiouyàáâãäçèéêëìíîïñòóôõöùúûüßqwxzhsdgctnrlmIUYH~'’ ";
        Span<char> dest = stackalloc char[2 * 40 + 4];
        for (int n = 0; n < 20_000; n++)
        {
            var word = new char[rnd.Next(0, 41)];
            for (int i = 0; i < word.Length; i++)
                word[i] = rnd.Next(3) switch
                {
                    0 => (char)rnd.Next(0, 0x10000),
                    _ => pool[rnd.Next(pool.Length)],
                };
            int len = stemmer.Stem(word, dest[..(2 * word.Length + 4)]);
            Assert.InRange(len, 0, 2 * word.Length);
        }
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void SpanApiMatchesStringApiWithoutAllocating(string lang)
    {
        var stemmer = Stemmers.For(lang)!;
        var pairs = ReferencePairs(lang);
        Span<char> dest = stackalloc char[2 * 64 + 4];
        foreach (var (word, _) in pairs.Take(50))
            Assert.Equal(stemmer.Stem(word), new string(dest[..stemmer.Stem(word, dest)]));

        long before = GC.GetAllocatedBytesForCurrentThread();
        int total = 0;
        foreach (var (word, _) in pairs)
            total += stemmer.Stem(word.AsSpan(), dest);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(total > 0);
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void SharedInstancesAreThreadSafe()
    {
        var work = Stemmers.Languages.SelectMany(l => ReferencePairs(l).Select(p => (l, p.Word, p.Stem))).ToArray();
        var failures = 0;
        Parallel.For(0, 4, _ =>
        {
            foreach (var (lang, word, stem) in work)
                if (Stemmers.For(lang)!.Stem(word) != stem) Interlocked.Increment(ref failures);
        });
        Assert.Equal(0, failures);
    }

    [Fact]
    public void RejectsADestinationShorterThanTwiceTheWord()
    {
        var buf = new char[5];
        Assert.Throws<ArgumentException>(() => Stemmers.For("en")!.Stem("running", buf));
    }
}
