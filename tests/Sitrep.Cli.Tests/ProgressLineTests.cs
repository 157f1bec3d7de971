using Sitrep.Cli.Commands;
using Sitrep.Core.Documents;

namespace Sitrep.Cli.Tests;

/// <summary>A long report shows how far the run is inside it; short ones do not fill the terminal with lines.</summary>
public sealed class ProgressLineTests
{
    [Fact]
    public void A_long_report_shows_its_share_done_and_a_short_one_nothing()
    {
        var output = new StringWriter();
        var line = new ProgressLine(true, null, output);
        var longDoc = new Document("un-report.pdf", null, null, null, new string('x', ProgressLine.LongDocumentChars + 10));
        var shortDoc = new Document("note.txt", null, null, null, "Gunmen killed two police officers in Mandera.");

        line.ReportWithin(shortDoc, 0.5);
        Assert.Equal("", output.ToString());
        line.ReportWithin(longDoc, 0.5);
        Assert.Contains("un-report.pdf", output.ToString());
        Assert.Contains("50", output.ToString());
        line.ReportWithin(longDoc, 1.0);
        Assert.Contains("100", output.ToString());

        var off = new StringWriter();
        new ProgressLine(false, null, off).ReportWithin(longDoc, 0.5);
        Assert.Equal("", off.ToString());
    }
}
