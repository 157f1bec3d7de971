using System.Text;
using Sitrep.Core.Documents;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Core.Tests.Documents.Formats;

/// <summary>Damaged copies of good files: every reader answers with a document or a named problem, never an exception.</summary>
public class BadInputTests
{
    private static void DocumentOrProblem(DocumentResult r)
    {
        Assert.True(r.Document is not null ^ r.Problem is not null);
        if (r.Problem is { } p) Assert.False(string.IsNullOrWhiteSpace(p.Reason));
    }

    private static IEnumerable<byte[]> Damaged(byte[] good, int seed, int count)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var copy = (byte[])good.Clone();
            // Damage the body but keep the last bytes, so the PDF reader gets past its truncation check and PdfPig itself meets the damage.
            var flips = random.Next(1, 12);
            for (var f = 0; f < flips; f++) copy[random.Next(0, Math.Max(1, copy.Length - 64))] = (byte)random.Next(256);
            yield return copy;
            yield return good[..random.Next(0, good.Length)];
        }
    }

    [Fact]
    public void DamagedPdfsNeverThrow()
    {
        var good = PdfDocumentReaderTests.BuildReport(["4 May 2025 - Clashes near Saraqib left two dead."], ["Talks resumed the next day."]);
        foreach (var bad in Damaged(good, seed: 7, count: 150))
            DocumentOrProblem(PdfDocumentReader.Read("bad.pdf", bad));
        foreach (var bad in Damaged(PdfDocumentReaderTests.EncryptedPdf(), seed: 8, count: 50))
            DocumentOrProblem(PdfDocumentReader.Read("bad.pdf", bad));
    }

    [Fact]
    public void DamagedFeedsNeverThrow()
    {
        foreach (var feed in new[] { FeedReaderTests.Rss, FeedReaderTests.Atom })
            foreach (var bad in Damaged(Encoding.UTF8.GetBytes(feed), seed: 11, count: 100))
                Assert.All(FeedReader.Read("bad.xml", bad), DocumentOrProblem);
    }

    [Fact]
    public void DamagedPagesNeverThrow()
    {
        foreach (var bad in Damaged(Encoding.UTF8.GetBytes(HtmlDocumentReaderTests.Page()), seed: 13, count: 40))
            DocumentOrProblem(HtmlDocumentReader.Read("bad.html", bad));
    }

    [Fact]
    public void EveryReaderAcceptsAnyFileTheSnifferSendsIt()
    {
        var random = new Random(17);
        for (var i = 0; i < 100; i++)
        {
            var bytes = new byte[random.Next(0, 600)];
            random.NextBytes(bytes);
            foreach (var name in new[] { "x.pdf", "x.html", "x.xml", "x.txt", "x.jsonl" })
                Assert.All(DocumentReaders.Read(name, bytes), DocumentOrProblem);
        }
    }
}
