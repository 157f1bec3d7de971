using Sitrep.Core.Annotation;
using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Annotation;

/// <summary>A war's whole toll told as background ("a civil war that killed an estimated 300,000") is no event's toll.</summary>
public class WarTollNotAnEventTollTests
{
    [Theory]
    [InlineData("The clashes threaten a 2015 truce that ended a six-year civil war that killed an estimated 300,000 people.")]
    [InlineData("The insurgency has killed more than 20,000 people since 2009, according to the United Nations.")]
    [InlineData("The conflict, which has killed tens of thousands of people, shows no sign of ending.")]
    [InlineData("It was the worst attack since the war in which more than 50,000 were killed.")]
    public void TheWarsTollIsNotCounted(string text) =>
        Assert.Empty(CasualtyAnnotator.Annotate(text));

    [Theory]
    [InlineData("Two days of fighting that killed 14 people ended on Friday.", 14)]
    [InlineData("Clan violence that killed three herders broke out near the wells.", 3)]
    [InlineData("Militants killed four soldiers in the war-torn province on Monday.", 4)]
    public void AnEventsOwnTollStillCounts(string text, int dead) =>
        Assert.Equal(dead, CasualtyAnnotator.Annotate(text).Where(c => c.Kind == CasualtyKind.Killed).Sum(c => c.Count));

    [Fact]
    public void AReportKeepsItsOwnTollBesideTheWarsToll()
    {
        var events = TestPipeline.Run(
            "Gunmen attacked an army post near Malakal on Tuesday, killing six soldiers, officials said.\n\n"
            + "The attack is a blow to a peace deal that ended a five-year civil war that killed an estimated 380,000 people.");
        Assert.Equal(6, Assert.Single(events).Fatalities);
    }
}

/// <summary>The digits after a thousands separator are part of one number, never a count of their own.</summary>
public class SeparatedDigitsAreOneNumberTests
{
    [Fact]
    public void TheDigitsAfterACommaStartNoCount()
    {
        var c = Assert.Single(CasualtyAnnotator.Annotate("Officials said 1,200 were killed in the floods of the dam."));
        Assert.Equal(1200, c.Count);
    }
}
