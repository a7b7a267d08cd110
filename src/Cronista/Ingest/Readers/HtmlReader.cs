using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Cronista.Model;

namespace Cronista.Ingest.Readers;

/// <summary>
/// HTML pages (.html, .htm, .xhtml): drops boilerplate (scripts, navigation, page header/footer, ads, share boxes,
/// comments, related links, cookie and newsletter banners…), keeps the article body — the largest <c>&lt;article&gt;</c>,
/// else <c>[itemprop=articleBody]</c>, else the element with the best text-density score — and outputs its
/// paragraphs separated by "\n\n" (without &lt;h1&gt;: the headline is the title).
/// Metadata: title (og:title, else the article's &lt;h1&gt;, else JSON-LD headline, else &lt;title&gt; minus the site name);
/// date (article:published_time, itemprop=datePublished, JSON-LD datePublished, &lt;time datetime&gt;, then date metas
/// such as name=date / dc.date); language (&lt;html lang&gt;, content-language, og:locale; "it-IT" → "it");
/// URL (link rel=canonical, else og:url); outlet (og:site_name, else JSON-LD publisher). Id is always null.
/// Encoding comes from the BOM / &lt;meta charset&gt; (AngleSharp's detection).
/// </summary>
public sealed class HtmlReader : IDocumentReader
{
    HtmlParser? parser;
    HtmlParser Parser => parser ??= new HtmlParser(new HtmlParserOptions { SkipComments = true, DisableElementPositionTracking = true });

    public bool OneDocumentPerFile => true;

    public bool MatchesExtension(ReadOnlySpan<char> extension) =>
        extension.Equals(".html", StringComparison.OrdinalIgnoreCase) || extension.Equals(".htm", StringComparison.OrdinalIgnoreCase)
        || extension.Equals(".xhtml", StringComparison.OrdinalIgnoreCase);

    public bool MatchesContent(ReadOnlySpan<byte> head)
    {
        var t = ByteSniffer.TrimStart(head);
        return !t.IsEmpty && t[0] == '<' && !ByteSniffer.LooksBinary(head)
            && (ByteSniffer.ContainsIgnoreCase(t, "<!doctype html"u8) || ByteSniffer.ContainsIgnoreCase(t, "<html"u8)
                || ByteSniffer.ContainsIgnoreCase(t, "<head"u8) || ByteSniffer.ContainsIgnoreCase(t, "<body"u8));
    }

    public IEnumerable<ReadItem> Read(Stream stream, string source, ReadOptions options)
    {
        using var doc = Parser.ParseDocument(stream);
        var page = Extract(doc, source);
        yield return page.Text.Length == 0 ? ReadItem.Error(source, null, "no article text found") : ReadItem.Of(page);
    }

    /// <summary>Parses a whole page and extracts the article; <see cref="RawDocument.Text"/> is empty when none was found.</summary>
    public RawDocument ReadPage(string html, string source)
    {
        using var doc = Parser.ParseDocument(html);
        return Extract(doc, source);
    }

    /// <summary>Text of an HTML fragment (e.g. feed content): boilerplate removed, paragraphs separated by "\n\n", no article selection.</summary>
    public string ExtractText(string html)
    {
        if (html.AsSpan().IndexOfAny('<', '&') < 0) return TextUtil.CollapseWhitespace(html) ?? "";
        using var doc = Parser.ParseDocument(html);
        StripBoilerplate(doc);
        return doc.Body is { } body ? Paragraphs(body, page: false) : "";
    }

    static RawDocument Extract(IHtmlDocument doc, string source)
    {
        var meta = ReadMetas(doc);
        var ld = JsonLd.Read(doc);
        string? M(string key) => meta.GetValueOrDefault(key);

        var published = DateParsing.ParseLenient(M("article:published_time"))
            ?? DateParsing.ParseLenient(M("og:article:published_time"))
            ?? DateParsing.ParseLenient(ItempropDate(doc))
            ?? ld.Published;
        var language = TextUtil.NormalizeLanguage(doc.DocumentElement.GetAttribute("lang") ?? doc.DocumentElement.GetAttribute("xml:lang"))
            ?? TextUtil.NormalizeLanguage(M("content-language")) ?? TextUtil.NormalizeLanguage(M("og:locale"));
        var url = NonEmpty(doc.QuerySelector("link[rel='canonical']")?.GetAttribute("href")) ?? M("og:url");
        var outlet = M("og:site_name") ?? ld.Publisher;

        StripBoilerplate(doc);
        var body = SelectBody(doc);
        published ??= DateParsing.ParseLenient(TimeDate(body) ?? (doc.Body is { } b ? TimeDate(b) : null));
        foreach (var key in DateMetaKeys) published ??= DateParsing.ParseLenient(M(key));

        var title = TextUtil.CollapseWhitespace(M("og:title"))
            ?? TextUtil.CollapseWhitespace(body?.QuerySelector("h1")?.TextContent)
            ?? TextUtil.CollapseWhitespace(doc.QuerySelector("h1")?.TextContent)
            ?? TextUtil.CollapseWhitespace(ld.Headline)
            ?? WithoutSiteName(TextUtil.CollapseWhitespace(doc.Title), outlet);

        return new RawDocument
        {
            Source = source, Url = url, Title = title, Published = published, Language = language, Outlet = outlet,
            Text = body is null ? "" : Paragraphs(body, page: true),
        };
    }

