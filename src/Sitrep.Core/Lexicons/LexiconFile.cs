using System.Reflection;

namespace Sitrep.Core.Lexicons;

/// <summary>Reads the tab-separated data files bundled with Sitrep (comments start with '#').</summary>
public static class LexiconFile
{
    /// <summary>The rows of a bundled lexicon, split on tabs, with the 1-based line number of each.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Read(string name)
    {
        using var stream = Open(name);
        using var reader = new StreamReader(stream);
        foreach (var row in Read(reader)) yield return row;
    }

    /// <summary>Rows from any reader in the lexicon format.</summary>
    public static IEnumerable<(int Line, string[] Cells)> Read(TextReader reader)
    {
        var lineNo = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            yield return (lineNo, line.Split('\t'));
        }
    }

    /// <summary>True when a bundled lexicon of that name exists.</summary>
    public static bool Exists(string name) =>
        typeof(LexiconFile).Assembly.GetManifestResourceInfo("Sitrep.Lexicons." + name) is not null;

    private static Stream Open(string name) =>
        typeof(LexiconFile).Assembly.GetManifestResourceStream("Sitrep.Lexicons." + name)
        ?? throw new InvalidDataException($"bundled lexicon '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}");

    /// <summary>The cell at <paramref name="index"/>, trimmed, or empty when the row is shorter.</summary>
    public static string Cell(this string[] cells, int index) => index < cells.Length ? cells[index].Trim() : "";

    /// <summary>Splits a '|'-separated list cell, dropping empty items.</summary>
    public static string[] List(this string[] cells, int index) =>
        cells.Cell(index).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
