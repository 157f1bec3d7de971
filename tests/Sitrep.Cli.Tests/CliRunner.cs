using System.Diagnostics;

namespace Sitrep.Cli.Tests;

/// <summary>Runs the real sitrep CLI (sitrep.dll copied beside this test assembly) as a child process.</summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr)
    {
        public string[] StderrLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        public string[] StdoutLines => Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static string SitrepDll
    {
        get
        {
            var path = Path.Combine(AppContext.BaseDirectory, "sitrep.dll");
            Assert.True(File.Exists(path), $"sitrep.dll not found beside the tests at {path}");
            return path;
        }
    }

    public static Result Run(params string[] args)
    {
        var psi = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        psi.ArgumentList.Add("exec");
        psi.ArgumentList.Add(SitrepDll);
        foreach (var a in args) psi.ArgumentList.Add(a);
        // No JIT profile in the user's home from a test run (a precompiled build would keep one).
        psi.Environment["SITREP_JIT_PROFILE"] = "0";
        using var p = Process.Start(psi)!;
        p.StandardInput.Close();
        var stdout = p.StandardOutput.ReadToEndAsync();
        var stderr = p.StandardError.ReadToEndAsync();
        if (!p.WaitForExit(120_000))
        {
            p.Kill(entireProcessTree: true);
            Assert.Fail("sitrep did not finish within 120 s");
        }
        return new Result(p.ExitCode, stdout.Result, stderr.Result);
    }
}

/// <summary>A temporary directory removed when the test ends.</summary>
internal sealed class TempDir : IDisposable
{
    public TempDir()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "sitrep-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string File(string name) => System.IO.Path.Combine(Path, name);

    public string Write(string name, string text)
    {
        var f = File(name);
        System.IO.File.WriteAllText(f, text);
        return f;
    }

    public string Write(string name, byte[] bytes)
    {
        var f = File(name);
        System.IO.File.WriteAllBytes(f, bytes);
        return f;
    }

    public void Dispose()
    {
        try { Directory.Delete(Path, recursive: true); } catch (IOException) { } catch (UnauthorizedAccessException) { }
    }
}

internal static class Reports
{
    public const string Clash =
        "Syrian Army troops clashed with Hayat Tahrir al-Sham fighters near Kafr Nabl in southern Idlib on May 27. Four soldiers were killed.";

    public const string Abduction = "Unidentified gunmen abducted two aid workers in Maiduguri on May 27.";
}
