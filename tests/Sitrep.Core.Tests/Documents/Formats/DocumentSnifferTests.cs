using System.Text;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Core.Tests.Documents.Formats;

public class DocumentSnifferTests
{
    private static DocumentFormat Sniff(string path, string content) => DocumentSniffer.Sniff(path, Encoding.UTF8.GetBytes(content));

    [Theory]
    [InlineData("a.bin", "%PDF-1.7\n...", DocumentFormat.Pdf)]
    [InlineData("a.txt", "\n\n%PDF-1.4", DocumentFormat.Pdf)]
    [InlineData("a.dat", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel/></rss>", DocumentFormat.Feed)]
    [InlineData("a", "<?xml version=\"1.0\"?><?xml-stylesheet href=\"s.xsl\"?><!-- c --><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", DocumentFormat.Feed)]
    [InlineData("a.txt", "<rdf:RDF xmlns:rdf=\"x\"></rdf:RDF>", DocumentFormat.Feed)]
    [InlineData("a.txt", "<?xml version=\"1.0\"?><!DOCTYPE rss [ <!ENTITY x \"y\"> ]><rss/>", DocumentFormat.Feed)]
    [InlineData("page", "<!doctype html><html><body>x</body></html>", DocumentFormat.Html)]
    [InlineData("page.txt", "  <HTML lang=en><p>x</p></HTML>", DocumentFormat.Html)]
    [InlineData("page", "<!-- saved --><head><title>t</title></head>", DocumentFormat.Html)]
    [InlineData("frag.html", "<div>just a fragment</div>", DocumentFormat.Html)]
    [InlineData("bomb.xml", "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">]><lolz>&lol;</lolz>", DocumentFormat.Feed)]
    [InlineData("news.atom", "", DocumentFormat.Feed)]
    [InlineData("x.PDF", "not really", DocumentFormat.Pdf)]
    [InlineData("batch.jsonl", "{\"text\":\"x\"}", DocumentFormat.JsonLines)]
    [InlineData("report.txt", "Clashes near <b>Idlib</b> on Monday.", DocumentFormat.Text)]
    [InlineData("report", "Plain words.", DocumentFormat.Text)]
    [InlineData("notes.md", "<notes>", DocumentFormat.Text)]
    public void FormatFromContentThenExtension(string path, string content, DocumentFormat expected) =>
        Assert.Equal(expected, Sniff(path, content));

    [Fact]
    public void ByteOrderMarksAreSkipped()
    {
        var utf8 = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Encoding.UTF8.GetBytes("<rss/>")).ToArray();
        Assert.Equal(DocumentFormat.Feed, DocumentSniffer.Sniff("f", utf8));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("<html><body/></html>")).ToArray();
        Assert.Equal(DocumentFormat.Html, DocumentSniffer.Sniff("f", utf16));
    }

    [Fact]
    public void AMixedDirectoryIsReadByFormat()
    {
        var pdf = PdfDocumentReaderTests.BuildReport(["Clashes were reported in Saraqib on 2 May 2025."]);
        var files = new (string Path, byte[] Bytes)[]
        {
            ("in/report.pdf", pdf),
            ("in/page.html", Encoding.UTF8.GetBytes(HtmlDocumentReaderTests.Page())),
            ("in/feed.rss", Encoding.UTF8.GetBytes(FeedReaderTests.Rss)),
            ("in/atom", Encoding.UTF8.GetBytes(FeedReaderTests.Atom)),
            ("in/note.txt", "Shelling hit Ariha on Friday."u8.ToArray()),
            ("in/batch.jsonl", "{\"id\":\"j1\",\"text\":\"A protest in Idlib.\"}\n\n{\"id\":\"j2\",\"text\":\"A strike in Binnish.\"}\n"u8.ToArray()),
        };
        var results = files.SelectMany(f => DocumentReaders.Read(f.Path, f.Bytes)).ToList();
        Assert.All(results, r => Assert.Null(r.Problem));
        var ids = results.Select(r => r.Document!.Id).ToList();
        Assert.Equal(
            ["in/report.pdf", "in/page.html", "fm-2025-0412", "https://monitor.example/2025/04/afrin-protest", "in/feed.rss#3",
             "tag:borderlands.example,2025:7731", "tag:borderlands.example,2025:7732", "in/note.txt", "j1", "j2"],
            ids);
    }

    [Fact]
    public void ProblemsAreNamedByFile()
    {
        var results = DocumentReaders.Read("in/broken.pdf", PdfDocumentReaderTests.EncryptedPdf());
        Assert.Equal("in/broken.pdf: encrypted PDF; cannot read text", Assert.Single(results).Problem!.ToString());
    }
}
