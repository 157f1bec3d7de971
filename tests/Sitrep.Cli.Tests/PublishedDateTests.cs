using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>Publication dates outside 1900 … tomorrow are refused by name unless the user asks for any date.</summary>
public class PublishedDateTests
{
    private static string Line(string id, string published) =>
        JsonSerializer.Serialize(new { id, published, text = Reports.Abduction });

    [Theory]
    [InlineData("extract")]
    [InlineData("annotate")]
    public void A_published_option_outside_the_window_is_a_usage_error(string command)
    {
        using var dir = new TempDir();
        var file = dir.Write("r.txt", Reports.Clash);
        var r = CliRunner.Run(command, file, "--published", "0001-01-01");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("published 0001-01-01 is outside the accepted dates 1900-01-01", r.Stderr);
        Assert.Contains("--allow-any-date", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void A_record_dated_outside_the_window_is_named_and_the_rest_are_processed()
    {
        using var dir = new TempDir();
        var batch = dir.Write("batch.jsonl", Line("ancient", "1850-03-01") + "\n" + Line("future", "9999-12-31") + "\n" + Line("fine", "2020-05-28") + "\n");
        var r = CliRunner.Run("extract", batch);
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(r.StderrLines, l => l.StartsWith("sitrep: error: ancient: published 1850-03-01 is outside", StringComparison.Ordinal));
        Assert.Contains(r.StderrLines, l => l.StartsWith("sitrep: error: future: published 9999-12-31 is outside", StringComparison.Ordinal));
        var docs = r.StdoutLines.SelectMany(l => JsonDocument.Parse(l).RootElement.GetProperty("doc_ids").EnumerateArray().Select(x => x.GetString())).ToHashSet();
        Assert.Equal(["fine"], docs);
    }

    [Fact]
    public void Allow_any_date_takes_historical_reports()
    {
        using var dir = new TempDir();
        var batch = dir.Write("batch.jsonl", Line("ancient", "1850-03-01") + "\n");
        var r = CliRunner.Run("extract", batch, "--allow-any-date");
        Assert.Equal(0, r.ExitCode);
        var e = JsonDocument.Parse(Assert.Single(r.StdoutLines)).RootElement;
        Assert.StartsWith("1850-", e.GetProperty("event_date").GetString());
    }
}
