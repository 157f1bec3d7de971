using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Core.Tests.Documents.Formats;

public class FeedReaderTests
{
    internal const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
          <channel>
            <title>Frontline Monitor</title>
            <link>https://monitor.example/</link>
            <description>Daily conflict notes</description>
            <item>
              <title>Drone strike hits fuel depot near Sarmada</title>
              <link>https://monitor.example/2025/04/sarmada-depot</link>
              <guid isPermaLink="false">fm-2025-0412</guid>
              <pubDate>Sat, 12 Apr 2025 23:40:00 +0300</pubDate>
              <description><![CDATA[<p>A drone struck a fuel depot <b>near Sarmada</b> late on Saturday.</p><script>track('x')</script><p>No casualties were reported.</p>]]></description>
            </item>
            <item>
              <title>Protest in Afrin town centre</title>
              <link>https://monitor.example/2025/04/afrin-protest</link>
              <dc:date>2025-04-13T09:00:00Z</dc:date>
              <description>Residents gathered &lt;em&gt;peacefully&lt;/em&gt; to demand electricity.</description>
              <content:encoded><![CDATA[<p>Hundreds of residents gathered peacefully in the town centre.</p><p>They demanded electricity &amp; water.</p>]]></content:encoded>
            </item>
            <item>
              <description>Clashes reported overnight in Jisr al-Shughur.</description>
            </item>
          </channel>
        </rss>
        """;

    internal const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title type="text">Borderlands Wire</title>
          <id>urn:uuid:borderlands</id>
          <updated>2025-05-02T10:00:00Z</updated>
          <entry>
            <title>Shelling in Kobani countryside</title>
            <id>tag:borderlands.example,2025:7731</id>
            <link rel="alternate" href="https://borderlands.example/7731"/>
            <link rel="enclosure" href="https://borderlands.example/7731.jpg"/>
            <published>2025-05-01T22:15:00-04:00</published>
            <updated>2025-05-02T08:00:00Z</updated>
            <summary>Short summary.</summary>
            <content type="html">&lt;p&gt;Artillery shells landed on two villages.&lt;/p&gt;&lt;style&gt;p{color:red}&lt;/style&gt;&lt;p&gt;A child was injured.&lt;/p&gt;</content>
          </entry>
          <entry>
            <title type="html">Talks &lt;i&gt;resume&lt;/i&gt; in Qamishli</title>
            <id>tag:borderlands.example,2025:7732</id>
            <link href="https://borderlands.example/7732"/>
            <updated>2025-05-02T09:30:00Z</updated>
            <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Negotiators met for a <strong>second</strong> day.</p><p>No agreement yet.</p></div></content>
          </entry>
        </feed>
        """;

    private static IReadOnlyList<DocumentResult> Read(string xml, string id = "feed.xml", long maxBytes = DocumentDecoder.DefaultMaxBytes) =>
        FeedReader.Read(id, Encoding.UTF8.GetBytes(xml), maxBytes: maxBytes);

    private static Document Ok(DocumentResult r)
    {
        Assert.Null(r.Problem);
        return Assert.IsType<Document>(r.Document);
    }

    private static DocumentProblem Single(IReadOnlyList<DocumentResult> results)
    {
        var r = Assert.Single(results);
        Assert.Null(r.Document);
        return Assert.IsType<DocumentProblem>(r.Problem);
    }

    [Fact]
    public void RssItemsBecomeDocuments()
    {
        var docs = Read(Rss).Select(Ok).ToList();
        Assert.Equal(3, docs.Count);

        var a = docs[0];
        Assert.Equal("fm-2025-0412", a.Id);
        // The date the publisher wrote, not its UTC equivalent (20:40 UTC is the same day here, but 23:40 +03:00 stays the 12th either way).
        Assert.Equal(new DateOnly(2025, 4, 12), a.Published);
        Assert.Equal("Frontline Monitor", a.Source);
        Assert.Equal("https://monitor.example/2025/04/sarmada-depot", a.Url);
        Assert.Equal("Drone strike hits fuel depot near Sarmada\n\nA drone struck a fuel depot near Sarmada late on Saturday.\n\nNo casualties were reported.", a.Text);
        Assert.DoesNotContain("track", a.Text);
        Assert.Equal("Drone strike hits fuel depot near Sarmada", a.Title);

        var b = docs[1];
        Assert.Equal("https://monitor.example/2025/04/afrin-protest", b.Id);
        Assert.Equal(new DateOnly(2025, 4, 13), b.Published);
        // Full content beats the teaser description.
        Assert.Equal("Protest in Afrin town centre\n\nHundreds of residents gathered peacefully in the town centre.\n\nThey demanded electricity & water.", b.Text);

        var c = docs[2];
        Assert.Equal("feed.xml#3", c.Id);
        Assert.Null(c.Url);
        Assert.Null(c.Published);
        Assert.Equal("Clashes reported overnight in Jisr al-Shughur.", c.Text);
    }

