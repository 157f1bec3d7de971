using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Refuses words that look like options but are none of the command's: the commands take file names as arguments, so a
/// misspelt "--publised 2020-05-28" would otherwise be read as two files and the run would go on without the date.
/// </summary>
internal static class UnknownOptions
{
    /// <summary>The message for the first unknown option of the parsed command line, or null when there is none.</summary>
    public static string? Check(ParseResult parse)
    {
        var command = parse.CommandResult.Command;
        foreach (var argument in parse.CommandResult.Children.OfType<ArgumentResult>())
        {
            foreach (var token in argument.Tokens)
            {
                var word = token.Value;
                if (word.Length < 2 || word[0] != '-' || double.TryParse(word, NumberStyles.Float, CultureInfo.InvariantCulture, out _)) continue;
                var names = command.Options.SelectMany(o => o.Aliases.Prepend(o.Name)).Where(n => n.StartsWith('-')).Distinct().ToList();
                var asked = word.Split('=')[0];
                var nearest = names.OrderBy(n => Distance(asked, n)).FirstOrDefault();
                var hint = nearest is not null && Distance(asked, nearest) <= Math.Max(2, asked.Length / 3) ? $"; did you mean {nearest}?" : "";
                return $"sitrep {command.Name}: unknown option '{asked}'{hint} (see sitrep {command.Name} --help; a file whose name starts with '-' can be given as ./{word})";
            }
        }

        return null;
    }

    private static int Distance(string a, string b)
    {
        var d = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) d[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            var previous = d[0];
            d[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var current = d[j];
                d[j] = Math.Min(Math.Min(d[j] + 1, d[j - 1] + 1), previous + (char.ToLowerInvariant(a[i - 1]) == char.ToLowerInvariant(b[j - 1]) ? 0 : 1));
                previous = current;
            }
        }

        return d[b.Length];
    }
}
