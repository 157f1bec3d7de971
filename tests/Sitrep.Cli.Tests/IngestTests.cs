using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Sitrep.Bench;

namespace Sitrep.Cli.Tests;

/// <summary>`sitrep ingest`, `events` and `export` through the real CLI process, on a real SQLite file.</summary>
public sealed class IngestTests
{
    private const string ReportA = "Russian warplanes struck a market in Saraqib in Idlib province on 3 February 2024, killing four civilians, local rescuers said.";
    private const string ReportB = "Four civilians died when Russian jets bombed the market of Saraqib on February 3, 2024, according to the civil defence; nine were hurt.";

    [Fact]
    public void Ingest_merges_two_outlets_and_a_rerun_adds_nothing()
    {
        using var dir = new TempDir();
        var docs = dir.Write("docs.jsonl",
            $"{{\"id\":\"a\",\"published\":\"2024-02-04\",\"source\":\"Outlet A\",\"text\":\"{ReportA}\"}}\n" +
            $"{{\"id\":\"b\",\"published\":\"2024-02-04\",\"source\":\"Outlet B\",\"text\":\"{ReportB}\"}}\n");
        var db = dir.File("events.db");
        var first = CliRunner.Run("ingest", docs, "--db", db);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("2 documents stored", first.Stderr);
        Assert.Contains("1 new incidents, 1 merged", first.Stderr);

        var again = CliRunner.Run("ingest", docs, "--db", db);
        Assert.Equal(0, again.ExitCode);
        Assert.Contains("0 documents stored, 2 already stored", again.Stderr);

        var jsonl = CliRunner.Run("export", "--db", db, "-f", "jsonl");
        var line = Assert.Single(jsonl.StdoutLines);
        Assert.Contains("\"doc_ids\":[\"a\",\"b\"]", line);
        Assert.Contains("\"merge\":", line);

        // Each report of the incident, as it coded it, and the evidence that joined the second.
        var id = System.Text.Json.JsonDocument.Parse(line).RootElement.GetProperty("event_id").GetString()!;
        var show = CliRunner.Run("events", "show", id, "--db", db);
        Assert.Equal(0, show.ExitCode);
        Assert.Contains(show.StderrLines, l => l.StartsWith("report 1: a (Outlet A", StringComparison.Ordinal) && l.Contains("Saraqib", StringComparison.Ordinal));
        Assert.Contains(show.StderrLines, l => l.StartsWith("report 2: b (Outlet B", StringComparison.Ordinal));
        var joined = Assert.Single(show.StderrLines, l => l.StartsWith("joined:", StringComparison.Ordinal));
        Assert.Contains("same day", joined);
        Assert.Contains("nearest refusal", joined);

        // One row per report for users who want no merging.
        var separate = CliRunner.Run("ingest", docs, "--db", dir.File("separate.db"), "--no-merge");
        Assert.Equal(0, separate.ExitCode);
        Assert.Contains("2 new incidents, 0 merged", separate.Stderr);
        Assert.Equal(2, CliRunner.Run("export", "--db", dir.File("separate.db"), "-f", "jsonl").StdoutLines.Length);
    }

    [Fact]
    public void Export_writes_acled_csv_geojson_and_parquet_and_rejects_bad_filters()
    {
        using var dir = new TempDir();
        var docs = dir.Write("docs.jsonl", $"{{\"id\":\"a\",\"published\":\"2024-02-04\",\"source\":\"Outlet A\",\"text\":\"{ReportA}\"}}\n");
        var db = dir.File("events.db");
        Assert.Equal(0, CliRunner.Run("ingest", docs, "--db", db).ExitCode);

        var csv = CliRunner.Run("export", "--db", db, "-f", "csv");
        Assert.StartsWith("event_id_cnty,event_date,year,time_precision,disorder_type,event_type", csv.StdoutLines[0]);
        Assert.Equal(2, csv.StdoutLines.Length);

        var geo = CliRunner.Run("export", "--db", db, "-f", "geojson", "--bbox", "36,35,37.5,36.5");
        using (var g = System.Text.Json.JsonDocument.Parse(geo.Stdout))
        {
            var feature = Assert.Single(g.RootElement.GetProperty("features").EnumerateArray());
            var coords = feature.GetProperty("geometry").GetProperty("coordinates");
            Assert.InRange(coords[0].GetDouble(), 36, 37.5); // longitude first
        }

        var parquet = dir.File("events.parquet");
        Assert.Equal(0, CliRunner.Run("export", "--db", db, "-f", "parquet", "-o", parquet).ExitCode);
        Assert.Equal("PAR1"u8.ToArray(), File.ReadAllBytes(parquet)[..4]);

        Assert.Empty(CliRunner.Run("export", "--db", db, "-f", "jsonl", "--type", "Protests").StdoutLines);
        var bad = CliRunner.Run("export", "--db", db, "--from", "yesterday");
        Assert.Equal(1, bad.ExitCode);
        Assert.Contains("--from", bad.Stderr);
        Assert.Equal(1, CliRunner.Run("export", "--db", db, "-f", "parquet").ExitCode);
    }

