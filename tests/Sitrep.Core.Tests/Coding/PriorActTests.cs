namespace Sitrep.Core.Tests.Coding;

/// <summary>An act told in the past perfect inside a relative clause ("men who had killed a shopkeeper") is what the people did
/// before the event the sentence tells, not that event: neither its type nor its dead.</summary>
public class PriorActTests
{
    private static readonly DateOnly Published = new(2020, 5, 5);

    [Fact]
    public void AnArrestOfKillersIsAnArrestWithNoDead()
    {
        var e = Assert.Single(TestPipeline.Run("Police arrested two men who had killed a shopkeeper in Garissa town on Monday.", Published));
        Assert.Equal("Arrests", e.SubEventType);
        Assert.Equal(0, e.Fatalities);
    }

    [Fact]
    public void MilitiamenShotAfterAKillingAreArmedVictims()
    {
        var e = Assert.Single(TestPipeline.Run("Police shot two militiamen who had reportedly killed a herder near Garissa on Monday.", Published));
        Assert.Equal("Armed clash", e.SubEventType);
        Assert.Equal(0, e.Fatalities);
    }

    [Fact]
    public void APriorActAloneInItsSentenceIsStillTold()
    {
        // No other act in the sentence: the killing is the only event there is, so it stays.
        var e = Assert.Single(TestPipeline.Run("Residents said the gang that had killed a shopkeeper in Garissa town on Monday fled.", Published));
        Assert.Equal(1, e.Fatalities);
    }
}
