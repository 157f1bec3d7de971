namespace Sitrep.Core.Tests.Coding;

/// <summary>What a protest or riot answers ("protested the killing of a driver", "Following an attack by robbers, residents
/// protested") is its cause, told before it happened: the gathering is the event, not that act, and its dead are not the
/// gathering's.</summary>
public class ProtestCauseTests
{
    private static readonly DateOnly Published = new(2019, 5, 8);

    [Theory]
    [InlineData("Traders protested the shooting of two watchmen outside the market in Nakuru, Kenya, on Tuesday.")]
    [InlineData("Following an attack by cattle thieves on a farm near Nyahururu, Kenya, residents protested on Tuesday, calling for more police.")]
    [InlineData("Matatu drivers in Thika, Kenya, stopped work on Tuesday to protest against extortion by a criminal gang.")]
    [InlineData("Students in Kisii, Kenya, protested on Tuesday after a classmate was beaten to death by a mob.")]
    public void TheActAProtestAnswersIsItsCause(string text)
    {
        var e = Assert.Single(TestPipeline.Run(text, Published));
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal(0, e.Fatalities);
    }

    [Fact]
    public void RiotersBurningTyresOverAKillingRiotAsADemonstration()
    {
        var e = Assert.Single(TestPipeline.Run("Youths burnt tyres on the Kisumu highway, Kenya, on Tuesday in response to the killing of a rider by a policeman.", Published));
        Assert.Equal("Violent demonstration", e.SubEventType);
        Assert.Equal(0, e.Fatalities);
    }

    [Fact]
    public void AnActCoordinatedWithTheProtestIsItsOwn()
    {
        // "demonstrating against the decision ... and killed two of them": the killing is the police's act, not a cause.
        var e = Assert.Single(TestPipeline.Run("Police opened fire on protesters who were demonstrating against the new levy in Bungoma, Kenya, on Tuesday and killed two of them. The demonstrators burned tyres.", Published));
        Assert.Equal("Riots", e.EventType);
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void AShootingAfterAProtestIsStillAShooting()
    {
        var e = Assert.Single(TestPipeline.Run("Police shot dead two men after a protest in Kisumu, Kenya, on Tuesday.", Published));
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void ACauseInAnotherClauseIsNotTheProtests()
    {
        // The looting is what the shooting followed, in its own clause after the dispersed protest.
        var events = TestPipeline.Run("Police fired tear gas to disperse protesters in Kisumu, Kenya, on Tuesday, and two men were shot dead in Nakuru after a crowd looted a food store.", Published);
        Assert.Contains(events, e => e.EventType == "Riots" || e.SubEventType == "Looting/property destruction" || e.Fatalities == 2);
    }

    [Fact]
    public void OfficialsWhoHaveRepeatedlyProtestedTellNoGathering()
    {
        var events = TestPipeline.Run("A drone strike on a car near Sinuni, Iraq, killed two people on Monday. Iraqi officials have repeatedly protested against such strikes.", Published);
        Assert.DoesNotContain(events, e => e.EventType == "Protests");
    }
}
