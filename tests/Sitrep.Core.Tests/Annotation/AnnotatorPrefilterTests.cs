using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Text.RegularExpressions;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

/// <summary>The cheap checks that skip regex attempts must never skip a position where the regex would match.</summary>
public class AnnotatorPrefilterTests
{
    // Words the patterns spell, near-misses of them, names, numbers and punctuation, so that generated texts hit
    // every alternative and the edges of the checks.
    private static readonly string[] Pieces =
    [
        "in", "In", "at", "At", "the", "The", "of", "near", "nearby", "outskirts", "on", "edge", "to", "To", "just", "north", "North",
        "northern", "Northern", "north-east", "northeast", "southwestern", "central", "Central", "Westminster", "east", "of the",
        "town", "village", "villages", "city", "province", "governorate", "county", "sub-county", "subdistrict", "district", "neighbourhood",
        "neighborhood", "countryside", "rural", "Rural", "rural areas", "desert", "area", "areas", "region", "camp", "refugee camp",
        "residents", "villagers", "locals", "inhabitants", "townspeople", "and", "&", "km", "kms", "kilometres", "miles", "mile",
        "12", "3.5", "1,200", "2017", "al-", "al", "Al", "el", "ash-", "bin", "abu", "ez-Zor", "Deir", "Idlib", "Bab", "Jisr", "al-Shughur",
        "Ras", "Kafr Nabl", "IED", "HQ", "Islamic State", "morning", "killed", "fighters", "Monday", "May", "Sunday", "yesterday", "last",
        "a", "an", "at least", "more than", "two", "dozens of", "twenty-one", "hundreds", "several", "people", "civilians", "were", "was",
        "killing", "shooting", "gunning", "wounded", "injured", "dead", "died", "death toll", "rose to", "bodies", "kidnapped", "arrested", "assassinated",
        "early", "mid", "late", "end of", "Jan.", "Jun", "Jul", "Aug.", "Sept", "September", "Dec", "this week", "days ago", "weekend", "over", "27th", "1st",
        "(", ")", ",", ".", ";", "'s", "'", "`", "-", "—", "É", "ſ", "\u212A",
    ];

    private static readonly string[] Gaps = [" ", " ", " ", "", "-", "\n", "  ", "\t", ", "];

