using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>A riot's toll leaves out the death that moved the crowd ("rioted after a rider was killed") and keeps its own dead.</summary>
public class RiotCauseTollTests
{
    private static ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Theory]
    [InlineData("Angry traders in Kitale burned a lorry on May 27 after it hit and killed a hawker.")]
    [InlineData("Youths in Kisumu barricaded roads and burned tyres on May 27 to protest the killing of a student by unknown men.")]
    [InlineData("Residents of Embu stoned vehicles and burned tyres on May 27 in retaliation for the murder of a shopkeeper.")]
    [InlineData("Five suspects were killed in a police raid in Kisumu on May 27, and angry residents later set fire to two matatus on the highway.")]
    public void TheDeathThatMovedTheCrowdIsNotTheRiotsToll(string text)
    {
        var e = One(text);
        Assert.Equal("Riots", e.EventType);
        Assert.Equal(0, e.Fatalities);
    }

    [Theory]
    [InlineData("On May 27, rioters clashed with police in Kisumu over the election results, and two rioters were killed.", 2)]
    [InlineData("On May 27, clashes between rioters and police in Kisumu over the election delay resulted in three people killed.", 3)]
    [InlineData("A mob lynched a suspected thief in Meru on May 27 after he was caught stealing a goat.", 1)]
    public void TheRiotsOwnDeadAreCounted(string text, int dead)
    {
        var e = One(text);
        Assert.Equal("Riots", e.EventType);
        Assert.Equal(dead, e.Fatalities);
    }
}
