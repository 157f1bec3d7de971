namespace Sitrep.Core.Tests;

/// <summary>Rules of the layout that a compiler does not check: the libraries take their settings from the host.</summary>
public sealed class ArchitectureTests
{
    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        }
        Assert.Fail($"repository root (Sitrep.slnx) not found above {AppContext.BaseDirectory}");
        return "";
    }

    [Theory]
    [InlineData("src/Sitrep.Core")]
    [InlineData("src/Sitrep.Storage")]
    public void Library_code_reads_no_environment_variable_or_home_directory(string project)
    {
        var found = LinesHolding(project, ["GetEnvironmentVariable", "SpecialFolder.UserProfile", "SpecialFolder.ApplicationData", "Environment.CurrentDirectory"]);
        Assert.True(found.Count == 0, "the host (CLI, server) passes these in:\n" + string.Join("\n", found));
    }

    // A language is a folder of data (data/lexicons/<lang>): the stages that read text take their words and patterns from
    // it, so none of them may compile a pattern of its own into the code.
    [Theory]
    [InlineData("src/Sitrep.Core/Annotation")]
    [InlineData("src/Sitrep.Core/Coding")]
    [InlineData("src/Sitrep.Core/Resolution")]
    public void Language_stages_hold_no_pattern_of_their_own(string folder)
    {
        var found = LinesHolding(folder, ["[GeneratedRegex(", "new Regex(@\"", "Patterns.IsMatch(", "Patterns.Get(@\""]);
        Assert.True(found.Count == 0, "move these patterns to data/lexicons/en (PatternSet rows):\n" + string.Join("\n", found));
    }

    // The lines ("file:line: text") of the C# sources under a folder of the repository, leaving out build output, that
    // hold any of the forbidden strings; the folder must hold sources, so a moved folder cannot pass unread.
    private static List<string> LinesHolding(string folder, string[] forbidden)
    {
        var dir = Path.Combine(RepoRoot(), folder);
        var sources = Directory.EnumerateFiles(dir, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(sources);
        return sources.SelectMany(f => File.ReadLines(f).Select((line, i) => (f, i, line)))
            .Where(x => forbidden.Any(w => x.line.Contains(w, StringComparison.Ordinal)))
            .Select(x => $"{Path.GetRelativePath(dir, x.f)}:{x.i + 1}: {x.line.Trim()}")
            .ToList();
    }
}
