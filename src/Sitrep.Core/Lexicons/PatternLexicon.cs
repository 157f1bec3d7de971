using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Lexicons;

/// <summary>One row of a pattern lexicon: the payload cells and the regex that finds it.</summary>
public sealed record PatternEntry(string Key, string Pattern, IReadOnlyList<string> Cells, int Line);

/// <summary>A lexicon of regular-expression rows compiled into one scanner, reporting which row matched where.</summary>
public sealed class PatternLexicon
{
    private readonly Regex _regex;
    private readonly PatternEntry[] _entries;
    private readonly int[] _groupNumbers;

    /// <summary>Compiles rows; <paramref name="patternColumn"/> is the regex cell, <paramref name="keyColumn"/> names the row.</summary>
    public PatternLexicon(string name, IEnumerable<(int Line, string[] Cells)> rows, int keyColumn, int patternColumn)
    {
        var entries = new List<PatternEntry>();
        var sb = new StringBuilder(@"(?<![\w-])(?:");
        foreach (var (line, cells) in rows)
        {
            var pattern = cells.Cell(patternColumn);
            if (pattern.Length == 0) throw new InvalidDataException($"{name}:{line}: empty pattern");
            try
            {
                _ = new Regex(pattern);
            }
            catch (ArgumentException e)
            {
                throw new InvalidDataException($"{name}:{line}: bad pattern: {e.Message}");
            }
            if (entries.Count > 0) sb.Append('|');
            sb.Append("(?<r").Append(entries.Count).Append('>').Append(pattern).Append(')');
            entries.Add(new PatternEntry(cells.Cell(keyColumn), pattern, cells, line));
        }
        sb.Append(@")(?![\w])");
        _entries = entries.ToArray();
        _regex = new Regex(sb.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
        _groupNumbers = Enumerable.Range(0, _entries.Length).Select(i => _regex.GroupNumberFromName("r" + i)).ToArray();
        Name = name;
    }

    /// <summary>The lexicon's file name, for messages.</summary>
    public string Name { get; }

    /// <summary>Rows in file order.</summary>
    public IReadOnlyList<PatternEntry> Entries => _entries;

    /// <summary>Every non-overlapping match in <paramref name="text"/>, leftmost first.</summary>
    public IEnumerable<(TextSpan Span, PatternEntry Entry, Match Match)> Scan(string text)
    {
        for (var m = _regex.Match(text); m.Success; m = m.NextMatch())
        {
            for (var i = 0; i < _groupNumbers.Length; i++)
            {
                if (m.Groups[_groupNumbers[i]].Success)
                {
                    yield return (new TextSpan(m.Index, m.Index + m.Length), _entries[i], m);
                    break;
                }
            }
        }
    }

    /// <summary>Loads a bundled pattern lexicon.</summary>
    public static PatternLexicon LoadBundled(string file, int keyColumn, int patternColumn) =>
        new(file, LexiconFile.Read(file), keyColumn, patternColumn);
}
