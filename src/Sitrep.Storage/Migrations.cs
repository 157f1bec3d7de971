using System.Data.Common;
using System.Globalization;
using System.Reflection;

namespace Sitrep.Storage;

/// <summary>Applies the versioned SQL migrations (Migrations/&lt;dialect&gt;/NNN_name.sql) a store has not seen yet.</summary>
/// <remarks>Each migration runs in its own transaction together with its row in schema_migrations, so a crash never leaves a half-migrated schema.</remarks>
internal static class Migrations
{
    public static void Apply(DbConnection connection, StoreKind kind)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";
            create.ExecuteNonQuery();
        }

        var applied = new HashSet<int>();
        using (var read = connection.CreateCommand())
        {
            read.CommandText = "SELECT version FROM schema_migrations";
            using var r = read.ExecuteReader();
            while (r.Read()) applied.Add(Convert.ToInt32(r.GetValue(0), CultureInfo.InvariantCulture));
        }

        foreach (var (version, name, sql) in Available(kind))
        {
            if (applied.Contains(version)) continue;
            using var tx = connection.BeginTransaction();
            using (var cmd = connection.CreateCommand())
            {
                cmd.Transaction = tx;
                cmd.CommandText = sql;
                cmd.ExecuteNonQuery();
            }

            using (var mark = connection.CreateCommand())
            {
                mark.Transaction = tx;
                mark.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@v, @n, @a)";
                var pv = mark.CreateParameter();
                pv.ParameterName = "v";
                pv.Value = version;
                mark.Parameters.Add(pv);
                var pn = mark.CreateParameter();
                pn.ParameterName = "n";
                pn.Value = name;
                mark.Parameters.Add(pn);
                var pa = mark.CreateParameter();
                pa.ParameterName = "a";
                pa.Value = DateTime.UtcNow.ToString("O", CultureInfo.InvariantCulture);
                mark.Parameters.Add(pa);
                mark.ExecuteNonQuery();
            }

            tx.Commit();
        }
    }

    /// <summary>The embedded migrations for a dialect, in version order.</summary>
    public static IEnumerable<(int Version, string Name, string Sql)> Available(StoreKind kind)
    {
        var prefix = $"Sitrep.Migrations.{(kind == StoreKind.Sqlite ? "sqlite" : "postgres")}.";
        var asm = Assembly.GetExecutingAssembly();
        foreach (var res in asm.GetManifestResourceNames().Where(n => n.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var file = res[prefix.Length..];
            var version = int.Parse(file[..3], CultureInfo.InvariantCulture);
            using var s = asm.GetManifestResourceStream(res)!;
            using var reader = new StreamReader(s);
            yield return (version, Path.GetFileNameWithoutExtension(file), reader.ReadToEnd());
        }
    }
}
