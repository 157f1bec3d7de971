using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The build-time matchers of the tiered rows (<see cref="TieredRows"/>) answer as the interpreter does.</summary>
public class TieredRowsTests
{
    private static readonly string[] Texts =
    [
        "KHARTOUM, March 3 (Agency) - Two soldiers were killed and three police officers wounded when gunmen attacked a checkpoint near the town of Um Dom on Tuesday, a local official said.",
        "Residents said the militants later seized two trucks and killed a farmer. The army said at least 12 fighters of the armed group died in the shelling of the village, and members of a local militia were arrested.",
        "The death toll from Monday's clashes in northern Darfur rose to 30, including five children, the health ministry said in a statement. A mob beat and burnt a man accused of theft.",
    ];

    private static IEnumerable<string> Inputs(string pattern)
    {
        foreach (var text in Texts) yield return text;
        // The pattern's own words, in order, give its branches places to start.
        yield return new string(pattern.Select(c => char.IsLetter(c) ? c : ' ').ToArray());
    }

    private static List<string> Answers(Regex regex, string text, string[] groups) =>
        regex.Matches(text).Select(m => $"{m.Index}:{m.Length}:" + string.Join("|", groups.Select(g => m.Groups[g].Success ? m.Groups[g].Value : "-"))).ToList();

    [Fact]
    public void EachBuildTimeMatcherFindsWhatTheInterpreterFinds()
    {
        var count = 0;
        foreach (var (pattern, options, generated) in TieredRows.All())
        {
            count++;
            var interpreted = new Regex(pattern, options);
            // The generated form may add LazyLoops' counter groups; the pattern's own groups must agree.
            var groups = interpreted.GetGroupNames();
            foreach (var text in Inputs(pattern))
                Assert.True(Answers(interpreted, text, groups).SequenceEqual(Answers(generated, text, groups)), $"{pattern[..Math.Min(80, pattern.Length)]} on \"{text[..Math.Min(60, text.Length)]}\"");
        }
        Assert.True(count > 50, $"only {count} build-time matchers");
    }

    [Fact]
    public void TheBundledTieredRowsFindTheirMatchers()
    {
        const RegexOptions Folded = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;
        // A row with a lazy counted loop, as PatternSet.Tiered gives it, compiled or not.
        var armed = PatternSet.Of("classification.tsv").Text("armed-person-words");
        Assert.NotNull(TieredRows.Of(armed, Folded | RegexOptions.Compiled));
        Assert.NotNull(TieredRows.Of(armed, Folded));
        // Options are part of the key: the same text read case-sensitively has no matcher.
        Assert.Null(TieredRows.Of(armed, RegexOptions.CultureInvariant));
        foreach (var (_, cells) in LexiconFile.Read("sites.tsv")) Assert.NotNull(TieredRows.Of(cells.Cell(1), Folded));
    }

    [Fact]
    public void RowsTooLargeForTheJitsOptimiserRunTheirBuildTimeMatcherOnceHot()
    {
        // Their dynamic method would be compiled with minimal optimisation for good; the generated one tiers up.
        var large = 0;
        foreach (var (pattern, options, generated) in TieredRows.All())
        {
            if (pattern.Length < TieredRegex.LargeRow) continue;
            large++;
            var hot = TieredRegex.Compiled(pattern, options | RegexOptions.Compiled);
            Assert.Same(generated, hot);
            Assert.Equal(RegexOptions.None, hot!.Options & RegexOptions.Compiled);
        }
        // The person-word rows of casualties.tsv are this long.
        Assert.True(large >= 3, $"only {large} rows of {TieredRegex.LargeRow} characters or more");
    }
}