    static readonly string[] DateMetaKeys =
        ["date", "pubdate", "publishdate", "publish-date", "publication_date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "sailthru.date", "parsely-pub-date"];

    /// <summary>meta property/name/itemprop/http-equiv (lower-cased) → content; the first occurrence wins.</summary>
    static Dictionary<string, string> ReadMetas(IHtmlDocument doc)
    {
        var d = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var m in doc.QuerySelectorAll("meta"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            if (key is null || NonEmpty(m.GetAttribute("content")) is not { } content) continue;
            d.TryAdd(key.Trim().ToLowerInvariant(), content.Trim());
        }
        return d;
    }

    static string? ItempropDate(IHtmlDocument doc) =>
        doc.QuerySelector("[itemprop='datePublished']") is { } e ? NonEmpty(e.GetAttribute("datetime")) ?? NonEmpty(e.GetAttribute("content")) ?? e.TextContent : null;

    static string? TimeDate(IElement? scope) =>
        scope is null ? null : (scope.QuerySelector("time[pubdate][datetime]") ?? scope.QuerySelector("time[datetime]"))?.GetAttribute("datetime");

    static string? NonEmpty(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    static string? WithoutSiteName(string? title, string? outlet)
    {
        if (title is null || outlet is null || title.Length <= outlet.Length + 3 || !title.EndsWith(outlet, StringComparison.OrdinalIgnoreCase)) return title;
        var cut = title.AsSpan(0, title.Length - outlet.Length).TrimEnd(" |-–—:·•»");
        return cut.Length == title.Length - outlet.Length ? title : cut.ToString(); // only when separated by a separator
    }

    // ---- boilerplate ----

    const string DroppedTags = "script,style,noscript,nav,aside,iframe,template,svg,button,select,textarea,object,embed,canvas,dialog,menu,figure,[hidden],[aria-hidden='true']";

    /// <summary>Removes elements that are never article text, in place.</summary>
    internal static void StripBoilerplate(IHtmlDocument doc)
    {
        foreach (var e in doc.QuerySelectorAll(DroppedTags)) e.Remove();
        // Whole-page <form> wrappers (ASP.NET) hold the article: only drop forms without article-like content.
        foreach (var e in doc.QuerySelectorAll("form"))
            if (e.QuerySelector("article,main,[itemprop='articleBody']") is null && e.QuerySelectorAll("p").Length < 3) e.Remove();
        foreach (var e in doc.QuerySelectorAll("header,footer"))
            if (e.Closest("article") is null) e.Remove(); // page-level only; an article's own header holds its title and lede
        foreach (var e in doc.QuerySelectorAll("[class],[id],[role]"))
            if (e.Parent is not null && LooksLikeBoilerplate(e) && e.QuerySelector("article,[itemprop='articleBody']") is null) e.Remove();
    }

    // Words in class/id names, matched against the name's tokens (lower-cased, split on - _ : .) as prefix or suffix.
    static readonly string[] AlwaysBoilerplate =
        ["advert", "sponsor", "promo", "share", "sharing", "social", "comment", "disqus", "related", "recommend", "cookie", "consent", "gdpr",
         "newsletter", "subscri", "signup", "paywall", "outbrain", "taboola", "popup", "modal", "breadcrumb", "banner", "mostread", "trending"];
    static readonly string[] LayoutBoilerplate = ["menu", "nav", "sidebar", "footer", "header", "masthead", "widget", "toolbar", "skiplink"];
    static readonly string[] ContentWords = ["article", "content", "entry", "post", "story", "body", "main", "text"];
    static readonly string[] BoilerplateRoles = ["navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu", "menubar", "alert"];

    /// <summary>
    /// Judges each class name and the id separately: a name is boilerplate when a token is an ad/share/comment/… word,
    /// or a layout word (menu, header…) without a content word in the same name ("site-header" vs "article-header");
    /// it is content when it has a content word and no boilerplate word. One content name keeps the element
    /// ("article-body share-enabled").
    /// </summary>
    static bool LooksLikeBoilerplate(IElement e)
    {
        if (e.LocalName is "html" or "body" or "article" or "main") return false;
        if (e.GetAttribute("role") is { } role && BoilerplateRoles.Contains(role.Trim().ToLowerInvariant())) return true;
        bool boilerplate = false;
        var names = $"{e.GetAttribute("class")} {e.GetAttribute("id")}".ToLowerInvariant();
        foreach (var r in names.AsSpan().SplitAny(" \t\n\r\f"))
        {
            var name = names.AsSpan()[r];
            if (name.IsEmpty) continue;
            bool strong = false, layout = false, content = false;
            foreach (var t in name.SplitAny("-_:."))
            {
                var tok = name[t];
                if (tok.IsEmpty) continue;
                strong |= tok is "ad" or "ads" or "adv" or "adslot" or "advertisement";
                if (!tok.StartsWith("commentar")) foreach (var w in AlwaysBoilerplate) strong |= Affix(tok, w);
                foreach (var w in LayoutBoilerplate) layout |= Affix(tok, w);
                foreach (var w in ContentWords) content |= tok.StartsWith(w);
            }
            if (strong || (layout && !content)) boilerplate = true;
            else if (content && !layout) return false;
        }
        return boilerplate;
    }

    static bool Affix(ReadOnlySpan<char> token, string word) => token.StartsWith(word) || token.EndsWith(word);

    // ---- article selection ----

    static IElement? SelectBody(IHtmlDocument doc)
    {
        IElement? best = null;
        int bestLength = 0;
        foreach (var a in doc.QuerySelectorAll("article"))
        {
            if (a.ParentElement?.Closest("article") is not null) continue;
            int len = a.TextContent.Length;
            if (len > bestLength) (best, bestLength) = (a, len);
        }
        if (best is not null && HasParagraphText(best)) return best;
        if (doc.QuerySelector("[itemprop='articleBody']") is { } ab && HasParagraphText(ab)) return ab;
        return doc.Body is null ? null : BestScored(doc.Body) ?? doc.Body;
    }

    static bool HasParagraphText(IElement e) => !string.IsNullOrWhiteSpace(e.TextContent);

    /// <summary>
    /// Readability-style scoring: each paragraph of ≥ 25 characters scores 1 + its commas + 1 per 100 characters (max 3)
    /// for its parent, half that for its grandparent; a candidate's total is scaled by (1 − link density).
    /// </summary>
    static IElement? BestScored(IElement root)
    {
        var scores = new Dictionary<IElement, double>();
        void Score(IElement paragraph, string text)
        {
            int len = text.AsSpan().Trim().Length;
            if (len < 25) return;
            double s = 1 + text.AsSpan().Count(',') + Math.Min(len / 100, 3);
            if (paragraph.ParentElement is { } parent)
            {
                scores[parent] = scores.GetValueOrDefault(parent) + s;
                if (parent.ParentElement is { } grand) scores[grand] = scores.GetValueOrDefault(grand) + s / 2;
            }
        }
        foreach (var p in root.QuerySelectorAll("p,pre,blockquote,td")) Score(p, p.TextContent);
        foreach (var div in root.QuerySelectorAll("div")) // text written straight into a <div>, paragraphs split by <br>
        {
            var direct = new StringBuilder();
            foreach (var n in div.ChildNodes) if (n is IText t) direct.Append(t.Data);
            if (direct.Length >= 25) Score(div, direct.ToString());
        }
        IElement? best = null;
        double bestScore = 0;
        foreach (var (e, s) in scores)
        {
            double final = s * (1 - LinkDensity(e));
            if (final > bestScore) (best, bestScore) = (e, final);
        }
        return best;
    }

    static double LinkDensity(IElement e)
    {
        int total = e.TextContent.Length;
        if (total == 0) return 0;
        int links = 0;
        foreach (var a in e.QuerySelectorAll("a")) links += a.TextContent.Length;
        return Math.Min(1.0, (double)links / total);
    }

    // ---- text ----

    static readonly HashSet<string> BlockTags =
        ["p", "div", "section", "article", "main", "header", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd",
         "blockquote", "pre", "table", "thead", "tbody", "tr", "td", "th", "caption", "address", "hr", "br", "details", "summary", "center"];

    /// <summary>
    /// Paragraph texts under <paramref name="root"/>, whitespace collapsed, joined by "\n\n". Drops paragraphs that are
    /// mostly link text, and with <paramref name="page"/> the &lt;h1&gt; headings (the headline is the title, not body text).
    /// </summary>
    static string Paragraphs(IElement root, bool page)
    {
        var w = new ParagraphWriter(page);
        w.Walk(root);
        w.Flush();
        return w.ToString();
    }

    sealed class ParagraphWriter(bool skipH1)
    {
        readonly StringBuilder output = new();
        readonly StringBuilder current = new();
        int linkChars;
        bool inLink;

        public void Walk(INode node)
        {
            foreach (var child in node.ChildNodes)
            {
                if (child is IText t)
                {
                    int before = current.Length;
                    TextUtil.AppendCollapsed(current, t.Data);
                    if (inLink) linkChars += current.Length - before;
                }
                else if (child is IElement e && !(skipH1 && e.LocalName == "h1"))
                {
                    bool block = BlockTags.Contains(e.LocalName);
                    if (block) Flush();
                    bool wasInLink = inLink;
                    inLink |= e.LocalName == "a";
                    Walk(e);
                    inLink = wasInLink;
                    if (block) Flush();
                }
            }
        }

        public void Flush()
        {
            int len = current.Length;
            while (len > 0 && current[len - 1] == ' ') len--;
            if (len > 0 && linkChars * 2 <= len)
            {
                if (output.Length > 0) output.Append("\n\n");
                output.Append(current, 0, len);
            }
            current.Clear();
            linkChars = 0;
        }

        public override string ToString() => output.ToString();
    }

    /// <summary>schema.org JSON-LD: datePublished, headline and publisher name, preferring Article-typed objects; handles @graph, arrays and mainEntity.</summary>
    sealed class JsonLd
    {
        public DateOnly? Published;
        public string? Headline, Publisher;
        bool fromArticle;

        static readonly JsonDocumentOptions Options = new() { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 };

        public static JsonLd Read(IHtmlDocument doc)
        {
            var ld = new JsonLd();
            foreach (var script in doc.QuerySelectorAll("script[type*='ld+json']"))
            {
                try
                {
                    using var json = JsonDocument.Parse(script.TextContent, Options);
                    ld.Visit(json.RootElement, 0);
                }
                catch (JsonException) { } // broken JSON-LD is common; the other metadata still applies
            }
            return ld;
        }

        void Visit(JsonElement e, int depth)
        {
            if (depth > 8) return;
            if (e.ValueKind == JsonValueKind.Array)
            {
                foreach (var item in e.EnumerateArray()) Visit(item, depth + 1);
                return;
            }
            if (e.ValueKind != JsonValueKind.Object) return;
            bool article = IsArticleType(e);
            if ((article && !fromArticle) || Published is null)
            {
                var date = e.TryGetProperty("datePublished", out var dp) && dp.ValueKind == JsonValueKind.String ? DateParsing.ParseLenient(dp.GetString()) : null;
                var headline = e.TryGetProperty("headline", out var h) && h.ValueKind == JsonValueKind.String ? h.GetString() : null;
                if (date is not null || headline is not null)
                {
                    if (article) fromArticle = true;
                    Published = date ?? Published;
                    Headline = headline ?? Headline;
                    if (e.TryGetProperty("publisher", out var pub))
                        Publisher = pub.ValueKind == JsonValueKind.String ? pub.GetString()
                            : pub.ValueKind == JsonValueKind.Object && pub.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString()
                            : Publisher;
                }
            }
            if (e.TryGetProperty("@graph", out var graph)) Visit(graph, depth + 1);
            if (e.TryGetProperty("mainEntity", out var main)) Visit(main, depth + 1);
        }

        static bool IsArticleType(JsonElement e)
        {
            if (!e.TryGetProperty("@type", out var t)) return false;
            if (t.ValueKind == JsonValueKind.String) return IsArticle(t.GetString());
            if (t.ValueKind == JsonValueKind.Array)
                foreach (var x in t.EnumerateArray()) if (x.ValueKind == JsonValueKind.String && IsArticle(x.GetString())) return true;
            return false;
        }

        static bool IsArticle(string? type) =>
            type is not null && (type.EndsWith("Article", StringComparison.Ordinal) || type is "BlogPosting" or "Report" or "LiveBlogPosting");
    }
}
