using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Core.Tests.Documents.Formats;

public class HtmlDocumentReaderTests
{
    private const string Paragraphs = """
        <p>Government forces and an armed opposition group clashed on Tuesday on the outskirts of Maarat al-Numan, residents said, in the heaviest fighting the area has seen since the spring.</p>
        <p>A local medic said at least six fighters were killed and several civilians were wounded when shells fell on a row of houses near the southern checkpoint.</p>
        <p>The fighting subsided by evening, but residents reported sporadic gunfire through the night and said many families had left for villages further north.</p>
        <p>Aid groups said they had suspended deliveries to the town until the roads were safe again.</p>
        """;

    internal static string Page(string head = "", string article = Paragraphs, string title = "Clashes near Maarat al-Numan") => $$"""
        <!DOCTYPE html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>{{title}} | Levant Dispatch</title>
          <style>body { font-family: serif; } .ad { display: block; }</style>
          <script>window.dataLayer = [{ "section": "news", "tracking": "SECRET-TRACKER" }];</script>
          {{head}}
        </head>
        <body>
          <nav class="menu"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li><li><a href="/sport">Sport</a></li></ul></nav>
          <header class="site-header"><a href="/">Levant Dispatch</a></header>
          <main>
            <article>
              <h1>{{title}}</h1>
              <div class="byline">By Staff Reporter</div>
              {{article}}
            </article>
            <aside class="related"><h3>Related</h3><ul><li><a href="/a">Market prices rise</a></li><li><a href="/b">Football results</a></li></ul></aside>
          </main>
          <script>document.write("injected text that must not appear");</script>
          <footer class="footer">Copyright Levant Dispatch. All rights reserved.</footer>
        </body>
        </html>
        """;

    private static Document Ok(DocumentResult r)
    {
        Assert.Null(r.Problem);
        return Assert.IsType<Document>(r.Document);
    }

    private static Document Read(string html, string? url = null, DateOnly? published = null) =>
        Ok(HtmlDocumentReader.Read("page.html", Encoding.UTF8.GetBytes(html), published, url));

    [Fact]
    public void ArticleTextKeepsParagraphsAndDropsScriptsStylesAndNavigation()
    {
        var d = Read(Page());
        Assert.Equal("page.html", d.Id);
        Assert.StartsWith("Clashes near Maarat al-Numan\n\n", d.Text);
        Assert.Contains("since the spring.\n\nA local medic said", d.Text);
        Assert.Contains("Aid groups said they had suspended deliveries to the town until the roads were safe again.", d.Text);
        foreach (var junk in new[] { "SECRET-TRACKER", "injected text", "font-family", "Football results", "All rights reserved", "Sport" })
            Assert.DoesNotContain(junk, d.Text);
        // One paragraph per line, nothing else.
        Assert.DoesNotContain("\n\n\n", d.Text);
        Assert.DoesNotContain("  ", d.Text);
    }

    [Fact]
    public void TheTitleLosesTheOutletsNameAndIsNotRepeated()
    {
        var d = Read("""
            <html><head><title>Clashes near Marib | Highland Courier</title><meta property="og:site_name" content="Highland Courier"></head>
            <body><article><h1>Clashes near Marib</h1>
            <p>Houthi fighters attacked army positions west of Marib on Saturday, a military official said on Sunday morning.</p>
            <p>Four soldiers were killed and six were wounded in the fighting, which lasted several hours, the official added.</p>
            </article></body></html>
            """);
        Assert.Equal("Clashes near Marib", d.Title);
        Assert.StartsWith("Clashes near Marib\n\nHouthi fighters", d.Text);
        Assert.Equal("Highland Courier", d.Source);
    }

    [Fact]
    public void MetaTagsGiveDateSourceAndCanonicalUrl()
    {
        var d = Read(Page("""
            <meta property="og:site_name" content="Levant Dispatch">
            <meta property="og:url" content="https://levant.example/og-url">
            <link rel="canonical" href="/2025/06/10/maarat-clashes">
            <meta property="article:published_time" content="2025-06-10T21:05:00+03:00">
            <meta name="date" content="2025-01-01">
            """), url: "https://levant.example/amp/maarat?utm=x");
        Assert.Equal(new DateOnly(2025, 6, 10), d.Published);
        Assert.Equal("Levant Dispatch", d.Source);
        Assert.Equal("https://levant.example/2025/06/10/maarat-clashes", d.Url);
    }

    [Theory]
    [InlineData("""<meta property="og:published_time" content="2025-06-11T08:00:00Z">""")]
    [InlineData("""<meta name="dc.date" content="2025-06-11">""")]
    [InlineData("""<meta name="pubdate" content="20250611">""")]
    [InlineData("""<meta itemprop="datePublished" content="2025-06-11">""")]
    public void OtherDateMetasAreRead(string meta)
    {
        // "20250611" is not a date DocumentDecoder.ParseDate knows, so that case must fall through to the JSON-LD below.
        var d = Read(Page(meta + """<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-06-11T07:00:00Z"}</script>"""));
        Assert.Equal(new DateOnly(2025, 6, 11), d.Published);
    }

