using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>Words only one country's reporting uses (data/lexicons/national-words.tsv): its leaders, parties, institutions, currency.</summary>
/// <remarks>
/// Each row's words are matched as written, as whole words: a word counts where no word character is right before or
/// after it, as <c>(?&lt;!\w)(?:w1|w2|…)(?!\w)</c> would find it. Every report asks this of its whole text, so the text
/// is read once: a word can only start where a run of word characters starts and that run is the word's own first
/// run, so each run of the text is looked up by its letters.
/// </remarks>
public static class NationalWords
{
    /// <summary>A row's country and its words in the file's order, and the words of every row by their first run of word characters.</summary>
    /// <remarks><c>Opens</c> marks the characters a first run starts with, and <c>Lengths</c> bit n a first run of n
    /// characters (bit 63: 63 or more): every run of every report's text is tested against them before it is looked up.</remarks>
    private sealed record Table(string[] Countries, Dictionary<string, (int Row, string Word)[]> ByFirstRun, HashSet<string> All, bool[] Opens, ulong Lengths);

    private static readonly Lazy<Table> Words = new(() =>
    {
        var countries = new List<string>();
        var byRun = new Dictionary<string, List<(int Row, string Word)>>(StringComparer.Ordinal);
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (line, cells) in LexiconFile.Read("national-words.tsv"))
        {
            var row = countries.Count;
            countries.Add(cells.Cell(0));
            foreach (var word in cells.List(1))
            {
                all.Add(word);
                var run = FirstRun(word);
                if (run.Length == 0) throw new InvalidDataException($"national-words.tsv line {line}: '{word}' does not start with a letter or digit");
                (byRun.TryGetValue(run, out var list) ? list : byRun[run] = []).Add((row, word));
            }
        }

        var opens = new bool[char.MaxValue + 1];
        var lengths = 0UL;
        foreach (var run in byRun.Keys)
        {
            opens[run[0]] = true;
            lengths |= 1UL << Math.Min(run.Length, 63);
        }

        return new Table([.. countries], byRun.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal), all, opens, lengths);
    });

    /// <summary>Which UTF-16 units are word characters as the regex engine's <c>\w</c> has them (asked of the engine itself, once).</summary>
    private static readonly Lazy<bool[]> WordChar = new(() =>
    {
        var all = new char[char.MaxValue + 1];
        for (var c = 0; c <= char.MaxValue; c++) all[c] = (char)c;
        var table = new bool[all.Length];
        foreach (var m in new Regex(@"\w", RegexOptions.CultureInvariant).EnumerateMatches(all)) table[m.Index] = true;
        return table;
    });

    private static string FirstRun(string word)
    {
        var w = WordChar.Value;
        var end = 0;
        while (end < word.Length && w[word[end]]) end++;
        return word[..end];
    }

    /// <summary>
    /// Each row (a country, its name as in countries.tsv) whose words <paramref name="text"/> uses, in the file's order,
    /// with its first use: the earliest, and at one position the word listed first.
    /// </summary>
    public static List<(string Country, string Word, int Index)> FirstUses(string text)
    {
        var table = Words.Value;
        var w = WordChar.Value;
        var lookup = table.ByFirstRun.GetAlternateLookup<ReadOnlySpan<char>>();
        var found = new (string Word, int Index)?[table.Countries.Length];
        var left = found.Length;
        var i = 0;
        while (i < text.Length && left > 0)
        {
            if (!w[text[i]])
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && w[text[i]]) i++;
            if (!table.Opens[text[start]] || (table.Lengths & (1UL << Math.Min(i - start, 63))) == 0) continue;
            if (!lookup.TryGetValue(text.AsSpan(start, i - start), out var words)) continue;
            foreach (var (row, word) in words)
            {
                if (found[row] is not null) continue;
                var end = start + word.Length;
                if (end > text.Length || !text.AsSpan(start).StartsWith(word, StringComparison.Ordinal)) continue;
                if (end < text.Length && w[text[end]]) continue;
                found[row] = (word, start);
                left--;
            }
        }

        var result = new List<(string, string, int)>();
        for (var r = 0; r < found.Length; r++)
        {
            if (found[r] is { } f) result.Add((table.Countries[r], f.Word, f.Index));
        }

        return result;
    }

    /// <summary>True when every word of <paramref name="name"/> is one of the list ("Raila Odinga"): a person or a body, no place.</summary>
    public static bool NamesOnlyThese(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(Words.Value.All.Contains);
    }
}
