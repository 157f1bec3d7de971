using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Sitrep.Storage;

/// <summary>The kinds of database Sitrep stores events in.</summary>
public enum StoreKind
{
    /// <summary>One SQLite file (the default, embedded).</summary>
    Sqlite,

    /// <summary>A PostgreSQL server, for a team.</summary>
    Postgres,
}

/// <summary>Where the store lives: parsed from what the host was given (<c>--db</c>), defaulting to <c>sitrep.db</c> in its home directory.</summary>
public sealed record StoreTarget(StoreKind Kind, string ConnectionString, string Display)
{
    /// <summary>
    /// A SQLite file path (or <c>sqlite:PATH</c>), or a PostgreSQL URL (<c>postgres://user:pw@host:port/db</c>) or
    /// key-value connection string (<c>Host=...;Database=...</c>). Null or empty means <c>sitrep.db</c> in <paramref name="home"/>.
    /// </summary>
    public static StoreTarget Parse(string? db, string? home = null)
    {
        if (string.IsNullOrWhiteSpace(db))
        {
            if (home is null) throw new ArgumentException("no store was named and no home directory was given for the default one");
            return Sqlite(Path.Combine(home, "sitrep.db"));
        }

        db = db.Trim();
        if (db.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) || db.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase))
        {
            return Postgres(FromUrl(new Uri(db)));
        }

        if (db.Contains("Host=", StringComparison.OrdinalIgnoreCase) && db.Contains(';'))
        {
            return Postgres(db);
        }

        return Sqlite(db.StartsWith("sqlite:", StringComparison.OrdinalIgnoreCase) ? db["sqlite:".Length..] : db);
    }

    /// <summary>A SQLite file at <paramref name="path"/>.</summary>
    public static StoreTarget Sqlite(string path)
    {
        var full = Path.GetFullPath(path);
        var cs = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true }.ToString();
        return new StoreTarget(StoreKind.Sqlite, cs, full);
    }

    /// <summary>A PostgreSQL database given by a key-value connection string.</summary>
    public static StoreTarget Postgres(string connectionString)
    {
        var b = new NpgsqlConnectionStringBuilder(connectionString);
        // Ingest repeats a few statements for every row; prepared on the server they are parsed and planned once.
        if (b.MaxAutoPrepare == 0) b.MaxAutoPrepare = 64;
        return new StoreTarget(StoreKind.Postgres, b.ConnectionString, $"postgres://{b.Host}:{b.Port}/{b.Database}");
    }

    internal DbConnection CreateConnection() => Kind switch
    {
        StoreKind.Sqlite => new SqliteConnection(ConnectionString),
        _ => new NpgsqlConnection(ConnectionString),
    };

    private static string FromUrl(Uri u)
    {
        var b = new NpgsqlConnectionStringBuilder
        {
            Host = u.Host,
            Port = u.Port > 0 ? u.Port : 5432,
            Database = u.AbsolutePath.Trim('/'),
        };
        if (u.UserInfo.Length > 0)
        {
            var parts = u.UserInfo.Split(':', 2);
            b.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length > 1) b.Password = Uri.UnescapeDataString(parts[1]);
        }

        return b.ConnectionString;
    }
}
