using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>Finds absolute and relative date expressions and resolves them against the publication date.</summary>
public static partial class DateAnnotator
{
    private static readonly Lexicons.PatternSet Words = Lexicons.PatternSet.Of("dates.tsv");

    // The date pattern is en/dates.tsv's date-at row, compiled at build time into DateAt(); it is tried only at word starts
    // (every date expression begins with a word or a digit).

    // Every word the date pattern spells (month and weekday names, "yesterday", "last", ...): a date expression
    // that starts with a word starts with one of these.
    private static readonly HashSet<string> StarterWords = new(
        Regex.Matches(Words.Text("date-alternatives") + Words.Text("month") + Words.Text("weekday"), "[A-Za-z]{2,}").Select(m => m.Value)
            .Concat(Words.Words("month-names")).Concat(Words.Words("first-words")), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = StarterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Whether the word at <paramref name="i"/> (ending at <paramref name="end"/>) can start a date expression.</summary>
    /// <remarks>The starter list holds every word the pattern spells ("of", "and", "to"), most of which cannot come first;
    /// ruling those out saves a regex attempt at each. A non-ASCII word skips the first-word list (the regex folds case more
    /// widely) but must still be a word the pattern spells.</remarks>
    internal static bool MayStart(string text, int i, int end)
    {
        var word = text.AsSpan(i, end - i);
        // The first words are among the starters (StarterWords is built from them too), so an ASCII word needs one lookup.
        return System.Text.Ascii.IsValid(word) ? FirstWords.Contains(word) : Starters.Contains(word);
    }

    private static readonly int IsoGroup = DateAt().GroupNumberFromName("iso");
    private static readonly int YGroup = DateAt().GroupNumberFromName("y");
    private static readonly int MGroup = DateAt().GroupNumberFromName("m");
    private static readonly int DGroup = DateAt().GroupNumberFromName("d");
    private static readonly int DmyGroup = DateAt().GroupNumberFromName("dmy");
    private static readonly int MdyGroup = DateAt().GroupNumberFromName("mdy");
    private static readonly int MonGroup = DateAt().GroupNumberFromName("mon");
    private static readonly int DaysGroup = DateAt().GroupNumberFromName("days");
    private static readonly int NumGroup = DateAt().GroupNumberFromName("num");
    private static readonly int MyGroup = DateAt().GroupNumberFromName("my");
    private static readonly int MoGroup = DateAt().GroupNumberFromName("mo");
    private static readonly int LastYearGroup = DateAt().GroupNumberFromName("ly");
    private static readonly int PartGroup = DateAt().GroupNumberFromName("part");
    private static readonly int RelGroup = DateAt().GroupNumberFromName("rel");
    private static readonly int WordGroup = DateAt().GroupNumberFromName("word");
    private static readonly int NGroup = DateAt().GroupNumberFromName("n");
    private static readonly int N2Group = DateAt().GroupNumberFromName("n2");
    private static readonly int WdGroup = DateAt().GroupNumberFromName("wd");
    private static readonly int WdmodGroup = DateAt().GroupNumberFromName("wdmod");
    private static readonly int WeekdayGroup = DateAt().GroupNumberFromName("weekday");




    /// <summary>
    /// Dates in <paramref name="text"/>; <paramref name="published"/> anchors relative and year-less dates, and without it
    /// today by <paramref name="clock"/> (the system clock when none is given).
    /// </summary>
    public static IReadOnlyList<DateMention> Annotate(string text, DateOnly? published, TimeProvider? clock = null)
    {
        var result = new List<DateMention>();
        var anchor = published ?? DateOnly.FromDateTime((clock ?? TimeProvider.System).GetUtcNow().UtcDateTime);
        var regex = DateAt();
        for (var i = 0; i < text.Length; i++)
        {
            if (!char.IsLetterOrDigit(text[i]) || (i > 0 && char.IsLetterOrDigit(text[i - 1]))) continue;
            // A word's later letters start nothing (each follows a letter), so a word that starts no date is stepped over whole.
            var wordEnd = i + 1;
            if (!char.IsDigit(text[i]))
            {
                var j = i;
                while (j < text.Length && char.IsLetter(text[j])) j++;
                wordEnd = j;
                if (!MayStart(text, i, j))
                {
                    i = wordEnd - 1;
                    continue;
                }
            }
            var m = regex.Match(text, i);
            if (!m.Success || m.Length == 0)
            {
                i = wordEnd - 1;
                continue;
            }
            i = m.Index + m.Length - 1;
            // "on Friday 7 June", "Saturday, June 8": the day and month that follow name the weekday's date; counted back
            // from the publication date on its own, the weekday would give another day.
            if (m.Groups[WeekdayGroup].Success && ExplicitDateFollows(text, m.Index + m.Length, regex)) continue;
            var mention = Resolve(m, anchor, published is null);
            if (mention is null) continue;
            // A dateline dates the report, which the publication date already does; only without one is it the anchor.
            if (published is not null && InDateline(text, m.Index, m.Index + m.Length)) continue;
            var before = text.AsSpan(Math.Max(0, m.Index - 60), Math.Min(60, m.Index));
            var after = text.AsSpan(m.Index + m.Length, Math.Min(40, text.Length - m.Index - m.Length));
            // Both window patterns are tried at every position of the window; on ASCII text the words they need are looked for first.
            var ascii = System.Text.Ascii.IsValid(before);
            var background = ((!ascii || HasBackgroundWord(before)) && BackgroundBefore().IsMatch(before))
                || ((!ascii || EndsWithTheThenSpace(before)) && TheBefore().IsMatch(before) && ModifiedNounAfter().IsMatch(after));
            if (mention.Precision >= 3 && HistoryClauseBefore().IsMatch(before)) background = true;
            // Something dated well before publication is the story's history, not what it reports.
            background |= BackgroundDate.IsMatch(m.Value);
            background |= published is { } p && mention.Dates.Count > 0 && (mention.Dates.Max() < p.AddDays(-WindowDays) || mention.Dates.Min() > p.AddDays(1));
            var deadline = !background && ByBefore.IsMatch(before);
            result.Add(mention with { Span = new TextSpan(m.Index, m.Index + m.Length), Background = background || deadline, Deadline = deadline });
        }
        return result;
    }

    /// <summary>Whether a day-and-month date (or an ISO date) starts right after <paramref name="at"/>, past a comma and spaces.</summary>
    private static bool ExplicitDateFollows(string text, int at, Regex regex)
    {
        var k = at;
        while (k < text.Length && k < at + 3 && (text[k] == ' ' || text[k] == ',')) k++;
        if (k == at || k >= text.Length || !char.IsLetterOrDigit(text[k])) return false;
        var next = regex.Match(text, k);
        return next.Success && next.Index == k
            && (next.Groups[DmyGroup].Success || next.Groups[MdyGroup].Success || next.Groups[IsoGroup].Success);
    }

    /// <summary>How many days before publication a date may end and still tell of the report's window (dates.tsv).</summary>
    internal static readonly int WindowDays = int.Parse(Words.Text("background-window-days"), System.Globalization.CultureInfo.InvariantCulture);


    /// <summary>How a relative date resolves against its anchor (the rule column of relative-dates.tsv).</summary>
    private enum RelativeRule { Day, Month, Year, WeekSoFar, MonthMiddle, MonthSoFar, Weekend, WeekendBefore, WeeksAgo, DaysAgo }

    /// <summary>A row of relative-dates.tsv: the words of a relative date, the rule that resolves it (with its number of
    /// days, months or years), and its precision.</summary>
    private sealed record RelativeDate(Regex Words, RelativeRule Rule, int N, int Precision);

    private static readonly Dictionary<string, RelativeRule> RuleNames = new(StringComparer.Ordinal)
    {
        ["day"] = RelativeRule.Day, ["month"] = RelativeRule.Month, ["year"] = RelativeRule.Year,
        ["week-so-far"] = RelativeRule.WeekSoFar, ["month-middle"] = RelativeRule.MonthMiddle, ["month-so-far"] = RelativeRule.MonthSoFar,
        ["weekend"] = RelativeRule.Weekend, ["weekend-before"] = RelativeRule.WeekendBefore,
        ["weeks-ago"] = RelativeRule.WeeksAgo, ["days-ago"] = RelativeRule.DaysAgo,
    };

    // Rows are checked as they are read, so a wrong rule or precision fails when the file is loaded, not at the first date
    // that uses it.
    private static readonly Lazy<RelativeDate[]> RelativeDates = new(() => Lexicons.LexiconFile.Read("relative-dates.tsv")
        .Select(r => ReadRelativeDate(r.Line, r.Cells)).ToArray());

    private static RelativeDate ReadRelativeDate(int line, string[] cells)
    {
        var rule = cells.Cell(1);
        var colon = rule.IndexOf(':');
        var n = 0;
        if (!RuleNames.TryGetValue(colon < 0 ? rule : rule[..colon], out var kind)
            || (colon >= 0 && !int.TryParse(rule.AsSpan(colon + 1), System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out n)))
            throw new InvalidDataException($"relative-dates.tsv line {line}: unknown rule '{rule}'");
        if (!int.TryParse(cells.Cell(2), out var precision) || precision is < 1 or > 3)
            throw new InvalidDataException($"relative-dates.tsv line {line}: precision '{cells.Cell(2)}' is not 1, 2 or 3");
        return new RelativeDate(new Regex("^(?:" + cells.Cell(0) + ")$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant), kind, n, precision);
    }

    /// <summary>The day a relative date's row gives against <paramref name="anchor"/>.</summary>
    private static DateOnly Shift(RelativeDate row, DateOnly anchor, Match m) => row.Rule switch
    {
        RelativeRule.Day => anchor.AddDays(row.N),
        RelativeRule.Month => anchor.AddMonths(row.N),
        RelativeRule.Year => anchor.AddYears(row.N),
        RelativeRule.WeekSoFar => MiddleDay(WeekStart(anchor), anchor.AddDays(-1)),
        RelativeRule.MonthMiddle => MonthDay(anchor, anchor),
        RelativeRule.MonthSoFar => MonthDay(anchor, anchor.Day > 1 ? anchor.AddDays(-1) : anchor),
        RelativeRule.Weekend => LastWeekday(anchor, DayOfWeek.Saturday, false),
        RelativeRule.WeekendBefore => LastWeekday(anchor, DayOfWeek.Saturday, true),
        RelativeRule.WeeksAgo => anchor.AddDays(-7 * WordNumber(m.Groups[N2Group].Value)),
        _ => anchor.AddDays(-WordNumber(m.Groups[NGroup].Value)),
    };


    /// <summary>True for a date expression that by its words names an earlier period ("last month", "last year").</summary>
    internal static bool NamesEarlierPeriod(string expression) => BackgroundDate.IsMatch(expression);

    /// <summary>The agency's parenthesis in a wire dateline ("KABUL, Sept 3 (Meridian Wire) - "), or null: a byline, not part of the story.</summary>
    public static TextSpan? DatelineAgency(string text)
    {
        var m = AgencyDateline.Match(text, 0, Math.Min(text.Length, 200));
        if (!m.Success) return null;
        var g = m.Groups["agency"];
        return new TextSpan(g.Index, g.Index + g.Length);
    }

    /// <summary>The date of a wire dateline at the top of the text ("KABUL, Sept 3 (Agency) - "): the report's date.</summary>
    internal static bool InDateline(string text, int start, int end) =>
        start < 250 && DatelineBefore.IsMatch(text.AsSpan(0, start)) && DatelineAfter.IsMatch(text.AsSpan(end, Math.Min(80, text.Length - end)));

    /// <summary>Whether ASCII <paramref name="before"/> holds a word BackgroundBefore starts with.</summary>
    internal static bool HasBackgroundWord(ReadOnlySpan<char> before)
    {
        foreach (var w in BackgroundWords)
            if (before.Contains(w, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>Whether ASCII <paramref name="before"/> ends with "the" and at least one space, as TheBefore needs.</summary>
    internal static bool EndsWithTheThenSpace(ReadOnlySpan<char> before)
    {
        var trimmed = before.TrimEnd();
        return trimmed.Length < before.Length && trimmed.EndsWith(TheWord, StringComparison.OrdinalIgnoreCase);
    }

    private static DateMention? Resolve(Match m, DateOnly anchor, bool guessed)
    {
        var span = new TextSpan(m.Index, m.Index + m.Length);
        if (m.Groups[IsoGroup].Success)
        {
            var date = new DateOnly(int.Parse(m.Groups[YGroup].Value), int.Parse(m.Groups[MGroup].Value), int.Parse(m.Groups[DGroup].Value));
            return Clamp(date) is { } ok ? new DateMention(span, [ok], 1, false, false, false) : null;
        }
        if (m.Groups[DmyGroup].Success || m.Groups[MdyGroup].Success)
        {
            var month = MonthNumber(m.Groups[MonGroup].Value);
            var days = ParseDays(m.Groups[DaysGroup].Value);
            if (days.Count == 0) return null;
            var hasYear = m.Groups[YGroup].Success;
            var dates = new List<DateOnly>();
            foreach (var d in days)
            {
                var date = hasYear ? Make(int.Parse(m.Groups[YGroup].Value), month, d) : InferYear(month, d, anchor);
                if (date is not null && !dates.Contains(date.Value)) dates.Add(date.Value);
            }
            return dates.Count == 0 ? null : new DateMention(span, dates, 1, false, false, guessed && !hasYear);
        }
        if (m.Groups[NumGroup].Success)
        {
            var d = int.Parse(m.Groups[DGroup].Value);
            var month = int.Parse(m.Groups[MGroup].Value);
            DateOnly? date;
            if (m.Groups[YGroup].Success)
            {
                var y = int.Parse(m.Groups[YGroup].Value);
                date = Make(y < 100 ? 2000 + y : y, month, d);
            }
            else date = InferYear(month, d, anchor);
            return date is null ? null : new DateMention(span, [date.Value], 1, false, false, guessed && !m.Groups[YGroup].Success);
        }
        if (m.Groups[MyGroup].Success)
        {
            var month = MonthNumber(m.Groups[MonGroup].Value);
            var year = int.Parse(m.Groups[YGroup].Value);
            var part = m.Groups[PartGroup].Value.ToLowerInvariant();
            return new DateMention(span, [new DateOnly(year, month, DayInMonth(part, year, month))], 3, false, false, false);
        }
        if (m.Groups[MoGroup].Success)
        {
            // "in July", "at some point in July", "in November last year": the latest such month that has begun by the
            // anchor (the year before when it says "last year"); only the month is known.
            var month = MonthNumber(m.Groups[MonGroup].Value);
            var year = m.Groups[LastYearGroup].Success ? anchor.Year - 1 : month > anchor.Month ? anchor.Year - 1 : anchor.Year;
            var date = new DateOnly(year, month, DayInMonth(m.Groups[PartGroup].Value.ToLowerInvariant(), year, month));
            if (date > anchor) date = anchor;
            return new DateMention(span, [date], 3, false, true, guessed) { MonthOnly = true };
        }
        if (m.Groups[RelGroup].Success)
        {
            var word = m.Groups[WordGroup].Value.ToLowerInvariant();
            var row = RelativeDates.Value.FirstOrDefault(r => r.Words.IsMatch(word));
            var (date, precision) = row is null ? (anchor, 3) : (Shift(row, anchor, m), row.Precision);
            return new DateMention(span, [date], precision, false, true, guessed);
        }
        if (m.Groups[WdGroup].Success)
        {
            var day = (DayOfWeek)IndexOfName(WeekdayNames, m.Groups[WeekdayGroup].Value);
            var mod = m.Groups[WdmodGroup].Value.Trim();
            // "next Monday", "this coming Friday": the weekday after the report, a plan rather than something that happened.
            if (WeekdayAhead.IsMatch(mod))
            {
                return new DateMention(span, [NextWeekday(anchor, day)], 1, false, true, guessed);
            }
            var strictlyBefore = WeekdayStrictlyBefore.IsMatch(mod);
            return new DateMention(span, [LastWeekday(anchor, day, strictlyBefore)], 1, false, true, guessed);
        }
        return null;
    }

    /// <summary>The day that stands for a month known only by name: its first days, middle or end by the word before it,
    /// and the 15th when only the month is known (the middle of the month, as coders date month-only events).</summary>
    private static int DayInMonth(string part, int year, int month) =>
        PartEarly.IsMatch(part) ? 1 : PartLate.IsMatch(part) ? Math.Min(25, DateTime.DaysInMonth(year, month)) : 15;

    /// <summary>The middle of the days from <paramref name="first"/> to <paramref name="last"/>, the earlier of the two middle
    /// days when their number is even: the one day that stands for a range known only to a few days.</summary>
    private static DateOnly MiddleDay(DateOnly first, DateOnly last) =>
        last < first ? first : first.AddDays((last.DayNumber - first.DayNumber) / 2);

    /// <summary>The 15th of <paramref name="anchor"/>'s month, or the middle of the days up to <paramref name="last"/> when that is earlier.</summary>
    private static DateOnly MonthDay(DateOnly anchor, DateOnly last)
    {
        var fifteenth = new DateOnly(anchor.Year, anchor.Month, 15);
        return fifteenth <= last ? fifteenth : MiddleDay(new DateOnly(anchor.Year, anchor.Month, 1), last);
    }

    /// <summary>The Monday of <paramref name="anchor"/>'s week.</summary>
    private static DateOnly WeekStart(DateOnly anchor) => anchor.AddDays(-(((int)anchor.DayOfWeek + 6) % 7));

    /// <summary>The first <paramref name="day"/> after <paramref name="anchor"/>.</summary>
    private static DateOnly NextWeekday(DateOnly anchor, DayOfWeek day)
    {
        var ahead = ((int)day - (int)anchor.DayOfWeek + 7) % 7;
        return anchor.AddDays(ahead == 0 ? 7 : ahead);
    }

    /// <summary>The most recent <paramref name="day"/> on or before <paramref name="anchor"/>.</summary>
    private static DateOnly LastWeekday(DateOnly anchor, DayOfWeek day, bool strictlyBefore)
    {
        var back = ((int)anchor.DayOfWeek - (int)day + 7) % 7;
        if (back == 0 && strictlyBefore) back = 7;
        return anchor.AddDays(-back);
    }

    /// <summary>A year-less date takes the anchor's year unless that puts it well after publication.</summary>
    private static DateOnly? InferYear(int month, int day, DateOnly anchor)
    {
        var date = Make(anchor.Year, month, day);
        if (date is null) return Make(anchor.Year - 1, month, day);
        // Reports describe the past; a date more than a few days ahead belongs to the previous year (December news read in January).
        return date.Value.DayNumber - anchor.DayNumber > 3 ? Make(anchor.Year - 1, month, day) : date;
    }

    private static DateOnly? Make(int y, int m, int d) =>
        y is >= 1900 and <= 2100 && m is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, m) ? new DateOnly(y, m, d) : null;

    private static DateOnly? Clamp(DateOnly d) => d.Year is >= 1900 and <= 2100 ? d : null;

    private static List<int> ParseDays(string s)
    {
        var list = new List<int>();
        for (var k = 0; k < s.Length; k++)
        {
            if (!char.IsAsciiDigit(s[k])) continue;
            var start = k;
            while (k + 1 < s.Length && char.IsAsciiDigit(s[k + 1])) k++;
            if (int.TryParse(s.AsSpan(start, k - start + 1), out var d) && d is >= 1 and <= 31) list.Add(d);
        }
        // "27 to 29" / "27-29" is a range: fill the days between.
        if (list.Count == 2 && DayRange.IsMatch(s) && list[1] > list[0] && list[1] - list[0] <= 6)
        {
            var (a, b) = (list[0], list[1]);
            list.Clear();
            for (var d = a; d <= b; d++) list.Add(d);
        }
        return list;
    }

    private static int MonthNumber(string s) => IndexOfName(MonthNames, s.Trim('.')) + 1;

    /// <summary>The position in <paramref name="names"/> of the name <paramref name="word"/> spells or abbreviates ("Sept" →
    /// September), else of the first that shares its first three letters.</summary>
    private static int IndexOfName(string[] names, string word)
    {
        for (var k = 0; k < names.Length; k++)
            if (names[k].StartsWith(word, StringComparison.OrdinalIgnoreCase)) return k;
        for (var k = 0; k < names.Length; k++)
            if (word.Length >= 3 && names[k].StartsWith(word[..3], StringComparison.OrdinalIgnoreCase)) return k;
        return names.Length - 1;
    }

    private static int WordNumber(string s) => Numbers.Parse(s)?.Value ?? 1;
}