    [Fact]
    public void JsonLdDatePublishedIsFoundInsideAGraph()
    {
        var d = Read(Page("""
            <script type="application/ld+json">{ "not valid json": </script>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Levant Dispatch"},
              {"@type":"NewsArticle","headline":"Clashes","datePublished":"2025-06-09T18:30:00+03:00","publisher":{"@type":"Organization","name":"Levant Dispatch"}}]}
            </script>
            """));
        Assert.Equal(new DateOnly(2025, 6, 9), d.Published);
        Assert.DoesNotContain("@graph", d.Text);
    }

    [Fact]
    public void ATimeElementDatesAPageWithoutMetadata()
    {
        var d = Read(Page(article: """<p>Posted <time datetime="2025-06-08T10:00:00Z">Sunday</time>.</p>""" + Paragraphs));
        Assert.Equal(new DateOnly(2025, 6, 8), d.Published);
    }

    [Fact]
    public void AGivenDateAndUrlAreUsedWhenThePageHasNone()
    {
        var d = Read(Page(), url: "https://levant.example/maarat", published: new DateOnly(2025, 6, 7));
        Assert.Equal(new DateOnly(2025, 6, 7), d.Published);
        Assert.Equal("https://levant.example/maarat", d.Url);
        Assert.Null(Read(Page()).Url);
    }

    [Fact]
    public void AShortNewsBriefIsStillAnArticle()
    {
        var d = Read(Page(article: "<p>Two rockets hit an empty field outside Jableh on Monday night; no one was hurt, a local official said.</p>", title: "Rockets fall outside Jableh"));
        Assert.Equal("Rockets fall outside Jableh\n\nTwo rockets hit an empty field outside Jableh on Monday night; no one was hurt, a local official said.", d.Text);
    }

    [Fact]
    public void LineBreaksAndDivsWithoutParagraphsSurvive()
    {
        var d = Read(Page(article: "<div>Curfew announced in Hama.<br>It starts at 8pm.</div><div>" + Paragraphs.Replace("<p>", "<div>").Replace("</p>", "</div>") + "</div>"));
        Assert.Contains("Curfew announced in Hama.\nIt starts at 8pm.\n\n", d.Text);
        Assert.Contains("since the spring.\n\nA local medic said", d.Text);
    }

    [Theory]
    [InlineData("""
        <!DOCTYPE html><html><head><title>Levant Dispatch</title><script>var app = "loading the whole site with javascript and much more text than a brief";</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><div id="app"></div><script src="/bundle.js"></script></body></html>
        """)]
    [InlineData("""
        <!DOCTYPE html><html><head><title>Levant Dispatch</title></head>
        <body><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news from the region and beyond</a></li><li><a href="/sport">Sport results and fixtures for all leagues</a></li></ul></nav>
        <div class="cookie">We use cookies to improve your experience. Accept all cookies?</div>
        <footer>Copyright Levant Dispatch. All rights reserved. Contact us. Privacy policy. Terms.</footer></body></html>
        """)]
    [InlineData("""<html><body><ul><li><a href="/1">Shelling reported in the eastern countryside overnight</a></li><li><a href="/2">Protesters gather outside the governorate building</a></li><li><a href="/3">Aid convoy reaches the besieged town after weeks</a></li></ul></body></html>""")]
    public void APageWithoutArticleContentIsAProblem(string shell)
    {
        var r = HtmlDocumentReader.Read("shell.html", Encoding.UTF8.GetBytes(shell));
        Assert.Null(r.Document);
        Assert.Equal("no article text found in the HTML page (only navigation, scripts or markup)", r.Problem!.Reason);
    }

    [Fact]
    public void EmptyAndBinaryInputAreProblems()
    {
        Assert.Equal("empty document (no text)", HtmlDocumentReader.Read("e.html", "   \n"u8).Problem!.Reason);
        Assert.StartsWith("binary file", HtmlDocumentReader.Read("b.html", new byte[] { 0x3C, 0x68, 0, 1, 2 }).Problem!.Reason);
    }

    [Fact]
    public void ALegacyCharsetIsHonoured()
    {
        var html = Page(article: "<p>Caf\u00e9 owners in the old souk said the shelling stopped at dawn.</p>" + Paragraphs).Replace("<meta charset=\"utf-8\">", "<meta charset=\"windows-1252\">");
        var bytes = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(1252)!.GetBytes(html);
        var d = Ok(HtmlDocumentReader.Read("old.html", bytes));
        Assert.Contains("Caf\u00e9 owners", d.Text);
    }
}
