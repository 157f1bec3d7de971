using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>A language's named patterns and word lists for one stage, read from a bundled file such as <c>en/coding.tsv</c>.</summary>
/// <remarks>
/// Rows are <c>name TAB pattern [TAB flags]</c>. A pattern may use another row of the same file, or of
/// <c>fragments.tsv</c>, as <c>{name}</c>, so a noun list is written once and shared by the rules that read it.
/// Flags: <c>case</c> (match case exactly), <c>explicit</c> (only named groups capture), <c>generated</c> (compiled at
/// build time by the regex source generator, for the hottest patterns), <c>interpreted</c> (no
/// compilation: for patterns run a few times a report, where compiling costs more start-up than it saves), and what the row
/// is read as when it becomes a member of the class that reads it (<c>src/Sitrep.Core/LexiconRows.targets</c>): <c>words</c>,
/// <c>wordset</c>, <c>text</c> or <c>gated</c>, a regex otherwise.
/// Stages ask by name; a name missing from the file, or a reference to one, fails when the file is loaded, not later.
/// </remarks>
public sealed class PatternSet
{
    private static readonly ConcurrentDictionary<string, PatternSet> Loaded = new(StringComparer.Ordinal);
    private static readonly Regex Reference = new(@"\{(?<name>[a-z][a-z0-9-]*)\}", RegexOptions.CultureInvariant);
    private static readonly HashSet<string> KnownFlags = ["case", "explicit", "generated", "interpreted", "words", "wordset", "text", "gated"];

    private readonly Dictionary<string, (string Pattern, string Flags, int Line)> _rows;
    private readonly ConcurrentDictionary<string, Regex> _regexes = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TieredRegex> _tiered = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _expanded = new(StringComparer.Ordinal);

    private PatternSet(string file, IEnumerable<(int Line, string[] Cells)> rows, PatternSet? fragments)
    {
        File = file;
        _rows = new Dictionary<string, (string, string, int)>(StringComparer.Ordinal);
        if (fragments is not null)
        {
            foreach (var (name, row) in fragments._rows) _rows[name] = row;
        }

        foreach (var (line, cells) in rows)
        {
            var name = cells.Cell(0);
            if (name.Length == 0) throw new InvalidDataException($"{file}:{line}: a row needs a name");
            if (fragments is null || !fragments._rows.ContainsKey(name))
            {
                if (_rows.ContainsKey(name)) throw new InvalidDataException($"{file}:{line}: '{name}' is defined twice");
            }

            // A misspelt flag would quietly make a word list a regex member, or a hot row run uncompiled.
            foreach (var flag in cells.Cell(2).Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!KnownFlags.Contains(flag)) throw new InvalidDataException($"{file}:{line}: '{name}' has the unknown flag '{flag}' (known: {string.Join(", ", KnownFlags)})");
            }

            _rows[name] = (cells.Cell(1), cells.Cell(2), line);
        }

        foreach (var name in _rows.Keys) Expand(name, []);
    }

    /// <summary>The bundled file the set was read from.</summary>
    public string File { get; }

    /// <summary>The names the set defines (its own rows and the shared fragments).</summary>
    public IEnumerable<string> Names => _rows.Keys;

    /// <summary>The set of the language's <paramref name="file"/> (for example <c>coding.tsv</c>), read once.</summary>
    public static PatternSet Of(string file) =>
        Loaded.GetOrAdd(file, f => new PatternSet(f, LexiconFile.Read(f),
            f == "fragments.tsv" ? null : Of("fragments.tsv")));

    /// <summary>A set read from any text in the same format (tests, tools).</summary>
    public static PatternSet Parse(string name, TextReader reader) =>
        new(name, LexiconFile.Read(reader).ToList(), null);

    /// <summary>The compiled, case-insensitive (unless flagged <c>case</c>) regular expression of a row.</summary>
    public Regex Regex(string name) => _regexes.GetOrAdd(name, n =>
    {
        var options = OptionsOf(n);
        return RegexCompilation.Create(_expanded[n], options);
    });

    /// <summary>A row as a <see cref="TieredRegex"/>: interpreted at first, compiled in the background once hot (when compilation is on).</summary>
    internal TieredRegex Tiered(string name) => _tiered.GetOrAdd(name, n =>
    {
        var options = OptionsOf(n);
        return new TieredRegex(_expanded[n], options);
    });

    // A row's flags as regex options: compiled (when compilation is on) unless flagged interpreted. Asked first, as it
    // is what fails, with the row's name, for a name the set does not define.
    private RegexOptions OptionsOf(string name) =>
        RowOf(name).Flags.Contains("interpreted", StringComparison.Ordinal) ? MatchOptions(name) : RegexCompilation.With(MatchOptions(name));

    /// <summary>How a row matches, as its flags say (case and explicit capture), compilation aside: the options the
    /// build-time table of tiered rows keys it by, as <see cref="Tiered"/> runs it.</summary>
    internal RegexOptions MatchOptions(string name)
    {
        var flags = RowOf(name).Flags;
        var options = RegexOptions.CultureInvariant;
        if (!flags.Contains("case", StringComparison.Ordinal)) options |= RegexOptions.IgnoreCase;
        if (flags.Contains("explicit", StringComparison.Ordinal)) options |= RegexOptions.ExplicitCapture;
        return options;
    }

    /// <summary>A row's pattern text with its <c>{references}</c> filled in, for composing a larger pattern in code.</summary>
    public string Text(string name)
    {
        RowOf(name);
        return _expanded[name];
    }

    /// <summary>A row's flags as written ("case explicit generated"); "generated" rows are compiled at build time into
    /// [GeneratedRegex] methods of the class that reads them (src/Sitrep.Core/LexiconRows.targets).</summary>
    public string Flags(string name) => RowOf(name).Flags;

    /// <summary>A row read as a word list: its '|'-separated alternatives, in file order.</summary>
    public string[] Words(string name) =>
        Text(name).Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>A row's words as a set that can be asked with a span, ignoring case.</summary>
    public HashSet<string>.AlternateLookup<ReadOnlySpan<char>> WordSet(string name) =>
        new HashSet<string>(Words(name), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private (string Pattern, string Flags, int Line) RowOf(string name) =>
        _rows.TryGetValue(name, out var row)
            ? row
            : throw new InvalidDataException($"{File}: no pattern named '{name}' (the code asks for it; add a row)");

    private string Expand(string name, HashSet<string> visiting)
    {
        if (_expanded.TryGetValue(name, out var done)) return done;
        var (pattern, _, line) = RowOf(name);
        if (!visiting.Add(name)) throw new InvalidDataException($"{File}:{line}: '{name}' refers to itself");
        var text = Reference.Replace(pattern, m =>
        {
            var inner = m.Groups["name"].Value;
            if (!_rows.ContainsKey(inner)) throw new InvalidDataException($"{File}:{line}: '{name}' uses '{{{inner}}}', which no row defines");
            return Expand(inner, visiting);
        });
        visiting.Remove(name);
        _expanded[name] = text;
        return text;
    }
}