    [Fact]
    public void AtomEntriesBecomeDocuments()
    {
        var docs = Read(Atom).Select(Ok).ToList();
        Assert.Equal(2, docs.Count);

        var a = docs[0];
        Assert.Equal("tag:borderlands.example,2025:7731", a.Id);
        Assert.Equal(new DateOnly(2025, 5, 1), a.Published);
        Assert.Equal("Borderlands Wire", a.Source);
        Assert.Equal("https://borderlands.example/7731", a.Url);
        Assert.Equal("Shelling in Kobani countryside\n\nArtillery shells landed on two villages.\n\nA child was injured.", a.Text);

        var b = docs[1];
        Assert.Equal(new DateOnly(2025, 5, 2), b.Published);
        Assert.Equal("https://borderlands.example/7732", b.Url);
        Assert.Equal("Talks resume in Qamishli\n\nNegotiators met for a second day.\n\nNo agreement yet.", b.Text);
    }

    [Fact]
    public void Rss1RdfItemsAreRead()
    {
        const string rdf = """
            <?xml version="1.0"?>
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://old.example/"><title>Old Desk</title><link>https://old.example/</link><description>d</description></channel>
              <item rdf:about="https://old.example/1"><title>Curfew imposed in Daraa</title><link>https://old.example/1</link><dc:date>2024-12-30</dc:date><description>Authorities imposed a curfew.</description></item>
            </rdf:RDF>
            """;
        var d = Ok(Assert.Single(Read(rdf)));
        Assert.Equal("https://old.example/1", d.Id);
        Assert.Equal("Old Desk", d.Source);
        Assert.Equal(new DateOnly(2024, 12, 30), d.Published);
        Assert.Equal("Curfew imposed in Daraa\n\nAuthorities imposed a curfew.", d.Text);
    }

