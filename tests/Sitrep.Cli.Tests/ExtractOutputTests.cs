using System.Text.Json;

namespace Sitrep.Cli.Tests;

public class ExtractOutputTests
{
    private static readonly string AcledHeader =
        "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2," +
        "assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude," +
        "geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    [Fact]
    public void OutputFileIsWrittenWholeAsCsv()
    {
        using var dir = new TempDir();
        var input = dir.Write("report.txt", Reports.Clash);
        var outFile = dir.File("events.csv");

        var r = CliRunner.Run("extract", input, "--published", "2020-05-28", "--format", "csv", "-o", outFile, "-q");

        Assert.Equal(0, r.ExitCode);
        Assert.Equal("", r.Stdout);
        Assert.True(File.Exists(outFile));
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial*"));
        var lines = File.ReadAllLines(outFile);
        Assert.Equal(AcledHeader, lines[0]);
        Assert.Equal(2, lines.Length);
        Assert.Contains("Battles,Armed clash", lines[1]);
        Assert.Contains("2020-05-27", lines[1]);
    }

    [Fact]
    public void WritingToADeviceLeavesTheDeviceInPlace()
    {
        // Renaming a finished file onto /dev/null would turn it into a regular file for every program on the machine.
        using var dir = new TempDir();
        var input = dir.Write("report.txt", Reports.Clash);
        var db = dir.File("events.db");
        Assert.Equal(0, CliRunner.Run("ingest", input, "--published", "2020-05-28", "--db", db, "-q").ExitCode);

        Assert.Equal(0, CliRunner.Run("extract", input, "--published", "2020-05-28", "-o", "/dev/null", "-q").ExitCode);
        Assert.Equal("character special file", FileKind("/dev/null"));
        Assert.Equal(0, CliRunner.Run("export", "--db", db, "-f", "csv", "-o", "/dev/null").ExitCode);
        Assert.Equal("character special file", FileKind("/dev/null"));
        Assert.Empty(Directory.GetFiles("/dev", "null.partial*"));
    }

    private static string FileKind(string path)
    {
        using var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%F", path]) { RedirectStandardOutput = true })!;
        var kind = stat.StandardOutput.ReadToEnd().Trim();
        stat.WaitForExit();
        return kind;
    }

    [Fact]
    public void OutputFileReplacesAnOldOne()
    {
        using var dir = new TempDir();
        var input = dir.Write("report.txt", Reports.Abduction);
        var outFile = dir.Write("events.jsonl", "stale content that must disappear\n");

        var r = CliRunner.Run("extract", input, "--published", "2020-05-28", "-o", outFile, "-q");

        Assert.Equal(0, r.ExitCode);
        var lines = File.ReadAllLines(outFile);
        Assert.DoesNotContain(lines, l => l.Contains("stale", StringComparison.Ordinal));
        var e = JsonDocument.Parse(Assert.Single(lines)).RootElement;
        Assert.Equal("Abduction/forced disappearance", e.GetProperty("sub_event_type").GetString());
        Assert.Empty(Directory.GetFiles(dir.Path, "*.partial*"));
    }

    [Fact]
    public void HelpExitsZeroWithExamples()
    {
        var r = CliRunner.Run("extract", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("Examples:", r.Stdout);
        Assert.Contains("sitrep extract", r.Stdout);
        Assert.Contains("--fail-fast", r.Stdout);
        Assert.Contains("--published", r.Stdout);
    }

    [Fact]
    public void BadPublishedDateIsUsageError()
    {
        using var dir = new TempDir();
        var input = dir.Write("report.txt", Reports.Clash);
        var r = CliRunner.Run("extract", input, "--published", "28/05/2020x");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("--published", r.Stderr);
        Assert.Equal("", r.Stdout);
    }

    [Fact]
    public void UndatedDocumentIsWarnedAbout()
    {
        using var dir = new TempDir();
        var input = dir.Write("undated.txt", "Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib yesterday.");
        var r = CliRunner.Run("extract", input);
        Assert.Equal(0, r.ExitCode);
        Assert.Contains(r.StderrLines, l => l.Contains("warning") && l.Contains(input) && l.Contains("publication date"));
        var e = JsonDocument.Parse(Assert.Single(r.StdoutLines)).RootElement;
        Assert.Equal(3, e.GetProperty("time_precision").GetInt32());
    }
}
