using System.Runtime;

namespace Sitrep.Cli;

/// <summary>Multicore JIT for the document commands: what one run had to compile, the next compiles on a spare core in advance.</summary>
/// <remarks>
/// Even a ReadyToRun build JIT-compiles several hundred methods for its first report (generic code over value types that
/// precompiled code cannot hold), one after another on the thread that needs them. The runtime records which, in a small
/// file per command under <c>$SITREP_HOME/cache</c>, and from the second run on compiles them beside the loading of the
/// lexicons and gazetteer (one report: 0.38 s → 0.30 s when the second core is free, no change when it is busy;
/// bench/README.md). Only precompiled builds use it. A profile of another Sitrep build is skipped module by module by
/// the runtime. <c>SITREP_JIT_PROFILE=0</c> turns this off.
/// </remarks>
internal static class StartupProfile
{
    private static readonly HashSet<string> Commands = new(StringComparer.Ordinal) { "extract", "annotate", "ingest", "eval" };

    /// <summary>Starts recording (and replaying) the profile of the command <paramref name="args"/> run, when it is a document command.</summary>
    public static void Start(string[] args)
    {
        if (args.Length == 0 || !Commands.Contains(args[0]) || Environment.GetEnvironmentVariable("SITREP_JIT_PROFILE") == "0") return;
        // Without ReadyToRun nearly everything is JIT-compiled, and compiling it all ahead cost more than it saved
        // (`dotnet sitrep.dll`, one report: 0.62 s without, 0.76 s with, on a busy machine).
        if (!Core.Lexicons.RegexCompilation.PrecompiledBuild) return;
        try
        {
            var dir = Path.Combine(SitrepHome.Directory(), "cache");
            System.IO.Directory.CreateDirectory(dir);
            ProfileOptimization.SetProfileRoot(dir);
            ProfileOptimization.StartProfile($"jit-{args[0]}.profile");
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            // A home that cannot be written only costs the speed-up.
        }
    }
}
