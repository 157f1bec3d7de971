using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace Sitrep.Cli.Tests;

/// <summary>What a user meets in the first hour: one meaning per option, typos refused, dates as documented, odd encodings, Ctrl+C, piped tables.</summary>
public class CliBehaviourTests
{
    private const string Yesterday = "Gunmen killed two police officers in Mandera yesterday, officials said.";

    private static List<JsonElement> Events(CliRunner.Result r) => r.StdoutLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();

    [Fact]
    public void A_misspelt_option_is_refused_with_a_suggestion_not_read_as_a_file()
    {
        using var dir = new TempDir();
        var file = dir.Write("r.txt", Yesterday);
        var r = CliRunner.Run("extract", file, "--publised", "2020-05-28");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("unknown option '--publised'; did you mean --published?", r.Stderr);
        Assert.Equal("", r.Stdout);

        var ingest = CliRunner.Run("ingest", file, "--db", dir.File("s.db"), "--treads", "2");
        Assert.Equal(1, ingest.ExitCode);
        Assert.Contains("did you mean --threads?", ingest.Stderr);
    }

    [Fact]
    public void Minus_q_is_quiet_everywhere_and_never_a_query()
    {
        foreach (var command in new[] { "export", "events list" })
        {
            var help = CliRunner.Run([.. command.Split(' '), "--help"]);
            Assert.Equal(0, help.ExitCode);
            Assert.DoesNotContain("-q,", help.Stdout);
            Assert.Contains("--query", help.Stdout);
        }

        foreach (var command in new[] { "extract", "ingest" })
            Assert.Contains("-q, --quiet", CliRunner.Run(command, "--help").Stdout);
    }

    [Fact]
    public void Published_is_a_fallback_and_published_override_wins()
    {
        using var dir = new TempDir();
        var batch = dir.Write("b.jsonl",
            JsonSerializer.Serialize(new { id = "dated", published = "2024-03-10", text = Yesterday }) + "\n" +
            JsonSerializer.Serialize(new { id = "undated", text = Yesterday }) + "\n");

        var fallback = Events(CliRunner.Run("extract", batch, "--published", "2022-07-02"));
        Assert.Equal("2024-03-09", fallback.Single(e => e.GetProperty("doc_ids")[0].GetString() == "dated").GetProperty("event_date").GetString());
        Assert.Equal("2022-07-01", fallback.Single(e => e.GetProperty("doc_ids")[0].GetString() == "undated").GetProperty("event_date").GetString());

        var forced = Events(CliRunner.Run("extract", batch, "--published-override", "2022-07-02"));
        Assert.All(forced, e => Assert.Equal("2022-07-01", e.GetProperty("event_date").GetString()));
    }

    [Theory]
    [InlineData("06/09/2024")]
    [InlineData("9 June 2024")]
    [InlineData("2024-6-9")]
    public void Dates_are_ISO_only(string date)
    {
        using var dir = new TempDir();
        var file = dir.Write("r.txt", Yesterday);
        var r = CliRunner.Run("extract", file, "--published", date);
        Assert.Equal(1, r.ExitCode);
        Assert.Contains($"--published: not a date: {date} (use YYYY-MM-DD)", r.Stderr);

        var batch = dir.Write("b.jsonl", JsonSerializer.Serialize(new { id = "ambiguous", published = date, text = Yesterday }) + "\n");
        var record = CliRunner.Run("extract", batch);
        Assert.Equal(2, record.ExitCode);
        Assert.Contains("\"published\" is not a date", record.Stderr);
    }

    [Fact]
    public void A_named_encoding_reads_a_legacy_file_without_a_warning()
    {
        using var dir = new TempDir();
        var text = "Gunmen killed two villagers near the caf\u00e9 in Garissa on 3 May 2024, police said.";
        var file = dir.Write("latin1.txt", Encoding.Latin1.GetBytes(text));

        var guessed = CliRunner.Run("annotate", file);
        Assert.Equal(0, guessed.ExitCode);
        Assert.Contains("Windows-1252", guessed.Stderr);
        Assert.Contains("caf\u00e9", guessed.Stdout);

        var named = CliRunner.Run("annotate", file, "--encoding", "iso-8859-1");
        Assert.Equal(0, named.ExitCode);
        Assert.DoesNotContain("warning", named.Stderr);
        Assert.Contains("caf\u00e9", named.Stdout);

        var unknown = CliRunner.Run("annotate", file, "--encoding", "klingon-8");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("unknown encoding 'klingon-8'", unknown.Stderr);
    }