    [Fact]
    public void RelativeLinksResolveAgainstTheSite()
    {
        const string atom = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Desk</title><link rel="self" href="https://desk.example/feed.atom"/><link href="https://desk.example/news/"/>
              <entry><title>Roadblock lifted near Azaz</title><link href="2025/roadblock"/><updated>2025-05-03T10:00:00Z</updated></entry>
            </feed>
            """;
        var a = Ok(Assert.Single(Read(atom)));
        Assert.Equal("https://desk.example/news/2025/roadblock", a.Url);
        Assert.Equal("https://desk.example/news/2025/roadblock", a.Id);
        Assert.Equal("Roadblock lifted near Azaz", a.Text);

        var rss = Ok(Assert.Single(Read("<rss><channel><title>D</title><link>https://desk.example/</link><item><title>Curfew in Tartus</title><link>/a/1</link></item></channel></rss>")));
        Assert.Equal("https://desk.example/a/1", rss.Url);
    }

    [Fact]
    public void AGivenDateOverridesTheItems()
    {
        var docs = FeedReader.Read("f.xml", Encoding.UTF8.GetBytes(Rss), published: new DateOnly(2025, 1, 1));
        Assert.All(docs, r => Assert.Equal(new DateOnly(2025, 1, 1), r.Document!.Published));
    }

    [Fact]
    public void ABillionLaughsBombIsRefusedNotExpanded()
    {
        var sb = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n  <!ENTITY lol \"lol\">\n");
        sb.Append("  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (var i = 2; i <= 9; i++)
            sb.Append($"  <!ENTITY lol{i} \"{string.Concat(Enumerable.Repeat($"&lol{i - 1};", 10))}\">\n");
        sb.Append("]>\n<rss version=\"2.0\"><channel><title>t</title><item><title>&lol9;</title></item></channel></rss>\n");
        var started = DateTime.UtcNow;
        var p = Single(Read(sb.ToString(), "bomb.xml"));
        Assert.Equal("bomb.xml", p.Document);
        Assert.Equal("feed refused: DTD/entities not allowed", p.Reason);
        Assert.True(DateTime.UtcNow - started < TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void AnExternalEntityIsRefusedNotFetched()
    {
        var secret = Path.Combine(Path.GetTempPath(), $"sitrep-xxe-{Guid.NewGuid():N}.txt");
        File.WriteAllText(secret, "TOP SECRET CONTENTS");
        try
        {
            var xxe = $"""
                <?xml version="1.0"?>
                <!DOCTYPE rss [ <!ENTITY xxe SYSTEM "file://{secret}"> ]>
                <rss version="2.0"><channel><title>t</title><item><title>Leak</title><description>&xxe;</description></item></channel></rss>
                """;
            var results = Read(xxe, "xxe.xml");
            var p = Single(results);
            Assert.Equal(FeedReader.DtdProblem, p.Reason);
            Assert.DoesNotContain(results, r => r.Document?.Text.Contains("SECRET") == true);
        }
        finally
        {
            File.Delete(secret);
        }
    }

    [Fact]
    public void AnUndeclaredEntityIsMalformedXml()
    {
        var p = Single(Read("<rss version=\"2.0\"><channel><item><title>&xxe;</title></item></channel></rss>"));
        Assert.StartsWith("malformed XML feed: ", p.Reason);
        Assert.Equal(1, p.Line);
    }

    [Fact]
    public void AFeedOverTheLimitIsRefused()
    {
        var big = "<rss version=\"2.0\"><channel><title>t</title><item><title>" + new string('x', 5000) + "</title></item></channel></rss>";
        var p = Single(FeedReader.Read("big.xml", Encoding.UTF8.GetBytes(big), maxBytes: 1000));
        Assert.Contains("over the", p.Reason);
    }

    [Fact]
    public void TruncatedXmlIsMalformed()
    {
        var cut = Rss[..(Rss.Length / 2)];
        var p = Single(Read(cut));
        Assert.StartsWith("malformed XML feed: ", p.Reason);
        Assert.NotNull(p.Line);
    }

    [Fact]
    public void OtherXmlIsNotAFeed()
    {
        var p = Single(Read("<?xml version=\"1.0\"?><kml><Placemark/></kml>"));
        Assert.Equal("not an RSS or Atom feed (root element <kml>)", p.Reason);
    }

    [Fact]
    public void AFeedWithoutItemsAndAnEmptyItemAreNamed()
    {
        Assert.Equal("feed has no items", Single(Read("<rss><channel><title>t</title></channel></rss>")).Reason);
        var results = Read("<rss>\n<channel>\n<title>t</title>\n<item><link>https://x.example/1</link></item>\n</channel></rss>");
        var p = Single(results);
        Assert.Equal("feed item 1 has no title or text", p.Reason);
        Assert.Equal(4, p.Line);
    }

    [Theory]
    [InlineData("Tue, 24 Nov 2026 08:15:00 GMT", 2026, 11, 24)]
    [InlineData("24 Nov 2026 23:59:59 -0800", 2026, 11, 24)]
    [InlineData("Mon, 3 Feb 25 10:00 EST", 2025, 2, 3)]
    [InlineData("2025-04-13T09:00:00Z", 2025, 4, 13)]
    [InlineData("2025-04-13T23:30:00-05:00", 2025, 4, 13)]
    public void FeedDatesAreTheDatesAsWritten(string s, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), FeedReader.ParseFeedDate(s));

    [Theory]
    [InlineData("")]
    [InlineData("yesterday")]
    [InlineData("31 Feb 2025 10:00 GMT")]
    public void BadFeedDatesAreNull(string s) => Assert.Null(FeedReader.ParseFeedDate(s));
}
