using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Npgsql;

namespace Sitrep.Storage.Tests;

/// <summary>A real PostgreSQL server for the storage tests: SITREP_TEST_PG if set, else a private cluster started from the installed binaries.</summary>
/// <remarks>
/// No mock and no skip: if neither is available the tests fail and say how to get PostgreSQL (.ci/run installs it).
/// The private cluster lives in a temp directory, listens only on a Unix socket there, and is removed afterwards.
/// </remarks>
public sealed class PostgresServer : IDisposable
{
    private readonly string? _dir;
    private readonly string _adminConnection;

    public PostgresServer()
    {
        var given = Environment.GetEnvironmentVariable("SITREP_TEST_PG");
        if (!string.IsNullOrWhiteSpace(given))
        {
            _adminConnection = given;
            return;
        }

        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin")).Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderDescending().FirstOrDefault()
            : null;
        if (bin is null)
        {
            throw new InvalidOperationException(
                "PostgreSQL is needed for the storage tests: set SITREP_TEST_PG to a connection string, or install the server (apt-get install -y postgresql; .ci/run does).");
        }

        _dir = Path.Combine(Path.GetTempPath(), "sitrep-pg-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(_dir);
        var asRoot = Environment.UserName == "root";
        if (asRoot) Run("chown", $"postgres {_dir}");
        var port = FreePort();
        PgRun(asRoot, Path.Combine(bin, "initdb"), $"-D {_dir}/data -U sitrep --auth=trust -E UTF8 --no-sync");
        // Not captured: the server forked by pg_ctl would hold the pipes open and a read to their end would never return.
        PgRun(asRoot, Path.Combine(bin, "pg_ctl"), $"-D {_dir}/data -l {_dir}/log -w -o \"-p {port} -k {_dir} -c listen_addresses='' -c fsync=off\" start", capture: false);
        _adminConnection = $"Host={_dir};Port={port};Username=sitrep;Database=postgres;Pooling=false";
        Port = port;
        Bin = bin;
        AsRoot = asRoot;
    }

    private int Port { get; }

    private string? Bin { get; }

    private bool AsRoot { get; }

    /// <summary>A fresh, empty database on the server, as a connection string.</summary>
    public string NewDatabase()
    {
        var name = "sitrep_" + Guid.NewGuid().ToString("N")[..12];
        using (var c = new NpgsqlConnection(_adminConnection))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE DATABASE {name}";
            cmd.ExecuteNonQuery();
        }

        return new NpgsqlConnectionStringBuilder(_adminConnection) { Database = name, Pooling = true }.ConnectionString;
    }

    public void Dispose()
    {
        if (_dir is null || Bin is null) return;
        try
        {
            PgRun(AsRoot, Path.Combine(Bin, "pg_ctl"), $"-D {_dir}/data -m immediate -w stop");
        }
        finally
        {
            Directory.Delete(_dir, recursive: true);
        }
    }

    private static int FreePort()
    {
        var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        var port = ((IPEndPoint)l.LocalEndpoint).Port;
        l.Stop();
        return port;
    }

    private static void PgRun(bool asRoot, string exe, string args, bool capture = true)
    {
        // PostgreSQL refuses to run as root, so as root the server runs as the postgres user Debian's package creates.
        if (asRoot) Run("runuser", $"-u postgres -- {exe} {args}", capture);
        else Run(exe, args, capture);
    }

    private static void Run(string exe, string args, bool capture = true)
    {
        var psi = new ProcessStartInfo(exe, args) { RedirectStandardOutput = capture, RedirectStandardError = capture, UseShellExecute = false };
        using var p = Process.Start(psi)!;
        var stdout = capture ? p.StandardOutput.ReadToEndAsync() : Task.FromResult("");
        var stderr = capture ? p.StandardError.ReadToEnd() : "";
        p.WaitForExit();
        if (p.ExitCode != 0) throw new InvalidOperationException($"{exe} {args} failed ({p.ExitCode}): {stderr}{stdout.Result}");
    }
}
