using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Annotation;

/// <summary>Reads counts written in digits or words (numbers.tsv), with ACLED's conservative figures for vague quantities.</summary>
public static class Numbers
{
    private static readonly Dictionary<string, (int Value, bool Vague)> Words = Load();

    /// <summary>The count a number phrase stands for, and whether it is vague.</summary>
    public static (int Value, bool Vague)? Parse(string num)
    {
        var s = num.Trim();
        if (s.Length == 0) return null;
        if (char.IsDigit(s[0]))
            return int.TryParse(s.Replace(",", ""), out var n) && n < 1_000_000 ? (n, false) : null;
        if (Words.TryGetValue(s, out var w)) return w;
        var parts = s.Split('-', ' ');
        if (parts.Length == 2 && Words.TryGetValue(parts[0], out var tens) && Words.TryGetValue(parts[1], out var unit))
            return (tens.Value + unit.Value, false);
        return null;
    }

    private static Dictionary<string, (int, bool)> Load()
    {
        var words = new Dictionary<string, (int, bool)>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cells) in LexiconFile.Read("numbers.tsv"))
        {
            if (!int.TryParse(cells.Cell(1), out var value)) throw new InvalidDataException($"numbers.tsv line {line}: '{cells.Cell(1)}' is no figure");
            words[cells.Cell(0)] = (value, cells.Cell(2) == "vague");
        }

        return words;
    }
}