    [Fact]
    public void Killing_ingest_at_random_moments_loses_and_duplicates_nothing()
    {
        using var dir = new TempDir();
        var docs = dir.File("docs.jsonl");
        // Enough documents that 12 kills land before a fast ingest has stored them all; each kill costs a process start, so
        // 12 (not more) keeps the suite's time down while still landing kills mid-batch, mid-commit and between.
        const int count = 2000;
        new ReportGenerator(seed: 7).WriteJsonl(docs, count);

        // The reference: one uninterrupted run.
        var clean = dir.File("clean.db");
        Assert.Equal(0, CliRunner.Run("ingest", docs, "--db", clean, "--batch", "8", "-q").ExitCode);
        var expected = Counts(clean);
        Assert.Equal(count, expected["documents"]);

        var db = dir.File("killed.db");
        var rng = new Random(20261125);
        var kills = 0;
        for (var attempt = 0; attempt < 30 && kills < 12; attempt++)
        {
            var before = File.Exists(db) ? Counts(db)["documents"] : 0;
            if (before == count) break;
            using var p = Start("ingest", docs, "--db", db, "--batch", "8", "-q");
            // Wait until this run has committed something, then kill it a random moment later: mid-batch, mid-commit or between.
            // Small batches and a short delay keep enough kills landing before all documents are in on an idle machine.
            var clock = Stopwatch.StartNew();
            while (!p.HasExited && clock.Elapsed < TimeSpan.FromSeconds(60) && (!File.Exists(db) || Counts(db)["documents"] == before)) Thread.Sleep(20);
            Thread.Sleep(rng.Next(0, 100));
            if (p.HasExited) continue;
            p.Kill(entireProcessTree: true);
            p.WaitForExit();
            kills++;
            AssertConsistent(db, expected);
        }

        Assert.True(kills >= 12, $"only {kills} kills landed during ingest");
        var finish = CliRunner.Run("ingest", docs, "--db", db, "--batch", "8", "-q");
        Assert.Equal(0, finish.ExitCode);
        Assert.Equal(expected, Counts(db));
    }

    [Fact]
    public void What_is_stored_does_not_depend_on_threads_or_batch_size()
    {
        using var dir = new TempDir();
        var docs = dir.File("docs.jsonl");
        new ReportGenerator(seed: 11).WriteJsonl(docs, 500);
        // The same content again under other ids, inside and across batches, is skipped by its hash either way.
        File.AppendAllLines(docs, File.ReadLines(docs).Take(40).Select(l => l.Replace("\"id\":\"", "\"id\":\"again-", StringComparison.Ordinal)).ToList());

        var serial = dir.File("serial.db");
        var overlapped = dir.File("overlapped.db");
        Assert.Equal(0, CliRunner.Run("ingest", docs, "--db", serial, "--threads", "1", "--batch", "1000", "-q").ExitCode);
        Assert.Equal(0, CliRunner.Run("ingest", docs, "--db", overlapped, "--threads", "2", "--batch", "3", "-q").ExitCode);

        var a = Rows(serial);
        // Some reports were merged into others, so the comparison covers merges, not only new incidents.
        Assert.Contains(a, r => r.StartsWith("report_events", StringComparison.Ordinal) && !r.EndsWith("|null", StringComparison.Ordinal));
        Assert.Equal(a, Rows(overlapped));
    }

    /// <summary>Every stored incident and report event, as text, with the timestamps left out.</summary>
    private static List<string> Rows(string db)
    {
        using var c = Open(db);
        var rows = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT 'events', event_id, source_count, record FROM events ORDER BY event_id",
            "SELECT 'report_events', d.content_hash, r.ordinal, r.event_id, r.joined_because FROM report_events r JOIN documents d ON d.id = r.document_id ORDER BY d.content_hash, r.ordinal",
            "SELECT 'evidence', event_id, field, doc_key, start_offset, end_offset FROM evidence ORDER BY 2, 3, 4, 5, 6",
            "SELECT 'claims', event_id, ordinal, source, asserts FROM claims ORDER BY 2, 3",
        })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            using var r = cmd.ExecuteReader();
            while (r.Read()) rows.Add(string.Join('|', Enumerable.Range(0, r.FieldCount).Select(i => r.IsDBNull(i) ? "null" : Convert.ToString(r.GetValue(i), System.Globalization.CultureInfo.InvariantCulture))));
        }

        return rows;
    }

    /// <summary>Every stored document is whole: it has all its report events, and every report event has its incident.</summary>
    private static void AssertConsistent(string db, IReadOnlyDictionary<string, long> complete)
    {
        using var c = Open(db);
        long Scalar(string sql)
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = sql;
            return Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        }

        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM report_events r WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.event_id = r.event_id)"));
        Assert.Equal(0, Scalar("SELECT COUNT(*) FROM events e WHERE e.source_count <> (SELECT COUNT(*) FROM report_events r WHERE r.event_id = e.event_id)"));
        Assert.Equal(Scalar("SELECT COUNT(*) FROM documents"), Scalar("SELECT COUNT(DISTINCT content_hash) FROM documents"));
        Assert.InRange(Scalar("SELECT COUNT(*) FROM documents"), 0, complete["documents"]);
        Assert.Equal("ok", Text(c, "PRAGMA integrity_check"));
    }

    private static string Text(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        return Convert.ToString(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
    }

    private static Dictionary<string, long> Counts(string db)
    {
        using var c = Open(db);
        var result = new Dictionary<string, long>();
        foreach (var t in new[] { "documents", "annotations", "events", "report_events", "event_sources", "claims", "evidence" })
        {
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"SELECT COUNT(*) FROM {t}";
            try
            {
                result[t] = Convert.ToInt64(cmd.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (SqliteException)
            {
                result[t] = 0; // killed before the first migration committed
            }
        }

        return result;
    }

    private static SqliteConnection Open(string db)
    {
        var c = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = db, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        c.Open();
        return c;
    }

    private static Process Start(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(CliRunner.SitrepDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        psi.Environment["SITREP_JIT_PROFILE"] = "0";
        var p = Process.Start(psi)!;
        p.OutputDataReceived += (_, _) => { };
        p.ErrorDataReceived += (_, _) => { };
        p.BeginOutputReadLine();
        p.BeginErrorReadLine();
        return p;
    }
}
