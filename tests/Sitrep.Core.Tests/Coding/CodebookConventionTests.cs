namespace Sitrep.Core.Tests.Coding;

/// <summary>ACLED codebook conventions the coder follows, each on a short report written for this test.</summary>
public class CodebookConventionTests
{
    private static Sitrep.Core.Resolution.ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Fact]
    public void BlockingARoadAloneIsAProtestNotARiot()
    {
        var e = One("Traders blocked the main road in Kisumu, Kenya, on Tuesday to protest new market fees.");
        Assert.Equal("Protests", e.EventType);
    }

    [Fact]
    public void ArmedMenKillingVillagersAreNoMob()
    {
        // The villagers are the victims of the verb, not a crowd acting.
        var e = One("Gunmen killed 11 villagers in an attack on a village in Bankass, Mali, on Tuesday.");
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal(11, e.Fatalities);
    }

    [Fact]
    public void ARebelGroupAttackWithMachetesIsNoRiot()
    {
        var e = One("ADF attack in Beni, North Kivu, DR Congo: nine civilians killed with machetes on Tuesday.");
        Assert.Equal("Violence against civilians", e.EventType);
    }

    [Fact]
    public void TakingToTheStreetsIsAProtest()
    {
        var e = One("Residents of Basra, Iraq, took to the streets on Tuesday over power cuts.");
        Assert.Equal("Protests", e.EventType);
    }

    [Fact]
    public void ACrowdStoningSomeoneToDeathIsMobViolenceWithOneDead()
    {
        var e = One("A woman accused of witchcraft was stoned to death by a crowd in Garissa, Kenya, on Tuesday.");
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.Equal(1, e.Fatalities);
    }

    [Fact]
    public void DronesShotDownAreDisruptedWeaponsUseNotABattle()
    {
        var e = One("Air defences shot down two drones launched by rebels towards the air base near Hama, Syria, on Tuesday.");
        Assert.Equal("Disrupted weapons use", e.SubEventType);
        Assert.StartsWith("DisruptedWeapons", e.Classification);
    }

    [Fact]
    public void ArmedVictimsStayArmedWhateverVehicleOrKinIsNamedNearThem()
    {
        var e = One("IS militants attacked a military vehicle with gunfire near Palmyra, Syria, on Tuesday, killing a soldier and his son.");
        Assert.Equal("Battles", e.EventType);
        Assert.Equal("Armed clash", e.SubEventType);
    }

    [Fact]
    public void ALaterDeathFromWoundsIsTheIncidentsTollNotASecondEvent()
    {
        var events = TestPipeline.Run("Gunmen attacked a bus near Mandera, Kenya, on 2 May 2020, wounding a woman. She died of her wounds on 7 May.");
        var e = Assert.Single(events);
        Assert.Equal("2020-05-02", e.EventDate);
        Assert.Equal(1, e.Fatalities);
    }
}
