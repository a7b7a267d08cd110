using System.Xml;
using System.Xml.Linq;
using Cronista.Model;

namespace Cronista.Ingest.Readers;

/// <summary>
/// RSS 2.0 / RSS 1.0 (RDF) and Atom feeds (.rss, .atom; .xml and others when the root is &lt;rss&gt;, &lt;feed&gt; or &lt;rdf:RDF&gt;).
/// Streams with <see cref="XmlReader"/> (DTDs prohibited, no external resolution), one item at a time, so a truncated
/// or broken feed still yields every complete item before the break, then one error with the line.
/// Item text: RSS <c>content:encoded</c> else <c>description</c>; Atom <c>content</c> else <c>summary</c>; HTML is reduced
/// to text with <see cref="HtmlReader.ExtractText"/>. Date: RSS <c>pubDate</c> (RFC 822, tolerant) or <c>dc:date</c>;
/// Atom <c>published</c> else <c>updated</c>. Id: guid / id. Outlet: the feed title. Language: RSS channel
/// <c>language</c> or the inherited <c>xml:lang</c>. Source of each item: "path:line" (line of its opening tag).
/// </summary>
public sealed class FeedReader : IDocumentReader
{
    const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    readonly HtmlReader html = new();

    public bool OneDocumentPerFile => false;

    public bool MatchesExtension(ReadOnlySpan<char> extension) =>
        extension.Equals(".rss", StringComparison.OrdinalIgnoreCase) || extension.Equals(".atom", StringComparison.OrdinalIgnoreCase);

    /// <summary>An XML head whose markup mentions &lt;rss, &lt;feed or &lt;rdf:RDF (so .xml files that are not feeds are left alone).</summary>
    public bool MatchesContent(ReadOnlySpan<byte> head)
    {
        var t = ByteSniffer.TrimStart(head);
        return !t.IsEmpty && t[0] == '<' && !ByteSniffer.LooksBinary(head)
            && (ByteSniffer.ContainsIgnoreCase(t, "<rss"u8) || ByteSniffer.ContainsIgnoreCase(t, "<feed"u8) || ByteSniffer.ContainsIgnoreCase(t, "<rdf:rdf"u8));
    }

