namespace Sitrep.Tests.Shared;

/// <summary>Finds the repository root and the read-only ../shared folder beside it.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding Sitrep.slnx.</summary>
    public static string Root
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) dir = dir.Parent;
            return dir?.FullName ?? throw new InvalidOperationException($"no Sitrep.slnx above {AppContext.BaseDirectory}");
        }
    }

    /// <summary>../shared beside the repository; a test that needs it fails (never skips) when it is missing.</summary>
    public static string Shared
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared"));
            if (!Directory.Exists(path)) throw new InvalidOperationException($"../shared is missing (looked at {path}); CI provides it beside the clone");
            return path;
        }
    }
}
