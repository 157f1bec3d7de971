using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Documents.Formats;
using Sitrep.Core.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;
using Sitrep.Tests.Shared;

namespace Sitrep.Core.Tests.Documents.Formats;

public class PdfDocumentReaderTests
{
    private static readonly string[] Page1 =
    [
        "3 March 2025 - Situation report 14",
        "Shelling struck the market in Kafr Zeita on Sunday morn-",
        "ing, killing four civilians and wounding eleven others.",
    ];

    private static readonly string[] Page2 =
    [
        "Two days later an armed group ambushed a patrol on the",
        "road north of Morek; three soldiers were killed.",
    ];

    /// <summary>A two-page report written with PdfPig's builder, one line per string, 14 points apart.</summary>
    internal static byte[] BuildReport(params string[][] pages) => BuildReport(null, pages);

    private static byte[] BuildReport(string? created, params string[][] pages) => PdfSamples.BuildReport(created, pages);

    private static Document Ok(DocumentResult r)
    {
        Assert.Null(r.Problem);
        return Assert.IsType<Document>(r.Document);
    }

    private static string Fails(DocumentResult r)
    {
        Assert.Null(r.Document);
        return Assert.IsType<DocumentProblem>(r.Problem).Reason;
    }

    [Fact]
    public void TextComesPageByPageWithItsLineBreaks()
    {
        var d = Ok(PdfDocumentReader.Read("sitrep.pdf", BuildReport(Page1, Page2), source: "Relief desk", url: "https://example.org/sitrep.pdf"));
        Assert.Equal("sitrep.pdf", d.Id);
        Assert.Equal("Relief desk", d.Source);
        Assert.Equal("https://example.org/sitrep.pdf", d.Url);
        var lines = d.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal([.. Page1, .. Page2], lines);
        Assert.Contains("morn-\ning", d.Text);
        // Page 1 ends a sentence, so page 2 starts a new paragraph.
        Assert.Contains("others.\n\nTwo days later", d.Text);
        // The dateline on the first line dates the report.
        Assert.Equal(new DateOnly(2025, 3, 3), d.Published);
    }

    [Fact]
    public void TheNormaliserRepairsTheWrapAndTheHyphenation()
    {
        var d = Ok(PdfDocumentReader.Read("sitrep.pdf", BuildReport(Page1)));
        var normal = TextNormaliser.Normalise(d.Text).Text;
        Assert.Contains("on Sunday morning, killing four civilians", normal);
    }

    [Fact]
    public void APageEndingMidSentenceRunsOnIntoTheNext()
    {
        var d = Ok(PdfDocumentReader.Read("split.pdf", BuildReport(["Fighting continued around the"], ["village of Tal Tamr overnight."])));
        Assert.Equal("Fighting continued around the\nvillage of Tal Tamr overnight.", d.Text);
    }

    [Fact]
    public void WithoutADatelineTheCreationDateDatesTheReport()
    {
        var d = Ok(PdfDocumentReader.Read("undated.pdf", BuildReport("D:20250305233000+03'00'", Page2)));
        Assert.Equal(new DateOnly(2025, 3, 5), d.Published);
        Assert.Null(Ok(PdfDocumentReader.Read("undated.pdf", BuildReport(Page2))).Published);
    }

    [Fact]
    public void AGivenDateOverridesTheDateline()
    {
        var d = Ok(PdfDocumentReader.Read("sitrep.pdf", BuildReport(Page1), published: new DateOnly(2025, 3, 4)));
        Assert.Equal(new DateOnly(2025, 3, 4), d.Published);
    }

    [Fact]
    public void ATruncatedPdfIsCorrupt()
    {
        var whole = BuildReport(Page1, Page2);
        foreach (var keep in new[] { whole.Length / 2, whole.Length - 40, 200 })
        {
            var reason = Fails(PdfDocumentReader.Read("cut.pdf", whole.AsMemory(0, keep)));
            Assert.StartsWith("corrupt PDF: ", reason);
        }
    }

    [Fact]
    public void GarbageAfterTheHeaderIsCorruptNotAnException()
    {
        var bytes = Encoding.ASCII.GetBytes("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\ntrailer << /Root 1 0 R >>\nstartxref\n12345\n%%EOF\n");
        Assert.StartsWith("corrupt PDF: ", Fails(PdfDocumentReader.Read("junk.pdf", bytes)));
    }

    [Fact]
    public void NoHeaderIsCorrupt()
    {
        Assert.Equal("corrupt PDF: no %PDF- header", Fails(PdfDocumentReader.Read("x.pdf", "just some text"u8.ToArray())));
        Assert.Equal("corrupt PDF: no %PDF- header", Fails(PdfDocumentReader.Read("x.pdf", Array.Empty<byte>())));
    }

    [Fact]
    public void AnEncryptedPdfIsNamed()
    {
        var reason = Fails(PdfDocumentReader.Read("locked.pdf", EncryptedPdf()));
        Assert.Equal(PdfDocumentReader.EncryptedProblem, reason);
        Assert.Equal("encrypted PDF; cannot read text", reason);
    }

    [Fact]
    public void APageWithOnlyADrawingHasNoTextLayer()
    {
        var reason = Fails(PdfDocumentReader.Read("scan.pdf", PdfSamples.WithoutText()));
        Assert.Equal("no text layer; OCR not supported", reason);
    }

    [Fact]
    public void OversizedIsRefusedBeforeParsing()
    {
        var bytes = BuildReport(Page1);
        Assert.Contains("over the", Fails(PdfDocumentReader.Read("big.pdf", bytes, maxBytes: 100)));
    }

    internal static byte[] EncryptedPdf() => PdfSamples.Encrypted();
}
