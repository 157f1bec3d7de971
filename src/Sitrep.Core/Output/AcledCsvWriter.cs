using System.Globalization;
using System.Text;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Output;

/// <summary>Writes events as CSV with exactly the columns of an ACLED export, in ACLED's order.</summary>
public static class AcledCsvWriter
{
    /// <summary>ACLED's export columns, in order.</summary>
    public static readonly IReadOnlyList<string> Columns =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>The header line (no newline).</summary>
    public static string Header => string.Join(',', Columns);

    /// <summary>One event as a CSV line (no newline).</summary>
    public static string ToLine(ResolvedEvent e)
    {
        var c = CultureInfo.InvariantCulture;
        string?[] cells =
        [
            e.EventId, e.EventDate, e.Year?.ToString(c), e.TimePrecision.ToString(c), e.DisorderType, e.EventType, e.SubEventType,
            e.Actor1, e.AssocActor1, e.Inter1, e.Actor2, e.AssocActor2, e.Inter2, e.Interaction, e.CivilianTargeting,
            e.Iso?.ToString(c), e.Region, e.Country, e.Admin1, e.Admin2, e.Admin3, e.Location,
            e.Latitude?.ToString("0.####", c), e.Longitude?.ToString("0.####", c), e.GeoPrecision?.ToString(c),
            e.Source, e.SourceScale, e.Notes, e.Fatalities.ToString(c), "", "",
        ];
        var sb = new StringBuilder();
        for (var i = 0; i < cells.Length; i++)
        {
            if (i > 0) sb.Append(',');
            Quote(sb, NumericColumns.Contains(i) ? cells[i] ?? "" : Neutralise(cells[i] ?? ""));
        }
        return sb.ToString();
    }

    // Cells we format from numbers (year, precisions, iso, coordinates, fatalities) keep their minus sign.
    private static readonly HashSet<int> NumericColumns = [2, 3, 15, 22, 23, 24, 28];

    /// <summary>
    /// A text cell that a spreadsheet would run as a formula (it starts with = + - @, a tab or a carriage return) gets a
    /// leading apostrophe, as OWASP advises against CSV injection: reports are untrusted text, and an actor or note
    /// read from one must not become a live formula in the analyst's spreadsheet.
    /// </summary>
    public static string Neutralise(string cell) =>
        cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + cell : cell;

    private static void Quote(StringBuilder sb, string s)
    {
        if (s.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            sb.Append(s);
            return;
        }
        sb.Append('"').Append(s.Replace("\"", "\"\"")).Append('"');
    }
}
