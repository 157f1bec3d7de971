namespace Sitrep.Core.Annotation;

/// <summary>Reads counts written in digits or words, with ACLED's conservative figures for vague quantities.</summary>
public static class Numbers
{
    /// <summary>Regex fragment for a count, with an optional qualifier ("at least", "over").</summary>
    public const string Pattern =
        @"(?<qual>at least|more than|over|nearly|almost|about|around|some|up to|as many as|a total of|approximately|roughly|an estimated|no fewer than|no less than|not less than|upwards of|close to|in excess of|a further|a reported|an additional)?[^\S\n]*" +
        @"(?<num>\d{1,3}(?:,\d{3})+|\d+|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|a hundred|one hundred|hundreds of|hundreds|a dozen|dozens of|dozens|tens of|tens|scores of|scores|several|many|a number of|numerous|a few|few|a couple of|a couple|an unknown number of|an unspecified number of|unknown number of|unspecified number of|an undetermined number of|multiple|both|a|an|another|other|single)";

    private static readonly Dictionary<string, int> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["a"] = 1, ["an"] = 1, ["another"] = 1, ["single"] = 1, ["one"] = 1, ["two"] = 2, ["both"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19, ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fifty"] = 50, ["sixty"] = 60,
        ["seventy"] = 70, ["eighty"] = 80, ["ninety"] = 90, ["a hundred"] = 100, ["one hundred"] = 100,
        // ACLED: vague plurals get fixed conservative figures.
        ["hundreds"] = 100, ["hundreds of"] = 100, ["a dozen"] = 12, ["dozens"] = 12, ["dozens of"] = 12, ["tens"] = 10, ["tens of"] = 10,
        ["scores"] = 20, ["scores of"] = 20, ["several"] = 10, ["many"] = 10, ["a number of"] = 10, ["numerous"] = 10, ["multiple"] = 10,
        ["an unknown number of"] = 10, ["an unspecified number of"] = 10, ["unknown number of"] = 10, ["unspecified number of"] = 10,
        ["an undetermined number of"] = 10, ["a few"] = 3, ["few"] = 3, ["a couple of"] = 2, ["a couple"] = 2, ["other"] = 1,
    };

    /// <summary>The count a number phrase stands for, and whether it is vague.</summary>
    public static (int Value, bool Vague)? Parse(string num)
    {
        var s = num.Trim();
        if (s.Length == 0) return null;
        if (char.IsDigit(s[0]))
            return int.TryParse(s.Replace(",", ""), out var n) && n < 1_000_000 ? (n, false) : null;
        if (Words.TryGetValue(s, out var w)) return (w, IsVague(s));
        var parts = s.Split('-', ' ');
        if (parts.Length == 2 && Words.TryGetValue(parts[0], out var tens) && Words.TryGetValue(parts[1], out var unit))
            return (tens + unit, false);
        return null;
    }

    private static bool IsVague(string s) =>
        s.Contains("hundreds") || s.Contains("dozens") || s.StartsWith("tens") || s.StartsWith("scores") || s is "several" or "many" or "numerous"
        || s.Contains("number") || s is "multiple" or "a few" or "few";
}
