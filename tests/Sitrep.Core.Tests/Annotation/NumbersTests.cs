using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

public class NumbersTests
{
    [Theory]
    [InlineData("one", 1, false)]
    [InlineData("six", 6, false)]
    [InlineData("twelve", 12, false)]
    [InlineData("twenty", 20, false)]
    [InlineData("twenty-one", 21, false)]
    [InlineData("thirty five", 35, false)]
    [InlineData("1,200", 1200, false)]
    [InlineData("45", 45, false)]
    [InlineData("a dozen", 12, false)]
    [InlineData("dozens", 12, true)]
    [InlineData("dozens of", 12, true)]
    [InlineData("tens", 10, true)]
    [InlineData("hundreds", 100, true)]
    [InlineData("several", 10, true)]
    [InlineData("a few", 3, true)]
    [InlineData("Two", 2, false)]
    public void ParsesCounts(string text, int value, bool vague)
    {
        var parsed = Numbers.Parse(text);
        Assert.NotNull(parsed);
        Assert.Equal(value, parsed.Value.Value);
        Assert.Equal(vague, parsed.Value.Vague);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("banana")]
    [InlineData("99999999")]
    public void RejectsNonNumbers(string text) => Assert.Null(Numbers.Parse(text));

    [Theory]
    [InlineData("at least 6 soldiers were killed", 6)]
    [InlineData("over 20 fighters were killed", 20)]
    [InlineData("more than 20 fighters were killed", 20)]
    [InlineData("a dozen civilians were killed", 12)]
    [InlineData("dozens of civilians were killed", 12)]
    [InlineData("tens of civilians were killed", 10)]
    [InlineData("hundreds of civilians were killed", 100)]
    [InlineData("several civilians were killed", 10)]
    [InlineData("twenty-one civilians were killed", 21)]
    [InlineData("1,200 civilians were killed", 1200)]
    [InlineData("one civilian was killed", 1)]
    public void QualifiedCountsInCasualtyPhrasesTakeTheConservativeFigure(string text, int expected)
    {
        var c = Assert.Single(CasualtyAnnotator.Annotate(text));
        Assert.Equal(CasualtyKind.Killed, c.Kind);
        Assert.Equal(expected, c.Count);
    }
}
