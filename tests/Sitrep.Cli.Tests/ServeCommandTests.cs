namespace Sitrep.Cli.Tests;

/// <summary>`sitrep serve` refuses unsafe or impossible set-ups before listening, with a reason and an exit code.</summary>
public class ServeCommandTests
{
    [Fact]
    public void Listening_everywhere_without_a_key_is_refused_with_exit_code_1()
    {
        using var dir = new TempDir();
        var r = CliRunner.Run("serve", "--db", dir.File("s.db"), "--urls", "http://0.0.0.0:5080");
        Assert.Equal(1, r.ExitCode);
        Assert.Contains("refusing to listen on http://0.0.0.0:5080 without an API key", r.Stderr);
        Assert.Contains("--api-key", r.Stderr);
    }

    [Fact]
    public void A_store_that_cannot_be_opened_is_exit_code_3()
    {
        using var dir = new TempDir();
        var notADatabase = dir.Write("not-a.db", "this is a text file, not SQLite, and long enough to have a header page" + new string('x', 200));
        var r = CliRunner.Run("serve", "--db", notADatabase, "--urls", "http://127.0.0.1:0");
        Assert.Equal(3, r.ExitCode);
        Assert.Contains("cannot open the store", r.Stderr);
    }

    [Fact]
    public void Help_names_the_endpoints_and_the_key()
    {
        var r = CliRunner.Run("serve", "--help");
        Assert.Equal(0, r.ExitCode);
        Assert.Contains("--api-key", r.Stdout);
        Assert.Contains("/openapi.json", r.Stdout);
    }
}