    [Fact]
    public void Annotate_prints_ISO_dates()
    {
        using var dir = new TempDir();
        var file = dir.Write("r.txt", "Shelling hit Ariha on May 27, residents said.");
        var r = CliRunner.Run("annotate", file, "--published", "2020-05-28");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("-> 2020-05-27", r.Stdout);
        Assert.DoesNotContain("5/27/2020", r.Stdout);
    }

    [Fact]
    public void A_piped_table_is_tab_separated_with_one_row_per_event()
    {
        using var dir = new TempDir();
        var file = dir.Write("r.txt", Reports.Clash);
        foreach (var format in new[] { "table", "tsv" })
        {
            var r = CliRunner.Run("extract", file, "--published", "2020-05-28", "--format", format);
            Assert.Equal(0, r.ExitCode);
            var lines = r.StdoutLines;
            Assert.Equal("date\ttype / sub-type\tactor1\tactor2\tlocation\tfat.\tclaims", lines[0]);
            Assert.True(lines.Length >= 2);
            Assert.All(lines, l => Assert.Equal(6, l.Count(c => c == '\t')));
            Assert.DoesNotContain('\u2502', r.Stdout); // no box drawing
        }
    }
    [Theory]
    [InlineData("extract", "INT")]
    [InlineData("extract", "TERM")]
    [InlineData("ingest", "INT")]
    [InlineData("ingest", "TERM")]
    public async Task A_stop_signal_ends_cleanly_with_exit_130_and_leaves_no_partial_file(string command, string signal)
    {
        using var dir = new TempDir();
        // Enough reports to take many seconds, so the signal arrives mid-run.
        var lines = Enumerable.Range(0, 40_000).Select(i =>
            JsonSerializer.Serialize(new { id = $"r{i}", published = "2024-03-10", text = $"Gunmen killed {2 + i % 7} villagers in Garissa yesterday, report {i} said." }));
        var batch = dir.Write("big.jsonl", string.Join('\n', lines) + "\n");
        var output = dir.File("out.jsonl");
        string[] args = command == "extract" ? ["extract", batch, "-o", output, "--threads", "1"] : ["ingest", batch, "--db", dir.File("s.db"), "--threads", "1", "--batch", "64"];

        // A child inherits an ignored SIGINT from a test host started in the background, and the runtime keeps it
        // ignored, as a shell's background job would; python restores the default first, as a terminal has it.
        var psi = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        psi.ArgumentList.Add("-c");
        psi.ArgumentList.Add("import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp(sys.argv[1], sys.argv[1:])");
        psi.ArgumentList.Add("dotnet");
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(CliRunner.SitrepDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        using var p = Process.Start(psi)!;
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();

        // Wait until it is writing: the partial output file (extract) or the store (ingest) has content.
        var deadline = DateTime.UtcNow.AddSeconds(90);
        bool Started() => command == "extract"
            ? Directory.EnumerateFiles(dir.Path, "out.jsonl.partial-*").Any(f => new FileInfo(f).Length > 0)
            : File.Exists(dir.File("s.db-wal")) && new FileInfo(dir.File("s.db-wal")).Length > 0;
        while (!Started() && !p.HasExited && DateTime.UtcNow < deadline) await Task.Delay(50);
        // The message is built only on failure: awaiting stderr of a running process would wait for its end.
        if (p.HasExited) Assert.Fail("sitrep finished before it could be interrupted: " + await stderr);
        // The signal goes to that one process (exec kept its id), never to the test host's group.
        using (var kill = Process.Start("kill", ["-" + signal, p.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await p.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            p.Kill();
            Assert.Fail($"sitrep did not stop within 60 s of SIG{signal}");
        }

        var err = await stderr;
        Assert.True(p.ExitCode == 130, $"exit {p.ExitCode}: {err}");
        Assert.Contains("interrupted", err);
        Assert.Empty(Directory.EnumerateFiles(dir.Path, "*.partial-*"));
        if (command == "extract")
        {
            Assert.False(File.Exists(output), "a half-run output file was left");
            Assert.Contains("out.jsonl was not written", err);
        }
        else
        {
            Assert.Contains("run the same command again", err);
        }

        await stdout;
    }
}
