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

    /// <summary>The language whose word lists are read (its folder under data/lexicons); language-neutral tables sit above the folders.</summary>
    public const string Language = "en";

    /// <summary>True when a bundled lexicon of that name exists (in the language's folder or among the shared tables).</summary>
    public static bool Exists(string name) => ResourceOf(name) is not null;

    // A language's own file first ("Sitrep.Lexicons.en/triggers.tsv"), else the shared one ("Sitrep.Lexicons.actors.tsv").
    private static string? ResourceOf(string name)
    {
        var asm = typeof(LexiconFile).Assembly;
        foreach (var candidate in new[] { $"Sitrep.Lexicons.{Language}/{name}", "Sitrep.Lexicons." + name })
        {
            if (asm.GetManifestResourceInfo(candidate) is not null) return candidate;
        }

        return null;
    }

    private static Stream Open(string name) =>
        (ResourceOf(name) is { } resource ? typeof(LexiconFile).Assembly.GetManifestResourceStream(resource) : null)
        ?? throw new InvalidDataException($"bundled lexicon '{name}' is missing from {Assembly.GetExecutingAssembly().GetName().Name}");

    /// <summary>The bytes of a bundled lexicon, or null when there is none of that name.</summary>
    internal static byte[]? Bytes(string name)
    {
        if (ResourceOf(name) is not { } resource) return null;
        using var stream = typeof(LexiconFile).Assembly.GetManifestResourceStream(resource)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    /// <summary>The cell at <paramref name="index"/>, trimmed, or empty when the row is shorter.</summary>
    public static string Cell(this string[] cells, int index) => index < cells.Length ? cells[index].Trim() : "";

    /// <summary>Splits a '|'-separated list cell, dropping empty items.</summary>
    public static string[] List(this string[] cells, int index) =>
        cells.Cell(index).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
