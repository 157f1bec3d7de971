using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Tests.Lexicons;

public class TieredRegexTests
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A lazy counted group loop, as the casualty rows have: compiled only once LazyLoops has unrolled it.
    private const string Pattern = @"\bthe\s+(?:[\w'-]+\s+){0,2}?(?<victim>man|woman|farmer)\s+(?:was\s+)?(?:shot|killed)\b";

    private static readonly string[] Texts =
    [
        "Gunmen stopped a car and the young farmer was shot near the market.",
        "The elderly blind woman killed herself.",
        "the man shot",
        "Nothing happened in the village; the herders left.",
        "THE MAN WAS KILLED. The other man was shot.",
    ];

    private static List<(int, int, string)> All(Regex regex, string text) =>
        regex.Matches(text).Select(m => (m.Index, m.Length, m.Groups["victim"].Value)).ToList();

    [Fact]
    public async Task ARowRunsInterpretedUntilHotThenCompiledWithTheSameMatches()
    {
        var tiered = new TieredRegex(Pattern, Options | RegexOptions.Compiled);
        var reference = new Regex(Pattern, Options);
        for (var use = 1; use < TieredRegex.CompileAfter; use++)
        {
            Assert.Equal(RegexOptions.None, tiered.Current.Options & RegexOptions.Compiled);
        }

        Assert.Null(tiered.Compiling);
        _ = tiered.Current;
        Assert.NotNull(tiered.Compiling);
        await tiered.Compiling!;
        var compiled = tiered.Current;
        Assert.Equal(RegexOptions.Compiled, compiled.Options & RegexOptions.Compiled);
        foreach (var text in Texts) Assert.Equal(All(reference, text), All(compiled, text));
        Assert.Equal(5, Texts.Sum(t => All(compiled, t).Count));
    }

    [Fact]
    public async Task AShortJobsRowStaysOnTheInterpreter()
    {
        var tiered = new TieredRegex(Pattern, Options);
        for (var use = 0; use < 2 * TieredRegex.CompileAfter; use++) _ = tiered.Current;
        await tiered.Compile();
        Assert.Equal(RegexOptions.None, tiered.Current.Options & RegexOptions.Compiled);
        Assert.Single(tiered.Current.Matches(Texts[0]));
    }

    [Fact]
    public async Task AGateOverATieredRowFollowsItsEngine()
    {
        var tiered = new TieredRegex(@"\b(?:killed|shot) by (?:a |the )?mob\b", Options | RegexOptions.Compiled);
        var gated = new GatedRegex(tiered);
        Assert.Equal(RegexOptions.None, gated.Regex.Options & RegexOptions.Compiled);
        Assert.False(gated.MayMatch("He was killed by the police."));
        await tiered.Compile();
        Assert.Equal(RegexOptions.Compiled, gated.Regex.Options & RegexOptions.Compiled);
        Assert.True(gated.IsMatch("He was SHOT by the MOB."));
    }
}
