using Cronista.Evaluation;

namespace Cronista.Tests.Entities;

public class NerFileTests
{
    private const string Indexed = "0\tEl\tO\n1\tAbogado\tB-PER\n2\tGeneral\tI-PER\n\n0\tMadrid\tB-LOC\n1\t.\tO\n";
    private const string Plain = "In\tO\nfiamme\tO\nil\tO\nMonastero\tLOC\nLama\tLOC\n\nRoma\tLOC\n";

    private static string RoundTrip(string content, Func<ConllFile, IReadOnlyList<string[]>> tags)
    {
        var file = ConllFile.Read(new StringReader(content));
        var w = new StringWriter();
        file.Write(w, tags(file));
        return w.ToString();
    }

    [Fact]
    public void ReadsBothLayouts()
    {
        var a = ConllFile.Read(new StringReader(Indexed));
        Assert.Equal(2, a.Sentences.Count);
        Assert.Equal(["El", "Abogado", "General"], a.Sentences[0].Tokens);
        Assert.Equal(["O", "B-PER", "I-PER"], a.Sentences[0].Tags);
        Assert.Equal(NerTagScheme.Iob2, a.Scheme);

        var b = ConllFile.Read(new StringReader(Plain));
        Assert.Equal(2, b.Sentences.Count);
        Assert.Equal(["In", "fiamme", "il", "Monastero", "Lama"], b.Sentences[0].Tokens);
        Assert.Equal(NerTagScheme.IoBare, b.Scheme);
        Assert.Equal(NerTagScheme.IoPrefixed, ConllFile.DetectScheme(["O", "I-PER", "I-PER"]));
    }

    [Fact]
    public void WritesTheSameFileWithNewTags()
    {
        Assert.Equal(Indexed + "\n", RoundTrip(Indexed, f => f.Sentences.Select(s => s.Tags).ToList()));
        Assert.Equal(Plain + "\n", RoundTrip(Plain, f => f.Sentences.Select(s => s.Tags).ToList()));
        var replaced = RoundTrip(Indexed, f => f.Sentences.Select(s => s.Tags.Select(_ => "O").ToArray()).ToList());
        Assert.Equal("0\tEl\tO\n1\tAbogado\tO\n2\tGeneral\tO\n\n0\tMadrid\tO\n1\t.\tO\n\n", replaced);
    }

    [Fact]
    public void ConvertsBetweenIoAndIob2()
    {
        Assert.Equal(["B-LOC", "I-LOC", "O", "B-PER", "B-LOC"], ConllFile.ToIob2(["LOC", "LOC", "O", "PER", "LOC"]));
        Assert.Equal(["B-PER", "B-PER", "I-PER"], ConllFile.ToIob2(["B-PER", "B-PER", "I-PER"]));
        Assert.Equal(["I-PER", "I-PER", "O"], ConllFile.FromIob2(["B-PER", "I-PER", "O"], NerTagScheme.IoPrefixed));
        Assert.Equal(["PER", "PER", "O"], ConllFile.FromIob2(["B-PER", "I-PER", "O"], NerTagScheme.IoBare));
    }
}
