using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

public class ExtractBadInputTests
{
    [Fact]
    public void BadDocumentsAreNamedAndTheRestAreProcessed()
    {
        using var dir = new TempDir();
        var good = dir.Write("a_good.txt", Reports.Clash);
        var empty = dir.Write("b_empty.txt", "");
        var binary = dir.Write("c_blob.txt", new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F', 0, 0, 1, 2 });
        var badUtf8 = dir.Write("d_latin1.txt", Encoding.ASCII.GetBytes("Shelling hit the caf").Concat(new byte[] { 0xE9, (byte)' ' }).ToArray());
        var jsonl = dir.Write("e_docs.jsonl",
            "{\"id\": \"broken\", \"text\": \"Clashes\n" +
            JsonSerializer.Serialize(new { id = "j-good", published = "2020-05-28", text = Reports.Abduction }) + "\n");

        var r = CliRunner.Run("extract", dir.Path, "--published", "2020-05-28", "--threads", "2");

        Assert.Equal(2, r.ExitCode);
        var errors = r.StderrLines.Where(l => l.StartsWith("sitrep: error:", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, errors.Count);
        Assert.Contains(errors, l => l.Contains(empty) && l.Contains("empty"));
        Assert.Contains(errors, l => l.Contains(binary) && l.Contains("binary"));
        // A stray Windows-1252 byte costs a warning naming it, not the report.
        Assert.Contains(r.StderrLines, l => l.StartsWith("sitrep: warning: " + badUtf8, StringComparison.Ordinal) && l.Contains("byte 0xE9 at offset 20") && l.Contains("Windows-1252"));
        Assert.Contains(errors, l => l.Contains(jsonl + ":1:") && l.Contains("malformed JSON"));
        Assert.DoesNotContain(errors, l => l.Contains(good));

        var events = r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var docIds = events.SelectMany(e => e.GetProperty("doc_ids").EnumerateArray().Select(x => x.GetString())).ToHashSet();
        Assert.Contains(good, docIds);
        Assert.Contains("j-good", docIds);
        Assert.Equal(2, docIds.Count(d => d != badUtf8));
        Assert.Contains(events, e => e.GetProperty("sub_event_type").GetString() == "Armed clash");
        Assert.Contains(events, e => e.GetProperty("sub_event_type").GetString() == "Abduction/forced disappearance");
    }

    [Fact]
    public void FailFastStopsAtTheFirstBadDocument()
    {
        using var dir = new TempDir();
        dir.Write("a_good.txt", Reports.Clash);
        var empty = dir.Write("b_empty.txt", "   \n");
        var later = dir.Write("c_good.txt", Reports.Abduction);
        dir.Write("d_blob.txt", new byte[] { 1, 0, 2 });

        var r = CliRunner.Run("extract", dir.Path, "--published", "2020-05-28", "--fail-fast", "-q");

        Assert.Equal(2, r.ExitCode);
        var error = Assert.Single(r.StderrLines, l => l.StartsWith("sitrep: error:", StringComparison.Ordinal));
        Assert.Contains(empty, error);
        Assert.DoesNotContain(r.StdoutLines, l => l.Contains(later, StringComparison.Ordinal));
        Assert.DoesNotContain("Abduction", r.Stdout);
    }

    [Fact]
    public void OversizedOneLineFileIsRefusedNamingTheLimit()
    {
        using var dir = new TempDir();
        var huge = dir.File("huge.txt");
        var chunk = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
        using (var fs = File.Create(huge))
            for (var i = 0; i < 40; i++) fs.Write(chunk);
        var good = dir.Write("small.txt", Reports.Clash);

        var r = CliRunner.Run("extract", huge, good, "--published", "2020-05-28", "-q");

        Assert.Equal(2, r.ExitCode);
        var error = Assert.Single(r.StderrLines, l => l.StartsWith("sitrep: error:", StringComparison.Ordinal));
        Assert.Contains(huge, error);
        Assert.Contains("40.0 MB", error);
        Assert.Contains("32.0 MB limit", error);
        Assert.Contains(good, r.Stdout);
    }

    [Fact]
    public void OversizedJsonlLineIsRefusedByLine()
    {
        using var dir = new TempDir();
        var text = new string('y', 2 * 1024 * 1024);
        var jsonl = dir.Write("docs.jsonl",
            JsonSerializer.Serialize(new { id = "ok1", text = Reports.Clash }) + "\n" +
            JsonSerializer.Serialize(new { id = "big", text }) + "\n" +
            JsonSerializer.Serialize(new { id = "ok3", text = Reports.Abduction }) + "\n");

        var r = CliRunner.Run("extract", jsonl, "--published", "2020-05-28", "--max-doc-mb", "1", "-q");

        Assert.Equal(2, r.ExitCode);
        var error = Assert.Single(r.StderrLines, l => l.StartsWith("sitrep: error:", StringComparison.Ordinal));
        Assert.Contains(jsonl + ":2:", error);
        Assert.Contains("1.0 MB limit", error);
        Assert.Contains("\"ok1\"", r.Stdout);
        Assert.Contains("\"ok3\"", r.Stdout);
    }

    [Fact]
    public void MissingInputIsNamed()
    {
        using var dir = new TempDir();
        var missing = dir.File("nope.txt");
        var r = CliRunner.Run("extract", missing, "-q");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains(r.StderrLines, l => l.Contains(missing) && l.Contains("no such file"));
    }
}
