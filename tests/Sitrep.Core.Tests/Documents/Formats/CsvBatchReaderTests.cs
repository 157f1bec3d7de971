using Sitrep.Core.Documents;
using Sitrep.Core.Documents.Formats;

namespace Sitrep.Core.Tests.Documents.Formats;

/// <summary>CSV batches written for these tests: quoting, line breaks in fields, missing columns and bad rows.</summary>
public class CsvBatchReaderTests
{
    private static List<DocumentResult> Read(string csv, DateOnly? published = null) =>
        CsvBatchReader.Read("batch.csv", new StringReader(csv), published).ToList();

    [Fact]
    public void RowsBecomeDocumentsWithTheirMetadata()
    {
        var docs = Read(
            "id,published,source,url,text\n" +
            "r1,2024-03-02,Coast Wire,https://example.org/a,\"Gunmen attacked a bus near Lamu, killing two.\"\n" +
            "r2,,Lake Post,,Police dispersed traders in Kisumu.\n");
        Assert.All(docs, d => Assert.Null(d.Problem));
        Assert.Equal(["r1", "r2"], docs.Select(d => d.Document!.Id));
        var first = docs[0].Document!;
        Assert.Equal(new DateOnly(2024, 3, 2), first.Published);
        Assert.Equal("Coast Wire", first.Source);
        Assert.Equal("https://example.org/a", first.Url);
        Assert.Equal("Gunmen attacked a bus near Lamu, killing two.", first.Text);
        Assert.Null(docs[1].Document!.Published);
        Assert.Null(docs[1].Document!.Url);
    }

    [Fact]
    public void QuotedFieldsKeepQuotesLineBreaksAndCommas()
    {
        var docs = Read("text,id\r\n\"He said \"\"enough\"\",\r\nthen left, quickly.\",q1\r\n\r\nplain,q2\r\n");
        Assert.Equal(2, docs.Count);
        Assert.Equal("He said \"enough\",\r\nthen left, quickly.", docs[0].Document!.Text);
        Assert.Equal("q2", docs[1].Document!.Id);
    }

    [Fact]
    public void ADocumentWithoutAnIdIsNamedByItsFileAndLine()
    {
        var docs = Read("text\n\"two\nlines\"\nthird record\n");
        Assert.Equal("batch.csv:2", docs[0].Document!.Id);
        Assert.Equal("batch.csv:4", docs[1].Document!.Id);
    }

    [Fact]
    public void BadRowsAreNamedAndTheRestAreRead()
    {
        var docs = Read("id,published,text\na,2024-01-01,\nb,last week,Clashes in Gao.\nc,2024-01-03,Clashes in Kidal.\n");
        Assert.Equal("empty 'text' field", docs[0].Problem!.Reason);
        Assert.Equal(2, docs[0].Problem!.Line);
        Assert.Contains("'published' is not a date", docs[1].Problem!.Reason);
        Assert.Equal(3, docs[1].Problem!.Line);
        Assert.Equal("c", docs[2].Document!.Id);
    }

    [Fact]
    public void ABatchWithoutATextColumnIsOneProblem()
    {
        var problem = Assert.Single(Read("id,body\n1,Clashes in Gao.\n")).Problem!;
        Assert.Contains("without a 'text' column", problem.Reason);
        Assert.Contains("Empty", Assert.Single(Read("")).Problem!.Reason, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AnUnclosedQuoteIsReportedAtItsRecord()
    {
        var docs = Read("id,text\nok,Clashes in Gao.\nbad,\"never closed\n");
        Assert.Equal("ok", docs[0].Document!.Id);
        Assert.Contains("not closed", docs[1].Problem!.Reason);
        Assert.Equal(3, docs[1].Problem!.Line);
    }

    [Fact]
    public void TheSnifferSendsCsvFilesToTheBatchReader()
    {
        var bytes = "text,source\nClashes in Gao.,Sahel Wire\n"u8.ToArray();
        Assert.Equal(DocumentFormat.CsvBatch, DocumentSniffer.Sniff("reports.csv", bytes));
        var doc = Assert.Single(DocumentReaders.Read("reports.csv", bytes)).Document!;
        Assert.Equal("Sahel Wire", doc.Source);
    }
}
