using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>Trigger words that name an event with no other word for it: dispersal, chasing police, pounding, abuse, warring, interception.</summary>
public class TriggerWordTests
{
    private static ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Theory]
    [InlineData("Police dispersed opposition supporters outside the tallying centre in Kisumu on May 27.")]
    [InlineData("Anti-riot police disperse traders at the bus park in Nakuru on May 27 after they camped outside the county offices.")]
    [InlineData("Hundreds of teachers were later dispersed by police outside the ministry in Nairobi on May 27.")]
    public void ForceThatBreaksUpAGatheringIsAProtestWithIntervention(string text)
    {
        var e = One(text);
        Assert.Equal("Protests", e.EventType);
        Assert.Equal("Protest with intervention", e.SubEventType);
    }

    [Fact]
    public void DispersingRiotersIsNoPeacefulGathering() =>
        Assert.Equal("Riots", One("Police in Kisii dispersed rioting supporters who had blocked the highway and burnt tyres on May 27.").EventType);

    [Fact]
    public void ACrowdChasingThePoliceIsARiot()
    {
        var e = One("Residents of Kangemi chase police out of the estate on May 27 during a voter registration drive.");
        Assert.Equal("Riots", e.EventType);
        Assert.Equal("Violent demonstration", e.SubEventType);
    }

    [Fact]
    public void PoundingAPositionWithNoWeaponNamedIsShelling()
    {
        var e = One("Rebels pounded an army base in Gedo region overnight on May 27. No casualties were reported.");
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
    }

    [Fact]
    public void PoundsOfMoneyAreNoShelling() =>
        Assert.NotEqual("Explosions/Remote violence",
            One("Gunmen kidnapped a trader in Daraa on May 27 and demanded two million Syrian pounds for his release.").EventType);

    [Fact]
    public void AForceAbusingRefugeesAttacksCivilians()
    {
        var e = One("Soldiers at a checkpoint near Dadaab were seen abusing refugees on May 27.");
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Attack", e.SubEventType);
    }

    [Fact]
    public void WarringBetweenClansIsAnArmedClash()
    {
        var e = One("Warring between two clans destroyed homes near Wajir on May 27; no deaths were reported.");
        Assert.Equal("Battles", e.EventType);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void InterceptingAGroupOfGunmenDisruptsNoWeapon() =>
        Assert.NotEqual("Disrupted weapons use",
            One("Police intercepted a gang of robbers on the Garissa road on May 27 and shot dead three of them.").SubEventType);

    [Fact]
    public void RocketsInterceptedAreDisruptedWeaponsUse() =>
        Assert.Equal("Disrupted weapons use",
            One("Air defences intercepted two rockets over the city of Ashkelon on May 27.").SubEventType);
    [Theory]
    [InlineData("On May 27, taxi drivers held a motorcade through Recife to demand lower fuel prices.")]
    [InlineData("On May 27, teachers organized a solidarity stand outside the education directorate in Basra.")]
    [InlineData("Opposition cadres greeted the home minister with black flags in Biratnagar on May 27.")]
    [InlineData("Party cadres obstructed vehicular movement in Janakpur on May 27 during a general strike.")]
    [InlineData("On May 27, hundreds of graduates gathered outside the oil ministry in Basra demanding jobs.")]
    public void GatheringsNamedByWhatTheyDoAreProtests(string text)
    {
        var e = One(text);
        Assert.Equal("Protests", e.EventType);
        Assert.Equal("Peaceful protest", e.SubEventType);
    }

    [Theory]
    [InlineData("On May 27, about 30 people protested in Brest against new taxes. Twelve of them were arrested by the special police.")]
    [InlineData("On May 27, former fighters blocked roads in Warri to demand unpaid stipends. Military forces intervened and ended the demonstration.")]
    [InlineData("On May 27, students marched in Pokhara against fee hikes. Police obstructed the marchers near the city hall.")]
    public void ForcesThatArrestOrStopProtestersIntervene(string text) =>
        Assert.Equal("Protest with intervention", One(text).SubEventType);

    [Fact]
    public void KeepingProtestersOutOfABuildingIsNoForce() =>
        Assert.Equal("Peaceful protest",
            One("On May 27, villagers held a peaceful protest outside the council building in Ambon. The police prevented them from entering the building.").SubEventType);
    [Theory]
    [InlineData("On May 27, dozens of armed men were sighted near the river crossing at Kalehe, residents said.")]
    [InlineData("On May 27, militiamen encircled the village of Bankass.")]
    public void ArmedMenSeenOrClosingRoundAPlaceChangeTheirActivity(string text) =>
        Assert.Equal("Change to group/activity", One(text).SubEventType);

    [Fact]
    public void EncirclingInAFightIsStillTheFight() =>
        Assert.Equal("Battles", One("On May 27, troops clashed with rebels as they encircled the town of Bunia.").EventType);

    [Fact]
    public void LeavingATownInAnotherSidesHandsIsANonViolentTransfer() =>
        Assert.Equal("Non-violent transfer of territory",
            One("On May 27, the armed movement left Kidal, leaving the security of the town in the hands of the army.").SubEventType);

    [Theory]
    [InlineData("A drone dropped explosives on houses in Tepalcatepec, Michoacan, Mexico on May 27, killing a woman.")]
    [InlineData("Grenades dropped from a small drone hit a car in Kherson, Ukraine on May 27, killing the driver.")]
    public void ExplosivesDroppedByADroneAreADroneStrike(string text)
    {
        var e = One(text);
        Assert.Equal("Explosions/Remote violence", e.EventType);
        Assert.Equal("Air/drone strike", e.SubEventType);
    }

    [Fact]
    public void LandminesDeactivatedAreDisruptedWeaponsUse()
    {
        var e = One("Army engineers located and deactivated five landmines buried under a dirt road near Aguililla, Michoacan, Mexico on May 27.");
        Assert.Equal("Strategic developments", e.EventType);
        Assert.Equal("Disrupted weapons use", e.SubEventType);
    }
}
