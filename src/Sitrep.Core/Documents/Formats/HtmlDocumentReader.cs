using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using SmartReader;

namespace Sitrep.Core.Documents.Formats;

/// <summary>Reads a saved web page into a document: the article's text (headline first), its publication date, outlet and canonical URL.</summary>
/// <remarks>
/// Metadata comes from the page as published, before SmartReader strips it: the date from meta tags, then JSON-LD
/// <c>datePublished</c>, then a <c>&lt;time datetime&gt;</c>, then a dateline at the top of the text.
/// </remarks>
public static partial class HtmlDocumentReader
{
    // Meta names and properties that carry the publication date, most specific first.
    private static readonly string[] DateMetas =
    [
        "article:published_time", "og:published_time", "og:article:published_time", "article.published", "datepublished",
        "date", "dc.date", "dc.date.issued", "dc.date.created", "dcterms.date", "dcterms.issued", "dcterms.created",
        "pubdate", "publishdate", "publish-date", "publish_date", "published_time", "published-date", "sailthru.date",
        "parsely-pub-date", "originalpublicationdate", "displaydate",
    ];

    /// <summary>Fewest non-space characters of prose (text outside links and navigation) that make a page an article.</summary>
    public const int MinArticleChars = 80;

    [GeneratedRegex(@"<meta[^>]+charset\s*=\s*[""']?\s*(?<cs>[A-Za-z0-9_:.\-]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MetaCharset();

    /// <summary>Reads a page from its bytes: UTF-8 or UTF-16 with a BOM, else the charset its &lt;meta&gt; declares, else Windows-1252.</summary>
    /// <param name="id">Document id, normally the file path.</param>
    /// <param name="bytes">The page as saved.</param>
    /// <param name="published">A publication date that overrides whatever the page says.</param>
    /// <param name="url">Where the page was fetched from; used when it names no canonical URL and to resolve relative ones.</param>
    /// <param name="maxBytes">Largest page accepted.</param>
    public static DocumentResult Read(string id, ReadOnlySpan<byte> bytes, DateOnly? published = null, string? url = null, long maxBytes = DocumentDecoder.DefaultMaxBytes)
    {
        if (bytes.Length > maxBytes)
            return DocumentResult.Fail(id, null, $"document is {DocumentDecoder.Mb(bytes.Length)}, over the {DocumentDecoder.Mb(maxBytes)} limit for one document");
        var html = Decode(bytes, out var problem);
        return html is null ? DocumentResult.Fail(id, null, problem!) : Read(id, html, published, url);
    }

    /// <summary>Reads a page already decoded to a string.</summary>
    public static DocumentResult Read(string id, string html, DateOnly? published = null, string? url = null)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (string.IsNullOrWhiteSpace(html)) return DocumentResult.Fail(id, null, "empty document (no text)");
        try
        {
            return ReadPage(id, html, published, url);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // SmartReader's heuristics walk arbitrary markup; a page that trips them is one bad document, not a crash.
            return DocumentResult.Fail(id, null, $"HTML page could not be read: {OneLine(e.Message)}");
        }
    }

    private static DocumentResult ReadPage(string id, string html, DateOnly? published, string? url)
    {
        var baseUri = Uri.TryCreate(url, UriKind.Absolute, out var u) && (u.Scheme == Uri.UriSchemeHttp || u.Scheme == Uri.UriSchemeHttps) ? u : null;
        var page = new HtmlParser().ParseDocument(html);

        // Read metadata first: SmartReader edits the DOM it is given.
        var metas = Metas(page);
        var date = published ?? MetaDate(metas) ?? JsonLdDate(page) ?? TimeDate(page);
        var site = Meta(metas, "og:site_name");
        var canonical = Absolute(page.QuerySelector("link[rel~='canonical' i]")?.GetAttribute("href"), baseUri)
            ?? Absolute(Meta(metas, "og:url"), baseUri)
            ?? baseUri?.AbsoluteUri ?? url;
        var headline = Headline(page, metas);

        string? body = null;
        var prose = 0;
        // A wire brief can be two sentences, well under Readability's 500-character default for "an article".
        using var reader = new Reader(baseUri?.AbsoluteUri ?? "https://localhost/", page) { Debug = false, CharThreshold = MinArticleChars };
        reader.AddCustomOperationEnd(article =>
        {
            body = HtmlText.FromNode(article);
            prose = HtmlText.ProseLength(article);
        });
        var result = reader.GetArticle();
        // Not result.IsReadable: SmartReader's pre-check rejects short briefs, yet returns a page's menu when it finds nothing better,
        // so what decides is whether the extract holds prose outside links and navigation.
        if (body is null || prose < MinArticleChars)
            return DocumentResult.Fail(id, null, "no article text found in the HTML page (only navigation, scripts or markup)");

        var title = WithoutSite(headline ?? Clean(result.Title) ?? Clean(page.Title), site ?? Clean(result.SiteName));
        var text = title is null || body.StartsWith(title, StringComparison.Ordinal) ? body : title + "\n\n" + body;
        date ??= result.PublicationDate is { } pd ? DateOnly.FromDateTime(pd) : DocumentDecoder.FindDateline(body);
        site ??= Clean(result.SiteName);
        return DocumentResult.Ok(new Document(id, date, site, canonical, text, title));
    }

    private static string? Decode(ReadOnlySpan<byte> bytes, out string? problem)
    {
        var text = DocumentDecoder.DecodeBytes(bytes, out problem, out var badUtf8At, null);
        if (text is not null || badUtf8At is null) return text;
        // Not UTF-8: older pages declare a legacy charset, and browsers read undeclared ones as Windows-1252.
        problem = null;
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 4096)]);
        var declared = MetaCharset().Match(head) is { Success: true } m ? m.Groups["cs"].Value : null;
        var encoding = (declared is null ? null : DocumentDecoder.EncodingNamed(declared)) ?? DocumentDecoder.EncodingNamed("windows-1252")!;
        return encoding.GetString(bytes);
    }

    private static Dictionary<string, string> Metas(IHtmlDocument page)
    {
        var metas = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var m in page.QuerySelectorAll("meta[content]"))
        {
            var key = m.GetAttribute("property") ?? m.GetAttribute("name") ?? m.GetAttribute("itemprop") ?? m.GetAttribute("http-equiv");
            var content = m.GetAttribute("content")?.Trim();
            if (key is null || string.IsNullOrEmpty(content)) continue;
            metas.TryAdd(key.Trim(), content);
        }
        return metas;
    }

    private static string? Meta(Dictionary<string, string> metas, string key) => metas.TryGetValue(key, out var v) ? Clean(v) : null;

    private static DateOnly? MetaDate(Dictionary<string, string> metas)
    {
        foreach (var key in DateMetas)
            if (metas.TryGetValue(key, out var v) && DocumentDecoder.ParseDate(v) is { } d)
                return d;
        return null;
    }

    private static DateOnly? JsonLdDate(IHtmlDocument page)
    {
        foreach (var script in page.QuerySelectorAll("script[type='application/ld+json' i]"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent, new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip, MaxDepth = 64 });
                if (FindDatePublished(json.RootElement, 0) is { } d) return d;
            }
            catch (JsonException)
            {
                // Hand-written JSON-LD is often invalid; the other date sources still apply.
            }
        }
        return null;
    }

    private static DateOnly? FindDatePublished(JsonElement el, int depth)
    {
        if (depth > 32) return null;
        if (el.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in el.EnumerateArray())
                if (FindDatePublished(item, depth + 1) is { } d) return d;
            return null;
        }
        if (el.ValueKind != JsonValueKind.Object) return null;
        if (el.TryGetProperty("datePublished", out var dp) && dp.ValueKind == JsonValueKind.String && DocumentDecoder.ParseDate(dp.GetString()!) is { } found)
            return found;
        foreach (var prop in el.EnumerateObject())
            if (prop.Value.ValueKind is JsonValueKind.Object or JsonValueKind.Array && FindDatePublished(prop.Value, depth + 1) is { } d)
                return d;
        return null;
    }

    private static DateOnly? TimeDate(IHtmlDocument page)
    {
        // A time marked as the publication date beats the first time in the article, which beats any time on the page (a sidebar's, say).
        var time = page.QuerySelector("time[datetime][pubdate], time[datetime][itemprop='datePublished' i]")
            ?? page.QuerySelector("article time[datetime]")
            ?? page.QuerySelector("time[datetime]");
        return time?.GetAttribute("datetime") is { } dt ? DocumentDecoder.ParseDate(dt) : null;
    }

    /// <summary>The headline: og:title, else an &lt;h1&gt; that the &lt;title&gt; repeats ("Headline | Outlet"); null leaves it to SmartReader.</summary>
    private static string? Headline(IHtmlDocument page, Dictionary<string, string> metas)
    {
        if (Meta(metas, "og:title") is { } og) return og;
        var pageTitle = WithoutSite(Clean(page.Title), Meta(metas, "og:site_name"));
        if (pageTitle is null) return null;
        // An h1 is often the site's logo, so it counts only when it is most of the page title.
        foreach (var h1 in page.QuerySelectorAll("h1"))
            if (Clean(h1.TextContent) is { Length: > 0 } h && pageTitle.Contains(h, StringComparison.Ordinal) && h.Length * 2 > pageTitle.Length)
                return h;
        return null;
    }

    /// <summary>"Clashes near Marib | Highland Courier" → "Clashes near Marib" when the outlet is known: the name is the site's, not the story's.</summary>
    private static string? WithoutSite(string? title, string? site)
    {
        if (title is null || string.IsNullOrWhiteSpace(site)) return title;
        foreach (var sep in Separators)
        {
            if (title.EndsWith(sep + site, StringComparison.OrdinalIgnoreCase) && title.Length > sep.Length + site.Length)
                return title[..^(sep.Length + site.Length)].TrimEnd();
            if (title.StartsWith(site + sep, StringComparison.OrdinalIgnoreCase) && title.Length > sep.Length + site.Length)
                return title[(site.Length + sep.Length)..].TrimStart();
        }

        return title;
    }

    private static readonly string[] Separators = [" | ", " - ", " \u2013 ", " \u2014 ", " :: ", " \u00B7 ", ": "];

    private static string? Absolute(string? href, Uri? baseUri)
    {
        if (string.IsNullOrWhiteSpace(href)) return null;
        href = href.Trim();
        if (Uri.TryCreate(href, UriKind.Absolute, out var abs) && (abs.Scheme == Uri.UriSchemeHttp || abs.Scheme == Uri.UriSchemeHttps)) return abs.AbsoluteUri;
        return baseUri is not null && Uri.TryCreate(baseUri, href, out var rel) ? rel.AbsoluteUri : null;
    }

    private static string? Clean(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        return string.Join(' ', s.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    private static string OneLine(string s)
    {
        var line = s.ReplaceLineEndings(" ");
        return line.Length > 160 ? line[..160] + "..." : line;
    }
}
