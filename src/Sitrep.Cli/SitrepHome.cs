namespace Sitrep.Cli;

/// <summary>The user's Sitrep directory and default store, read from the environment by the CLI so that no library has to.</summary>
internal static class SitrepHome
{
    /// <summary><c>$SITREP_HOME</c>, else <c>~/.sitrep</c>: imported gazetteer overlays and the default store live there.</summary>
    public static string Directory(string? given = null) =>
        given ?? Environment.GetEnvironmentVariable("SITREP_HOME")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".sitrep");

    /// <summary>The store named by <c>--db</c>, else by <c>$SITREP_DB</c> (null: the SQLite file in the home directory).</summary>
    public static string? Db(string? given) => string.IsNullOrWhiteSpace(given) ? Environment.GetEnvironmentVariable("SITREP_DB") : given;
}