    static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreProcessingInstructions = true,
        CheckCharacters = false, CloseInput = false,
    };

    public IEnumerable<ReadItem> Read(Stream stream, string source, ReadOptions options)
    {
        using var xml = XmlReader.Create(stream, Settings);
        var cursor = new Cursor(xml);
        int items = 0;
        while (true)
        {
            XElement? item;
            int line;
            string? lang;
            string? error = null;
            int? errorLine = null;
            try { item = cursor.Next(out line, out lang); }
            catch (XmlException ex) { (item, line, lang, error, errorLine) = (null, 0, null, WithoutPosition(ex.Message), ex.LineNumber > 0 ? ex.LineNumber : null); }
            if (error is not null)
            {
                yield return ReadItem.Error(source, errorLine, $"broken XML after {items} item(s): {error}");
                yield break;
            }
            if (item is null) break;
            items++;
            yield return ToDocument(item, $"{source}:{line}", source, line, cursor, lang, options);
        }
        if (cursor.Root is not ("rss" or "feed" or "RDF"))
            yield return ReadItem.Error(source, null, cursor.Root is null ? "not an RSS or Atom feed (no root element)" : $"not an RSS or Atom feed (root element <{cursor.Root}>)");
        else if (items == 0)
            yield return ReadItem.Warning(source, null, "feed has no items");
    }

    // XmlException messages end with " Line 27, position 7."; the line is reported separately
    static string WithoutPosition(string message)
    {
        if (message.Contains("DTD is prohibited", StringComparison.Ordinal)) return "DTDs are not allowed (they could pull in external entities)";
        int cut = message.LastIndexOf(" Line ", StringComparison.Ordinal);
        return cut > 0 && message.AsSpan(cut).Contains(", position ", StringComparison.Ordinal) ? message[..cut].TrimEnd() : message;
    }

    ReadItem ToDocument(XElement item, string itemSource, string file, int line, Cursor feed, string? lang, ReadOptions options)
    {
        bool atom = item.Name.LocalName == "entry";
        string? text;
        DateOnly? published;
        string? link, id;
        if (atom)
        {
            text = AtomText(Child(item, "content")) ?? AtomText(Child(item, "summary"));
            published = DateParsing.ParseLenient(Value(item, "published")) ?? DateParsing.ParseLenient(Value(item, "updated"));
            id = Value(item, "id");
            link = item.Elements().Where(e => e.Name.LocalName == "link" && (string?)e.Attribute("rel") is null or "alternate")
                .Select(e => (string?)e.Attribute("href")).FirstOrDefault(h => !string.IsNullOrWhiteSpace(h))?.Trim();
        }
        else
        {
            var encoded = item.Element(XName.Get("encoded", ContentNs))?.Value;
            text = HtmlToText(string.IsNullOrWhiteSpace(encoded) ? Value(item, "description") : encoded);
            published = DateParsing.ParseLenient(Value(item, "pubDate")) ?? DateParsing.ParseLenient(Value(item, "date"));
            id = Value(item, "guid") ?? (string?)item.Attribute(XName.Get("about", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"));
            link = Value(item, "link");
        }
        if (string.IsNullOrWhiteSpace(text)) return ReadItem.Error(file, line, "feed item has no text (no content or description)");
        if (text.Length > options.MaxDocumentBytes)
            return ReadItem.Error(file, line, $"feed item is {TextUtil.Size(text.Length)}, over the size limit of {TextUtil.Size(options.MaxDocumentBytes)}");
        var titleElement = Child(item, "title");
        return ReadItem.Of(new RawDocument
        {
            Id = id?.Trim(), Source = itemSource, Url = link, Published = published, Outlet = feed.Title,
            Title = titleElement is null ? null : TextUtil.CollapseWhitespace(atom ? AtomText(titleElement) : HtmlToText(titleElement.Value)),
            Text = text, Language = TextUtil.NormalizeLanguage(lang) ?? feed.Language,
        });
    }

    static XElement? Child(XElement e, string localName) => e.Elements().FirstOrDefault(c => c.Name.LocalName == localName);
    static string? Value(XElement e, string localName) => Child(e, localName)?.Value is { } v && !string.IsNullOrWhiteSpace(v) ? v.Trim() : null;

    string? HtmlToText(string? s) => s is null ? null : html.ExtractText(s);

    /// <summary>Atom text constructs: type="text" (default) is plain text, "html" is escaped HTML, "xhtml" is inline markup in a div.</summary>
    string? AtomText(XElement? e)
    {
        if (e is null) return null;
        var type = ((string?)e.Attribute("type"))?.Trim().ToLowerInvariant();
        string? text = type switch
        {
            "html" or "text/html" => html.ExtractText(e.Value),
            "xhtml" or "application/xhtml+xml" => html.ExtractText(string.Concat((e.Elements().FirstOrDefault() ?? e).Nodes())),
            _ => TextUtil.NormalizeNewlines(e.Value).Trim(),
        };
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    /// <summary>Walks the feed outside items, collecting feed-level metadata, and hands out one item element at a time.</summary>
    sealed class Cursor(XmlReader xml)
    {
        bool positioned; // the reader already sits on an unread node (after ReadFrom / ReadElementContentAsString)
        public string? Root, Title, Language;

        /// <summary>The next item/entry, or null at the end. Throws <see cref="XmlException"/> on broken XML.</summary>
        public XElement? Next(out int line, out string? lang)
        {
            var info = (IXmlLineInfo)xml;
            while (positioned || xml.Read())
            {
                positioned = false;
                if (xml.NodeType != XmlNodeType.Element) continue;
                var name = xml.LocalName;
                if (xml.Depth == 0)
                {
                    Root = name;
                    if (name is not ("rss" or "feed" or "RDF")) break;
                    continue;
                }
                if (name is "item" or "entry")
                {
                    line = info.LineNumber;
                    lang = xml.XmlLang;
                    var element = (XElement)XNode.ReadFrom(xml);
                    positioned = true;
                    return element;
                }
                // feed-level fields: RSS rss/channel/title (depth 2), RDF rdf/channel/title (2), Atom feed/title (1)
                if (xml.Depth <= 2 && name is "title" && Title is null)
                {
                    Title = TextUtil.CollapseWhitespace(((XElement)XNode.ReadFrom(xml)).Value);
                    positioned = true;
                }
                else if (xml.Depth <= 2 && name is "language" && Language is null)
                {
                    Language = TextUtil.NormalizeLanguage(((XElement)XNode.ReadFrom(xml)).Value);
                    positioned = true;
                }
            }
            line = 0;
            lang = null;
            return null;
        }
    }
}
