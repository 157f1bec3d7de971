using System.Net;
using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Sitrep.Tests.Shared;

namespace Sitrep.Cli.Tests;

/// <summary>Bad input for `sitrep ingest`: each document named with its reason, the batch goes on, nothing half-stored.</summary>
public sealed class IngestBadInputTests
{
    private const string Good = "Al-Shabaab militants attacked a police post in Mandera on 2 April 2024, killing two officers, police said.";

    [Fact]
    public void Every_bad_file_is_named_and_the_good_one_is_stored()
    {
        using var dir = new TempDir();
        var inbox = Directory.CreateDirectory(dir.File("inbox")).FullName;
        File.WriteAllText(Path.Combine(inbox, "a-good.txt"), Good);
        var pdf = PdfSamples.BuildReport(null, ["Air strikes hit the town of Saraqib on 3 May 2024, killing three people."]);
        File.WriteAllBytes(Path.Combine(inbox, "b-good.pdf"), pdf);
        File.WriteAllBytes(Path.Combine(inbox, "corrupt.pdf"), pdf[..(pdf.Length / 2)]);
        File.WriteAllBytes(Path.Combine(inbox, "encrypted.pdf"), PdfSamples.Encrypted());
        File.WriteAllBytes(Path.Combine(inbox, "scan.pdf"), PdfSamples.WithoutText());
        File.WriteAllText(Path.Combine(inbox, "bomb.xml"), """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>
            <rss version="2.0"><channel><title>t</title><item><title>&lol3;</title><description>x</description></item></channel></rss>
            """);
        File.WriteAllText(Path.Combine(inbox, "xxe.rss"), """
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><title>t</title><item><title>&secret;</title><description>x</description></item></channel></rss>
            """);
        File.WriteAllText(Path.Combine(inbox, "scripts.html"),
            "<html><head><script>alert(1)</script><style>p{}</style></head><body><nav><a href='/'>Home</a></nav><script>document.write('x')</script></body></html>");
        File.WriteAllBytes(Path.Combine(inbox, "binary.txt"), [0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]);
        using (var huge = new FileStream(Path.Combine(inbox, "huge.txt"), FileMode.Create))
        {
            huge.SetLength(2L * 1024 * 1024 * 1024); // sparse: 2 GB on paper, nothing on disk
        }

        var db = dir.File("events.db");
        var r = CliRunner.Run("ingest", inbox, "--db", db, "-q");
        Assert.Equal(2, r.ExitCode);
        string Reason(string file) => Assert.Single(r.StderrLines, l => l.Contains(file, StringComparison.Ordinal));
        Assert.Contains("corrupt PDF", Reason("corrupt.pdf"));
        Assert.Contains("encrypted PDF", Reason("encrypted.pdf"));
        Assert.Contains("no text layer; OCR not supported", Reason("scan.pdf"));
        Assert.Contains("refused", Reason("bomb.xml"));
        Assert.Contains("refused", Reason("xxe.rss"));
        Assert.DoesNotContain("root:", r.Stderr);
        Assert.Contains("no article text", Reason("scripts.html"));
        Assert.Contains("binary", Reason("binary.txt"));
        Assert.Contains("limit", Reason("huge.txt"));

        using var c = new SqliteConnection($"Data Source={db};Mode=ReadOnly;Pooling=False");
        c.Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT group_concat(doc_key, '|') FROM (SELECT doc_key FROM documents ORDER BY doc_key)";
        var keys = ((string)cmd.ExecuteScalar()!).Split('|').Select(Path.GetFileName);
        Assert.Equal(["a-good.txt", "b-good.pdf"], keys);
    }

    [Fact]
    public void A_csv_batch_is_ingested_row_by_row_and_a_bad_row_is_named_by_its_line()
    {
        using var dir = new TempDir();
        var batch = dir.Write("batch.csv",
            "id,published,source,text\n" +
            "mandera-1,2024-04-02,Coast News,\"Suspected al-Shabaab militants attacked a police post in Mandera on Monday, killing two officers.\"\n" +
            "broken,yesterday,Coast News,Gunmen attacked a bus.\n" +
            "gao-1,2024-05-03,Sahel Wire,\"Unidentified gunmen abducted three traders near Gao on Thursday.\"\n");
        var db = dir.File("events.db");
        var r = CliRunner.Run("ingest", batch, "--db", db, "-q");
        Assert.Equal(2, r.ExitCode);
        Assert.Contains("'published' is not a date", Assert.Single(r.StderrLines, l => l.Contains("batch.csv:3", StringComparison.Ordinal)));
        var lines = CliRunner.Run("export", "--db", db, "-f", "jsonl").StdoutLines;
        Assert.Equal(2, lines.Length);
        Assert.Contains(lines, l => l.Contains("\"doc_ids\":[\"mandera-1\"]", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("\"doc_ids\":[\"gao-1\"]", StringComparison.Ordinal));
        // The same batch again stores nothing new.
        Assert.Equal(2, CliRunner.Run("ingest", batch, "--db", db, "-q").ExitCode);
        Assert.Equal(2, CliRunner.Run("export", "--db", db, "-f", "jsonl").StdoutLines.Length);
    }

    [Fact]
    public void An_unreachable_and_a_slow_url_are_named_and_the_rest_is_stored()
    {
        using var dir = new TempDir();
        var good = dir.Write("good.txt", Good);
        // A server that accepts the connection and never answers.
        var silent = new TcpListener(IPAddress.Loopback, 0);
        silent.Start();
        var slowUrl = $"http://127.0.0.1:{((IPEndPoint)silent.LocalEndpoint).Port}/report";
        var closed = new TcpListener(IPAddress.Loopback, 0);
        closed.Start();
        var deadUrl = $"http://127.0.0.1:{((IPEndPoint)closed.LocalEndpoint).Port}/report";
        closed.Stop();
        try
        {
            var r = CliRunner.Run("ingest", deadUrl, slowUrl, good, "--db", dir.File("events.db"), "--timeout", "2", "-q");
            Assert.Equal(2, r.ExitCode);
            Assert.Contains("cannot fetch", Assert.Single(r.StderrLines, l => l.Contains(deadUrl, StringComparison.Ordinal)));
            Assert.Contains("timed out", Assert.Single(r.StderrLines, l => l.Contains(slowUrl, StringComparison.Ordinal)));
            var list = CliRunner.Run("export", "--db", dir.File("events.db"), "-f", "jsonl");
            Assert.Contains("Mandera", Assert.Single(list.StdoutLines));
        }
        finally
        {
            silent.Stop();
        }
    }
}
