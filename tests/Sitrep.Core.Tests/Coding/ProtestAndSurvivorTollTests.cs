using Sitrep.Core.Annotation;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>Deaths a toll must leave out: the death a protest is about, and victims who lived ("nearly killed", "rescued before he died").</summary>
public class ProtestAndSurvivorTollTests
{
    private static ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Theory]
    [InlineData("Residents of Kitengela marched to the police station on May 27 to protest the killing of two traders by robbers last week.", "Peaceful protest")]
    [InlineData("Traders in Nyeri held a demonstration on May 27 after a hawker was stabbed to death by unknown men.", "Peaceful protest")]
    [InlineData("Boda boda riders protested in Kakamega on May 27 after a colleague died in a road accident. Police dispersed them with teargas.", "Protest with intervention")]
    public void TheDeathAProtestIsAboutIsNotItsToll(string text, string subType)
    {
        var e = One(text);
        Assert.Equal(subType, e.SubEventType);
        Assert.Equal(0, e.Fatalities);
    }

    [Fact]
    public void TheAccountAReportAttributesCarriesTheProtestTollItCodes()
    {
        var e = One("Police said traders in Nyeri held a demonstration on May 27 after a hawker was stabbed to death by unknown men.");
        Assert.Equal("Peaceful protest", e.SubEventType);
        Assert.Equal(0, e.Fatalities);
        var told = Assert.Single(e.Claims, c => c.Asserts.ContainsKey("fatalities"));
        Assert.Equal(0, (int)told.Asserts["fatalities"]!);
    }

    [Fact]
    public void ForceThatKillsProtestersIsExcessiveForceWithTheProtestersFirst()
    {
        var e = One("Hawkers protested the demolition of their stalls in Kisumu, Kenya, on May 27. Police broke up the demonstration, killing one hawker.");
        Assert.Equal("Excessive force against protesters", e.SubEventType);
        Assert.Equal(1, e.Fatalities);
        Assert.StartsWith("Protesters", e.Actor1);
        Assert.StartsWith("Police Forces", e.Actor2);
    }

    [Fact]
    public void AProtestTollStandsWhereFireWasOpenedOnTheCrowd() =>
        Assert.Equal(2, One("Residents protested in Garissa, Kenya, on May 27 against the closure of a market. Gunmen opened fire on the protest, and two residents died.").Fatalities);

    [Theory]
    [InlineData("A mob attacked and nearly killed a suspected thief in Kisii on May 27.")]
    [InlineData("Residents almost lynched a suspected robber in Meru on May 27.")]
    [InlineData("A suspected thief was lynched by a mob in Meru on May 27. Police rescued him shortly before he died.")]
    public void AVictimWhoLivedIsNoDeath(string text) => Assert.Equal(0, One(text).Fatalities);

    [Fact]
    public void ALynchingWithNoRescueKills() =>
        Assert.Equal(1, One("A suspected thief was lynched by a mob in Meru on May 27.").Fatalities);

    [Fact]
    public void NearlyKilledCountsTheVictimHurt()
    {
        var c = Assert.Single(CasualtyAnnotator.Annotate("Gunmen nearly killed two herders near the river."));
        Assert.Equal(CasualtyKind.Injured, c.Kind);
        Assert.Equal(2, c.Count);
    }

    [Fact]
    public void NearlyAsAQualifierStillCountsTheDead()
    {
        var c = Assert.Single(CasualtyAnnotator.Annotate("Nearly 20 people were killed in the raid."));
        Assert.Equal(CasualtyKind.Killed, c.Kind);
        Assert.Equal(20, c.Count);
    }
}
