using Cronista.Model;

namespace Cronista.Tests.Ingest;

public class FeedReaderTests
{
    [Fact]
    public void Rss()
    {
        var path = Ingest.Fixture("feed.rss");
        var items = Ingest.Read(path);
        Assert.Empty(items.Diags());
        var docs = items.Docs();
        Assert.Equal(3, docs.Count);

        Assert.Equal("Putin visitará Corea del Norte", docs[0].Title);
        Assert.Equal("El presidente ruso, Vladímir Putin, viajará a Pyongyang.\n\nEs su primer viaje en 24 años.", docs[0].Text); // content:encoded, script dropped
        Assert.Equal("example-0001", docs[0].Id);
        Assert.Equal("https://example.com/2024/06/putin-corea", docs[0].Url);
        Assert.Equal(new DateOnly(2024, 6, 17), docs[0].Published);
        Assert.Equal($"{path}:9", docs[0].Source);

        Assert.Equal("El líder norcoreano respondió con dureza a las críticas de Seúl.", docs[1].Text); // escaped HTML description
        Assert.Equal(new DateOnly(2024, 6, 5), docs[1].Published); // "5 Jun 24 08:00 GMT"
        Assert.Equal("https://example.com/?p=2", docs[1].Id);

        Assert.Equal("Texto plano sin etiquetas HTML.", docs[2].Text);
        Assert.Equal(new DateOnly(2024, 6, 1), docs[2].Published); // dc:date
        Assert.Null(docs[2].Id);

        Assert.All(docs, d => Assert.Equal("El Diario de Pruebas", d.Outlet));
        Assert.All(docs, d => Assert.Equal("es", d.Language));
    }

    [Fact]
    public void Atom()
    {
        var docs = Ingest.Read(Ingest.Fixture("feed.atom")).Docs();
        Assert.Equal(3, docs.Count);

        Assert.Equal("Poutine à Pyongyang", docs[0].Title);
        Assert.Equal("Vladimir Poutine est arrivé à Pyongyang.\n\nIl rencontre Kim Jong-un.", docs[0].Text);
        Assert.Equal("https://example.fr/poutine-pyongyang", docs[0].Url);
        Assert.Equal("urn:example:entry-1", docs[0].Id);
        Assert.Equal(new DateOnly(2024, 6, 19), docs[0].Published); // published (as written), not updated
        Assert.Equal("fr", docs[0].Language);

        Assert.Equal("Putin ist in Nordkorea eingetroffen.", docs[1].Text); // summary
        Assert.Equal(new DateOnly(2024, 6, 20), docs[1].Published); // updated
        Assert.Equal("de", docs[1].Language); // entry xml:lang
        Assert.Equal("https://example.de/putin", docs[1].Url);

        Assert.Equal("Les deux pays signent un accord.", docs[2].Text); // xhtml content

        Assert.All(docs, d => Assert.Equal("Le Journal Test", d.Outlet));
    }

    [Fact]
    public void TruncatedFeedYieldsCompleteItemsThenError()
    {
        var full = File.ReadAllText(Ingest.Fixture("feed.rss"));
        // cut inside the third <item>, after its <link> line
        var cut = full.IndexOf("<dc:date>", StringComparison.Ordinal);
        using var dir = new TempDir();
        var path = dir.File("truncated.rss", full[..cut]);
        int lastLine = full[..cut].Count(c => c == '\n') + 1;

        var items = Ingest.Read(path);
        var docs = items.Docs();
        Assert.Equal(["Putin visitará Corea del Norte", "Kim responde a Seúl"], docs.Select(d => d.Title));
        var e = Assert.Single(items.Diags());
        Assert.Equal(Severity.Error, e.Severity);
        Assert.Equal(path, e.Source);
        Assert.Equal(lastLine, e.Line);
        Assert.IsType<RawDocument>(items[^2].Document); // the error comes last
        Assert.NotNull(items[^1].Diagnostic);
    }

    [Fact]
    public void MalformedXmlInTheMiddle()
    {
        const string xml = "<rss><channel><title>T</title>\n<item><title>A</title><description>ok one</description></item>\n<item><title>B</b></item>\n<item><description>never reached</description></item></channel></rss>";
        using var dir = new TempDir();
        var items = Ingest.Read(dir.File("bad.xml", xml));
        Assert.Equal("ok one", Assert.Single(items.Docs()).Text);
        var e = Assert.Single(items.Diags());
        Assert.Equal(3, e.Line);
        Assert.Equal(Severity.Error, e.Severity);
    }

    [Fact]
    public void DtdAndExternalEntitiesAreRefused()
    {
        using var dir = new TempDir();
        var secret = dir.File("secret.txt", "TOP SECRET CONTENT");
        var xml = $"""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret}">]>
            <rss><channel><title>x</title><item><title>t</title><description>&xxe;</description></item></channel></rss>
            """;
        var items = Ingest.Read(dir.File("xxe.rss", xml));
        Assert.Empty(items.Docs());
        var e = Assert.Single(items.Diags());
        Assert.Equal(Severity.Error, e.Severity);
        Assert.DoesNotContain("TOP SECRET", e.Message);
    }

    [Fact]
    public void ItemWithoutTextIsAnErrorOthersGoOn()
    {
        const string xml = "<rss><channel>\n<item><title>Only a title</title></item>\n<item><description>Real text.</description></item>\n</channel></rss>";
        using var dir = new TempDir();
        var items = Ingest.Read(dir.File("f.rss", xml));
        Assert.Equal("Real text.", Assert.Single(items.Docs()).Text);
        Assert.Equal(2, Assert.Single(items.Diags()).Line);
    }

    [Fact]
    public void XmlThatIsNotAFeedIsSkipped()
    {
        using var dir = new TempDir();
        var path = dir.File("doc.xml", "<?xml version=\"1.0\"?><Document><token>x</token></Document>");
        var items = InputReader_ReadDir(dir.Path);
        var w = Assert.Single(items.Diags());
        Assert.Equal(Severity.Warning, w.Severity);
        Assert.Equal(path, w.Source);
        Assert.Contains("unsupported file type", w.Message);
    }

    static List<ReadItem> InputReader_ReadDir(string dir) => Ingest.Read(dir);
}
