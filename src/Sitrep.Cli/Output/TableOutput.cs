using Spectre.Console;

namespace Sitrep.Cli.Output;

/// <summary>
/// Rows for people or for programs: a table fitted to the terminal's width when standard output is one, and
/// tab-separated values (one header line, then one line per row) when it is piped or when TSV is asked for.
/// </summary>
internal static class TableOutput
{
    /// <summary>Writes the rows; <paramref name="noWrap"/> names columns kept on one line (ids, dates) in a table.</summary>
    public static void Write(IReadOnlyList<string> headers, IEnumerable<IReadOnlyList<string>> rows, bool tsv, params string[] noWrap)
    {
        if (tsv || Console.IsOutputRedirected)
        {
            // A piped table would be cut at 80 columns and wrapped mid-value; a program wants one row per line.
            var output = Console.Out;
            output.WriteLine(string.Join('\t', headers));
            foreach (var row in rows) output.WriteLine(string.Join('\t', row.Select(Cell)));
            output.Flush();
            return;
        }

        var table = new Table().Border(TableBorder.Rounded);
        foreach (var h in headers)
        {
            var column = new TableColumn(Markup.Escape(h));
            if (noWrap.Contains(h)) column.NoWrap();
            table.AddColumn(column);
        }

        foreach (var row in rows) table.AddRow(row.Select(Markup.Escape).ToArray());
        AnsiConsole.Write(table);
    }

    private static string Cell(string value) => value.Replace('\t', ' ').Replace('\r', ' ').Replace('\n', ' ');
}
