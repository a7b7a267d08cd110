using Cronista.Ingest.Readers;

namespace Cronista.Tests.Ingest;

public class HtmlReaderTests
{
    [Fact]
    public void KeepsArticleDropsBoilerplate()
    {
        var d = Ingest.Single(Ingest.Fixture("article.html"));
        Assert.Equal(
            "Il presidente russo Vladimir Putin è arrivato a Pyongyang, dove incontrerà il leader nordcoreano Kim Jong-un per la seconda volta in nove mesi."
            + "\n\nI due paesi, secondo fonti diplomatiche, lavorano per approfondire i legami militari, mentre la guerra in Ucraina continua."
            + "\n\nL'ultima visita di Putin in Corea del Nord risale al 2000.",
            d.Text);
        Assert.Equal("Putin arriva a Pyongyang per il vertice con Kim", d.Title);
        Assert.Equal(new DateOnly(2024, 6, 18), d.Published); // article:published_time, as written (+09:00), beats JSON-LD
        Assert.Equal("it", d.Language);
        Assert.Equal("https://example.org/esteri/putin-pyongyang", d.Url);
        Assert.Equal("Gazzetta di Prova", d.Outlet);
        Assert.Null(d.Id);
    }

    [Fact]
    public void ScoresTextDensityWithoutArticleElement()
    {
        var d = Ingest.Single(Ingest.Fixture("no-article.html"));
        Assert.Equal(
            "Los madrileños votaron este domingo en unas elecciones municipales y autonómicas marcadas por la alta participación, según los datos oficiales."
            + "\n\nEl recuento, que comenzó a las ocho de la tarde, avanzaba con rapidez en todos los distritos, sin incidencias destacables, informó la Comunidad."
            + "\n\nLos resultados definitivos se conocerán, previsiblemente, antes de la medianoche.",
            d.Text);
        Assert.Equal("Elecciones en Madrid", d.Title); // <title> without " - Diario Ejemplo"
        Assert.Equal(new DateOnly(2023, 5, 28), d.Published); // meta name=date
        Assert.Null(d.Language);
        Assert.Equal("Diario Ejemplo", d.Outlet);
    }

    [Fact]
    public void JsonLdGraphDateAndItemPropBody()
    {
        const string html = """
            <html lang="es_MX"><head>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebSite","name":"Sitio"},
              {"@type":"WebPage","datePublished":"2020-01-01T00:00:00Z"},
              {"@type":["NewsArticle"],"headline":"Titular LD","datePublished":"2021-03-04T10:00:00-03:00","publisher":{"@type":"Organization","name":"Editorial LD"}}]}
            </script>
            <script type="application/ld+json">{ not json</script>
            </head><body>
            <div class="menu"><a href="/">Portada</a></div>
            <div itemprop="articleBody"><p>Primer párrafo del cuerpo.</p><p>Segundo párrafo.</p></div>
            </body></html>
            """;
        var d = new HtmlReader().ReadPage(html, "x.html");
        Assert.Equal(new DateOnly(2021, 3, 4), d.Published);
        Assert.Equal("Titular LD", d.Title);
        Assert.Equal("Editorial LD", d.Outlet);
        Assert.Equal("es", d.Language);
        Assert.Equal("Primer párrafo del cuerpo.\n\nSegundo párrafo.", d.Text);
    }

    [Fact]
    public void TimeElementDate()
    {
        const string html = """
            <html><body><article><h1>Headline</h1><p>By Staff, <time datetime="2019-11-05T08:00">Nov 5</time></p>
            <p>Body text of the story goes here.</p></article></body></html>
            """;
        var d = new HtmlReader().ReadPage(html, "x.html");
        Assert.Equal(new DateOnly(2019, 11, 5), d.Published);
        Assert.Equal("Headline", d.Title);
        Assert.EndsWith("Body text of the story goes here.", d.Text);
    }

    [Fact]
    public void ClassNamesAreJudgedOneByOne()
    {
        const string html = """
            <html><body><div class="site-header">Logo e menu</div>
            <div class="article-body share-enabled"><p>Il primo paragrafo dell'articolo, abbastanza lungo da contare.</p><p>Il secondo paragrafo.</p></div>
            <div class="comment-content"><p>Un commento di un lettore, lungo e pieno di virgole, opinioni, e altro.</p></div>
            <div class="post-footer">Pubblicato in: Esteri</div>
            </body></html>
            """;
        var d = new HtmlReader().ReadPage(html, "x.html");
        Assert.Equal("Il primo paragrafo dell'articolo, abbastanza lungo da contare.\n\nIl secondo paragrafo.", d.Text);
    }

    [Fact]
    public void ExtractTextFromFragment()
    {
        var html = new HtmlReader();
        Assert.Equal("Uno & due.\n\nTre", html.ExtractText("<p>Uno &amp; due.</p><style>p{}</style><p>Tre</p>"));
        Assert.Equal("plain text", html.ExtractText("  plain \n text "));
    }

    [Fact]
    public void PageWithoutTextIsAnError()
    {
        using var dir = new TempDir();
        var path = dir.File("empty.html", "<html><head><title>Nothing</title><script>var x = 'only script';</script></head><body><nav><a href='/'>Home</a></nav></body></html>");
        var items = Ingest.Read(path);
        Assert.Empty(items.Docs());
        var e = Assert.Single(items.Diags());
        Assert.Equal(Cronista.Model.Severity.Error, e.Severity);
        Assert.Contains("no article text", e.Message);
    }
}
