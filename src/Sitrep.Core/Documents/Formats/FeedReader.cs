using System.Globalization;
using System.Runtime.InteropServices;
using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;

namespace Sitrep.Core.Documents.Formats;

/// <summary>Reads an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one document per item, refusing DTDs so no entity is ever expanded or fetched.</summary>
public static partial class FeedReader
{
    /// <summary>The problem for a feed that carries a DOCTYPE (entity bombs and external entities both need one).</summary>
    public const string DtdProblem = "feed refused: DTD/entities not allowed";

    private const string AtomNs = "http://www.w3.org/2005/Atom";

    private static readonly string[] Months = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // RFC 822 dates as feeds write them ("Tue, 24 Nov 2026 08:15:00 GMT"); the day as written is the publisher's date.
    [GeneratedRegex(@"^\s*(?:[A-Za-z]+,?\s*)?(?<d>\d{1,2})\s+(?<m>[A-Za-z]{3})[A-Za-z]*\.?\s+(?<y>\d{2}(?:\d{2})?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc822();

    /// <summary>Reads a feed into documents, one per item or entry, or a single problem when the feed as a whole is refused.</summary>
    /// <param name="id">The feed's id, normally the file path; items without a guid or link are named "id#n".</param>
    /// <param name="bytes">The feed file.</param>
    /// <param name="published">A publication date that overrides every item's own.</param>
    /// <param name="maxBytes">Largest feed accepted; also caps the characters the XML parser will read.</param>
    public static IReadOnlyList<DocumentResult> Read(string id, ReadOnlyMemory<byte> bytes, DateOnly? published = null, long maxBytes = DocumentDecoder.DefaultMaxBytes)
    {
        if (bytes.Length > maxBytes)
            return [DocumentResult.Fail(id, null, $"document is {DocumentDecoder.Mb(bytes.Length)}, over the {DocumentDecoder.Mb(maxBytes)} limit for one document")];
        if (bytes.IsEmpty) return [DocumentResult.Fail(id, null, "empty document (no text)")];

        XDocument xml;
        try
        {
            xml = Load(bytes, maxBytes);
        }
        catch (XmlException e) when (e.Message.Contains("DTD", StringComparison.Ordinal))
        {
            return [DocumentResult.Fail(id, null, DtdProblem)];
        }
        catch (XmlException e) when (e.Message.Contains("MaxCharacters", StringComparison.Ordinal))
        {
            return [DocumentResult.Fail(id, null, $"feed refused: over the {maxBytes:N0}-character limit")];
        }
        catch (XmlException e)
        {
            return [DocumentResult.Fail(id, e.LineNumber > 0 ? e.LineNumber : null, $"malformed XML feed: {OneLine(e.Message)}")];
        }

        var root = xml.Root!;
        var (source, items) = root.Name.LocalName switch
        {
            "rss" => (Child(root.Element("channel"), "title"), root.Element("channel")?.Elements().Where(e => e.Name.LocalName == "item") ?? []),
            "RDF" => (Child(Child(root, "channel"), "title"), root.Elements().Where(e => e.Name.LocalName == "item")),
            "feed" when root.Name.NamespaceName == AtomNs => (Child(root, "title"), root.Elements(XName.Get("entry", AtomNs))),
            _ => ((XElement?)null, (IEnumerable<XElement>?)null),
        };
        if (items is null) return [DocumentResult.Fail(id, null, $"not an RSS or Atom feed (root element <{root.Name.LocalName}>)")];
        var sourceName = source is null ? null : Plain(source);
        var feedLink = root.Name.LocalName == "feed" ? AtomLink(root) : Child(Child(root, "channel") ?? root, "link") is { } cl ? Plain(cl) : null;
        var baseUri = Uri.TryCreate(feedLink, UriKind.Absolute, out var b) && IsWeb(b) ? b : null;

        var results = new List<DocumentResult>();
        var n = 0;
        foreach (var item in items)
        {
            n++;
            results.Add(root.Name.LocalName == "feed" ? ReadEntry(id, n, item, sourceName, baseUri, published) : ReadItem(id, n, item, sourceName, baseUri, published));
        }
        if (results.Count == 0) results.Add(DocumentResult.Fail(id, null, "feed has no items"));
        return results;
    }

    private static XDocument Load(ReadOnlyMemory<byte> bytes, long maxBytes)
    {
        var settings = new XmlReaderSettings
        {
            // Prohibit, not Ignore: a DOCTYPE in a news feed is either a relic or an attack, and either way it is named, never half-read.
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersInDocument = maxBytes,
            MaxCharactersFromEntities = 1024,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        var array = MemoryMarshal.TryGetArray(bytes, out var segment) ? segment : new ArraySegment<byte>(bytes.ToArray());
        using var stream = new MemoryStream(array.Array!, array.Offset, array.Count, writable: false);
        using var reader = XmlReader.Create(stream, settings);
        return XDocument.Load(reader, LoadOptions.SetLineInfo);
    }

    private static DocumentResult ReadItem(string feed, int n, XElement item, string? source, Uri? baseUri, DateOnly? published)
    {
        var title = Child(item, "title") is { } t ? FromHtml(t.Value) : null;
        var body = (Child(item, "encoded") ?? Child(item, "description")) is { } b ? FromHtml(b.Value) : null;
        var link = Resolve(Child(item, "link") is { } l ? Plain(l) : null, baseUri);
        var guid = Child(item, "guid") is { } g ? Plain(g) : null;
        var about = item.Attributes().FirstOrDefault(a => a.Name.LocalName == "about")?.Value.Trim();
        var date = published ?? FirstDate(Child(item, "pubDate"), Child(item, "date"), Child(item, "published"), Child(item, "updated"));
        return Make(feed, n, item, guid ?? about ?? link, date, source, link, title, body);
    }

    private static DocumentResult ReadEntry(string feed, int n, XElement entry, string? source, Uri? baseUri, DateOnly? published)
    {
        var title = Child(entry, "title") is { } t ? AtomText(t) : null;
        var body = (Child(entry, "content") ?? Child(entry, "summary")) is { } b ? AtomText(b) : null;
        if (string.IsNullOrEmpty(body) && Child(entry, "summary") is { } s) body = AtomText(s);
        var link = Resolve(AtomLink(entry), baseUri);
        var entryId = Child(entry, "id") is { } i ? Plain(i) : null;
        var date = published ?? FirstDate(Child(entry, "published"), Child(entry, "updated"), Child(entry, "date"));
        return Make(feed, n, entry, entryId ?? link, date, source, link, title, body);
    }

    private static DocumentResult Make(string feed, int n, XElement item, string? itemId, DateOnly? date, string? source, string? link, string? title, string? body)
    {
        var line = ((IXmlLineInfo)item).HasLineInfo() ? ((IXmlLineInfo)item).LineNumber : (int?)null;
        title = string.IsNullOrWhiteSpace(title) ? null : title;
        body = string.IsNullOrWhiteSpace(body) ? null : body;
        if (title is null && body is null) return DocumentResult.Fail(feed, line, $"feed item {n} has no title or text");
        string text;
        if (title is null) text = body!;
        else if (body is null) text = title;
        else if (body.StartsWith(title, StringComparison.Ordinal)) text = body; // some feeds repeat the headline in the description
        else text = title + "\n\n" + body;
        date ??= DocumentDecoder.FindDateline(body ?? text);
        return DocumentResult.Ok(new Document(string.IsNullOrEmpty(itemId) ? $"{feed}#{n}" : itemId, date, source, string.IsNullOrEmpty(link) ? null : link, text, title));
    }

    /// <summary>The href of an Atom element's alternate link, or of its first link.</summary>
    private static string? AtomLink(XElement e)
    {
        var links = e.Elements(XName.Get("link", AtomNs)).ToList();
        return (links.FirstOrDefault(l => (string?)l.Attribute("rel") is null or "alternate") ?? links.FirstOrDefault())?.Attribute("href")?.Value.Trim();
    }

    // Feeds written by hand or by small CMSs often give item links relative to the site.
    private static string? Resolve(string? link, Uri? baseUri)
    {
        if (string.IsNullOrEmpty(link)) return null;
        // On Unix "/a/1" parses as an absolute file URI, so only a web URI counts as already absolute.
        if (Uri.TryCreate(link, UriKind.Absolute, out var abs) && IsWeb(abs)) return abs.AbsoluteUri;
        return baseUri is not null && Uri.TryCreate(baseUri, link, out var rel) ? rel.AbsoluteUri : link;
    }

    private static bool IsWeb(Uri u) => u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps;

    /// <summary>An Atom text construct: plain text, escaped HTML, or inline XHTML.</summary>
    private static string AtomText(XElement e)
    {
        var type = ((string?)e.Attribute("type"))?.Trim().ToLowerInvariant();
        return type switch
        {
            "html" or "text/html" => FromHtml(e.Value),
            "xhtml" or "application/xhtml+xml" => FromHtml(string.Concat(e.Nodes().Select(x => x.ToString(SaveOptions.DisableFormatting)))),
            null or "text" or "text/plain" => HtmlText.Tidy(string.Join('\n', e.Value.Split('\n').Select(l => Collapse(l)))),
            _ => "",
        };
    }

    private static string FromHtml(string html) => html.Contains('<') || html.Contains('&') ? HtmlText.FromHtml(html) : Collapse(html);

    private static XElement? Child(XElement? parent, string localName) =>
        parent?.Elements().FirstOrDefault(e => e.Name.LocalName == localName);

    private static string Plain(XElement e) => Collapse(e.Value);

    private static string Collapse(string s) => string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static DateOnly? FirstDate(params XElement?[] candidates)
    {
        foreach (var c in candidates)
            if (c is not null && ParseFeedDate(c.Value) is { } d) return d;
        return null;
    }

    /// <summary>A feed date: RFC 822 (RSS) or ISO 8601 (Atom, Dublin Core), taken as the date the publisher wrote.</summary>
    public static DateOnly? ParseFeedDate(string s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        var m = Rfc822().Match(s);
        if (m.Success)
        {
            var month = Array.IndexOf(Months, m.Groups["m"].Value.ToLowerInvariant()) + 1;
            var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
            if (year < 100) year += year < 50 ? 2000 : 1900;
            var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
            if (month > 0 && day <= DateTime.DaysInMonth(year, month) && day > 0) return new DateOnly(year, month, day);
            return null;
        }
        return DocumentDecoder.ParseDate(s);
    }

    private static string OneLine(string s)
    {
        var line = s.ReplaceLineEndings(" ").Trim();
        return line.Length > 160 ? line[..160] + "..." : line;
    }
}
