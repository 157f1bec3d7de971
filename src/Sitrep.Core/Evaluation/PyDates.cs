using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Evaluation;

/// <summary>Python's datetime.strptime for the handful of date formats score.py tries, in the C locale.</summary>
internal static class PyDates
{
    private static readonly string[] FullMonths =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] ShortMonths =
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    private const string D = @"(?<d>3[0-1]|[1-2]\d|0[1-9]|[1-9]| [1-9])";
    private const string M = @"(?<m>1[0-2]|0[1-9]|[1-9])";
    private const string Y4 = @"(?<Y>\d\d\d\d)";
    private const string Y2 = @"(?<y>\d\d)";
    private const string Ws = PyText.SpaceClass + "+";

    // Same order as score.py's _DATE_FORMATS: "%d %B %Y", "%d %b %Y", "%B %d, %Y", "%d-%b-%Y", "%d-%b-%y", "%Y/%m/%d".
    private static readonly Regex[] Formats =
    [
        Make(D + Ws + Months("B", FullMonths) + Ws + Y4),
        Make(D + Ws + Months("b", ShortMonths) + Ws + Y4),
        Make(Months("B", FullMonths) + Ws + D + "," + Ws + Y4),
        Make(D + "-" + Months("b", ShortMonths) + "-" + Y4),
        Make(D + "-" + Months("b", ShortMonths) + "-" + Y2),
        Make(Y4 + "/" + M + "/" + D),
    ];

    private static Regex Make(string pattern) => new(@"\A" + pattern, RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>Python's IGNORECASE alternation of month names (longest first), with its Unicode case equivalents.</summary>
    private static string Months(string group, string[] names)
    {
        var sb = new StringBuilder("(?<").Append(group).Append('>');
        bool first = true;
        foreach (string name in names.OrderByDescending(n => n.Length))
        {
            if (!first) sb.Append('|');
            first = false;
            foreach (char c in name)
            {
                sb.Append('[').Append(c).Append(char.ToUpperInvariant(c));
                if (c == 'i') sb.Append("\u0130\u0131");
                if (c == 's') sb.Append('\u017f');
                sb.Append(']');
            }
        }
        return sb.Append(')').ToString();
    }

    /// <summary>The ISO date for the first format that parses the whole (already stripped) string, or null.</summary>
    public static string? TryParse(string s)
    {
        foreach (var re in Formats)
        {
            var m = re.Match(s);
            if (!m.Success || m.Length != s.Length) continue;
            int day = ScoreNormaliser.Digits(m.Groups["d"].Value);
            int month;
            if (m.Groups["m"].Success) month = ScoreNormaliser.Digits(m.Groups["m"].Value);
            else
            {
                string name = m.Groups["B"].Success ? m.Groups["B"].Value : m.Groups["b"].Value;
                month = MonthIndex(name);
            }
            int year;
            if (m.Groups["Y"].Success) year = ScoreNormaliser.Digits(m.Groups["Y"].Value);
            else
            {
                year = ScoreNormaliser.Digits(m.Groups["y"].Value);
                year += year <= 68 ? 2000 : 1900;
            }
            if (year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) continue;
            return string.Create(CultureInfo.InvariantCulture, $"{year:0000}-{month:00}-{day:00}");
        }
        return null;
    }

    private static int MonthIndex(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (char c in name)
        {
            sb.Append(c switch { '\u0130' or '\u0131' => 'i', '\u017f' => 's', _ => char.ToLowerInvariant(c) });
        }
        string key = sb.ToString();
        int i = Array.IndexOf(FullMonths, key);
        return i >= 0 ? i + 1 : Array.IndexOf(ShortMonths, key) + 1;
    }
}
