using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>Words only one country's reporting uses (data/lexicons/national-words.tsv): its leaders, parties, institutions, currency.</summary>
public static class NationalWords
{
    private static readonly Lazy<(List<(string Country, Regex Words)> ByCountry, HashSet<string> All)> Table = new(() =>
    {
        var byCountry = new List<(string, Regex)>();
        var all = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (_, cells) in LexiconFile.Read("national-words.tsv"))
        {
            var words = cells.List(1);
            all.UnionWith(words);
            byCountry.Add((cells.Cell(0), new Regex(@"(?<!\w)(?:" + string.Join('|', words.Select(Regex.Escape)) + @")(?!\w)", RegexOptions.CultureInvariant)));
        }

        return (byCountry, all);
    });

    /// <summary>Each country (its name as in countries.tsv) with one pattern of its words, matched as written.</summary>
    public static IReadOnlyList<(string Country, Regex Words)> ByCountry => Table.Value.ByCountry;

    /// <summary>True when every word of <paramref name="name"/> is one of the list ("Raila Odinga"): a person or a body, no place.</summary>
    public static bool NamesOnlyThese(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(Table.Value.All.Contains);
    }
}
