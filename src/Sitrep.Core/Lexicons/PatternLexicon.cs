using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Lexicons;

/// <summary>One row of a pattern lexicon: the payload cells and the regex that finds it.</summary>
public sealed record PatternEntry(string Key, string Pattern, IReadOnlyList<string> Cells, int Line)
{
    /// <summary>The trimmed cell at <paramref name="index"/>, or empty when the row is shorter.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index].Trim() : "";
}

/// <summary>A lexicon of regular-expression rows, reporting which row matched where.</summary>
/// <remarks>
/// Each row is its own compiled regex: one alternation of every row defeats the engine's literal-prefix search and
/// runs an order of magnitude slower. The result is what that alternation would give: scanning left to right, at
/// the leftmost position where any row matches, the first row in file order wins, and scanning resumes after it.
/// </remarks>
public sealed class PatternLexicon
{
    private readonly Regex[] _rows;
    private readonly PatternEntry[] _entries;

    /// <summary>Compiles rows; <paramref name="patternColumn"/> is the regex cell, <paramref name="keyColumn"/> names the row.</summary>
    public PatternLexicon(string name, IEnumerable<(int Line, string[] Cells)> rows, int keyColumn, int patternColumn)
    {
        var entries = new List<PatternEntry>();
        var regexes = new List<Regex>();
        foreach (var (line, cells) in rows)
        {
            var pattern = cells.Cell(patternColumn);
            if (pattern.Length == 0) throw new InvalidDataException($"{name}:{line}: empty pattern");
            try
            {
                regexes.Add(new Regex(@"(?<![\w-])(?:" + pattern + @")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled));
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{name}:{line}: bad pattern: {e.Message}");
            }
            entries.Add(new PatternEntry(cells.Cell(keyColumn), pattern, cells, line));
        }
        _entries = entries.ToArray();
        _rows = regexes.ToArray();
        Name = name;
    }

    /// <summary>The lexicon's file name, for messages.</summary>
    public string Name { get; }

    /// <summary>Rows in file order.</summary>
    public IReadOnlyList<PatternEntry> Entries => _entries;

    /// <summary>Every non-overlapping match in <paramref name="text"/>, leftmost first.</summary>
    public IEnumerable<(TextSpan Span, PatternEntry Entry, Match Match)> Scan(string text)
    {
        // Each row's next match at or after the cursor; rows are re-asked only when the cursor passes their match.
        var next = new Match?[_rows.Length];
        for (var i = 0; i < _rows.Length; i++) next[i] = _rows[i].Match(text);
        var cursor = 0;
        while (true)
        {
            var best = -1;
            for (var i = 0; i < _rows.Length; i++)
            {
                var m = next[i];
                if (m is null || !m.Success) continue;
                if (m.Index < cursor)
                {
                    m = next[i] = _rows[i].Match(text, cursor);
                    if (!m.Success) continue;
                }
                if (best < 0 || m.Index < next[best]!.Index) best = i;
            }
            if (best < 0) yield break;
            var won = next[best]!;
            yield return (new TextSpan(won.Index, won.Index + won.Length), _entries[best], won);
            cursor = Math.Max(won.Index + won.Length, won.Index + 1);
        }
    }

    /// <summary>Loads a bundled pattern lexicon.</summary>
    public static PatternLexicon LoadBundled(string file, int keyColumn, int patternColumn) =>
        new(file, LexiconFile.Read(file), keyColumn, patternColumn);
}