    public static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements(Pieces).Zip(Gen.Elements(Gaps)).Select(p => p.Item1 + p.Item2))
            .Select(parts => string.Concat(parts))
            .ToArbitrary();

    // The place and toll patterns as single alternations, interpreted: the reference the split, generated patterns must agree with.
    private static readonly Regex CombinedPlacePattern = new(@"\G(?:" + PlaceAnnotator.PlacePatternText + ")", PlaceAnnotator.PlaceOptions);
    private static readonly Regex CombinedTollPattern = new(CasualtyAnnotator.TollPatternText, CasualtyAnnotator.TollOptions);

    private static readonly string[] PlaceGroups = ["name", "dir", "km", "offset", "near", "area", "appos", "appos2", "paren", "subject", "in"];
    private static readonly string[] TollGroups = ["kverb", "noun", "num", "qual", "np"];

    private static string Describe(Match m, string[] groups) =>
        !m.Success ? "no match" : $"{m.Index}+{m.Length}" + string.Concat(groups.Select(g => m.Groups[g] is { Success: true } x ? $" {g}={x.Index}:{x.Value}" : ""));

    [Property(MaxTest = 3000)]
    public Property SplitPlacePatternEqualsTheAlternation() => Prop.ForAll(Texts(), text =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var whole = CombinedPlacePattern.Match(text, i);
            var split = PlaceAnnotator.MatchAt(text, i);
            var expected = Describe(whole, PlaceGroups);
            var actual = split is var (m, alt) ? Describe(m, PlaceGroups) : "no match";
            if (expected != actual) return false.Label($"at {i} in '{text}': alternation {expected}, split {actual}");
            if (split is var (_, a) && (a.IsOffset != whole.Groups["offset"].Success || a.IsNear != whole.Groups["near"].Success
                || a.IsArea != whole.Groups["area"].Success || a.IsContainer != (whole.Groups["paren"].Success || whole.Groups["appos2"].Success)))
                return false.Label($"alternative differs at {i} in '{text}'");
        }
        return true.ToProperty();
    });

    [Property(MaxTest = 3000)]
    public Property SplitTollPatternEqualsTheAlternation() => Prop.ForAll(Texts(), text =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var expected = Describe(CombinedTollPattern.Match(text, i), TollGroups);
            var actual = Describe(CasualtyAnnotator.TollAt(text, i), TollGroups);
            if (expected != actual) return false.Label($"at {i} in '{text}': alternation {expected}, split {actual}");
        }
        return true.ToProperty();
    });

    [Theory]
    [InlineData("12 km north of the town of Saraqib", 0)]
    [InlineData("fighting near the village of Kafr Nabl", 9)]
    [InlineData("shelling in the southern countryside of Idlib", 9)]
    [InlineData("shelling in Rural Damascus", 9)]
    [InlineData("Olpusimo, Narok county", 8)]
    [InlineData("in Narok county, Olpusimo on Monday", 15)]
    [InlineData("Maji Moto (Narok).", 10)]
    [InlineData("Jamhuri residents protest", 0)]
    [InlineData("clashes in Jisr al-Shughur", 8)]
    [InlineData("Nairobi's Kibera area", 7)]
    public void SplitPlacePatternMatchesLikeTheAlternation(string text, int at)
    {
        var whole = CombinedPlacePattern.Match(text, at);
        Assert.True(whole.Success);
        var split = PlaceAnnotator.MatchAt(text, at);
        Assert.NotNull(split);
        Assert.Equal(Describe(whole, PlaceGroups), Describe(split.Value.Match, PlaceGroups));
    }

    [Theory]
    [InlineData("the bodies of 5 members of the group", 0)]
    [InlineData("the death toll rose to 7 on Monday", 4)]
    [InlineData("3 deaths were recorded", 0)]
    public void SplitTollPatternMatchesLikeTheAlternation(string text, int at)
    {
        var whole = CombinedTollPattern.Match(text, at);
        Assert.True(whole.Success);
        Assert.Equal(Describe(whole, TollGroups), Describe(CasualtyAnnotator.TollAt(text, at), TollGroups));
    }

    [Property(MaxTest = 3000)]
    public Property PlaceCheckNeverSkipsAMatch() => Prop.ForAll(Texts(), text =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var m = CombinedPlacePattern.Match(text, i);
            if (m.Success && m.Length > 0 && !PlaceAnnotator.MayMatch(text, i)) return false.Label($"skipped '{m.Value}' at {i} in '{text}'");
        }
        return true.ToProperty();
    });

    private static bool WordStart(string text, int i) => char.IsLetterOrDigit(text[i]) && (i == 0 || !char.IsLetterOrDigit(text[i - 1]));

    [Fact]
    public void AnOfPhraseAfterATabStillLetsAListFollow()
    {
        // Found by CasualtyChecksNeverSkipAMatch: the check looked for "of" and a space, the pattern for "of" and any whitespace.
        const string text = "2 militants of\tthe Front and 3 soldiers";
        var at = text.IndexOf(" of", StringComparison.Ordinal);
        Assert.True(ListedAfterMatches(text, at));
        Assert.True(CasualtyAnnotator.ListMayFollow(text, at));
    }

    [Fact]
    public void ABracketWithAFullStopInsideStillReachesTheVerb()
    {
        // Found by CasualtyChecksNeverSkipAMatch: the pattern lets a bracket hold "Jan.", the check stopped at its full stop.
        const string text = "two herders (seen early Jan.) arrested in the raid";
        Assert.True(CasualtyAnnotator.CountThenVerb().Match(text, 0).Success);
        Assert.True(CasualtyAnnotator.WordAhead(text, 0, CasualtyAnnotator.CountThenVerbVerbs));
    }

    [Property(MaxTest = 3000)]
    public Property CasualtyChecksNeverSkipAMatch() => Prop.ForAll(Texts(), text =>
    {
        var ascii = System.Text.Ascii.IsValid(text);
        var words = new List<int>();
        foreach (var w in CasualtyAnnotator.CasualtyWord().EnumerateMatches(text)) words.Add(w.Index);
        if (!words.SequenceEqual(CasualtyAnnotator.CasualtyWordStarts(text))) return false.Label($"casualty words differ in '{text}'");
        for (var i = 0; i < text.Length; i++)
        {
            if (ascii && ListedAfterMatches(text, i) && !CasualtyAnnotator.ListMayFollow(text, i)) return false.Label($"ListedAfter at {i} in '{text}'");
            var window = text.AsSpan(Math.Max(0, i - 90), Math.Min(90, i));
            if (ascii && CasualtyAnnotator.ListedBefore().IsMatch(window) && !CasualtyAnnotator.EndsWithWordThenSpace(window, CasualtyAnnotator.ListEnds, true))
                return false.Label($"ListedBefore before {i} in '{text}'");
            var before = text.AsSpan(Math.Max(0, i - 30), Math.Min(30, i));
            if (ascii && CasualtyAnnotator.SubsetBefore().IsMatch(before) && !CasualtyAnnotator.EndsWithWordThenSpace(before, CasualtyAnnotator.SubsetEnds, false))
                return false.Label($"SubsetBefore before {i} in '{text}'");
            if (!WordStart(text, i)) continue;
            if (CasualtyAnnotator.CountThenVerb().Match(text, i).Success && !CasualtyAnnotator.WordAhead(text, i, CasualtyAnnotator.CountThenVerbVerbs))
                return false.Label($"CountThenVerb at {i} in '{text}'");
            if (CombinedTollPattern.Match(text, i).Success && !CasualtyAnnotator.TollMayMatch(text, i)) return false.Label($"TollPattern at {i} in '{text}'");
            if (CasualtyAnnotator.VerbThenCount().Match(text, i).Success && !CasualtyAnnotator.StartsWithAny(text, i, CasualtyAnnotator.VerbThenCountStarts))
                return false.Label($"VerbThenCount at {i} in '{text}'");
            if (ascii && !char.IsDigit(text[i]) && CasualtyAnnotator.CountAt().Match(text, i).Success && !CasualtyAnnotator.CountMayStart(text.AsSpan(i)))
                return false.Label($"CountAt at {i} in '{text}'");
        }
        return true.ToProperty();
    });

    private static bool ListedAfterMatches(string text, int at) => CasualtyAnnotator.ListedAfter().Match(text, at, Math.Min(90, text.Length - at)).Success;

    [Property(MaxTest = 3000)]
    public Property DateChecksNeverSkipAMatch() => Prop.ForAll(Texts(), text =>
    {
        for (var i = 0; i < text.Length; i++)
        {
            var before = text.AsSpan(Math.Max(0, i - 60), Math.Min(60, i));
            if (System.Text.Ascii.IsValid(before))
            {
                if (DateAnnotator.BackgroundBefore().IsMatch(before) && !DateAnnotator.HasBackgroundWord(before)) return false.Label($"BackgroundBefore before {i} in '{text}'");
                if (DateAnnotator.TheBefore().IsMatch(before) && !DateAnnotator.EndsWithTheThenSpace(before)) return false.Label($"TheBefore before {i} in '{text}'");
            }
            if (!WordStart(text, i) || char.IsDigit(text[i])) continue;
            var end = i;
            while (end < text.Length && char.IsLetter(text[end])) end++;
            var m = DateAnnotator.DateAt().Match(text, i);
            if (m.Success && m.Length > 0 && !DateAnnotator.MayStart(text, i, end)) return false.Label($"skipped '{m.Value}' at {i} in '{text}'");
        }
        return true.ToProperty();
    });

    [Theory]
    [InlineData("fighting in the morning", 0, false)]
    [InlineData("fighting in the town of Saraqib", 9, true)]
    [InlineData("in the outskirts of al-Bab", 0, true)]
    [InlineData("The army advanced", 0, false)]
    [InlineData("Jamhuri residents protest", 0, true)]
    [InlineData("Northern Idlib", 0, true)]
    [InlineData("12 km north of Raqqa", 0, true)]
    [InlineData("12 people", 0, false)]
    [InlineData("Olpusimo (Narok).", 9, true)]
    [InlineData("Olpusimo, the", 8, false)]
    public void PlaceCheckExamples(string text, int at, bool may) => Assert.Equal(may, PlaceAnnotator.MayMatch(text, at));
}
