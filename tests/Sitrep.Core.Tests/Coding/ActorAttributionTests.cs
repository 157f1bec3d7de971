using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>Who acted, when the lead sentence does not say: remote fire told by the ground it came from, ACLED's names for a
/// group as they changed over time, a force storming a civilian place.</summary>
public class ActorAttributionTests
{
    private static readonly DateOnly Recent = new(2024, 8, 28);

    private static ResolvedEvent One(string text, DateOnly? published = null) => Assert.Single(TestPipeline.Run(text, published));

    [Fact]
    public void RemoteFireIsTheSideWhosePositionsItCameFrom()
    {
        var e = One("Shelling on a camp for displaced people on the edge of El Fasher, Sudan, killed six civilians on Monday, camp "
            + "officials said. They said the shells were fired from positions of the Rapid Support Forces east of the camp.", Recent);
        Assert.Equal("Shelling/artillery/missile attack", e.SubEventType);
        Assert.Equal("RSF: Rapid Support Forces", e.Actor1);
        Assert.Equal("Civilians (Sudan)", e.Actor2);
    }

    [Fact]
    public void ASniperShotFiredFromAGroupsPositionsIsItsAttack()
    {
        var e = One("A boy was shot dead by a sniper on Monday while fetching water in the Usayfirah neighbourhood of Taiz city, Yemen. "
            + "Residents said the shot was fired from Houthi positions on the hills above.", Recent);
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Military Forces of Yemen (2017-) Houthi", e.Actor1);
    }

    [Fact]
    public void AGroupThatClaimsAnAttackByUnnamedMilitantsIsItsAuthor()
    {
        var e = One("Militants stormed a police post in Dera Ismail Khan, Pakistan early on Thursday, killing three policemen, police said. "
            + "The Pakistani Taliban (TTP) claimed responsibility for the attack.", new DateOnly(2024, 10, 24));
        Assert.Equal("TTP: Tehreek-i-Taliban Pakistan", e.Actor1);
    }

    [Fact]
    public void GunmenWhoBelongToAGroupAreThatGroup()
    {
        var e = One("Gunmen, who belong to the Group for the Support of Islam and Muslims (JNIM), attacked a VDP position in Pissila, "
            + "Burkina Faso on Saturday, killing six VDP members.", new DateOnly(2024, 5, 16));
        Assert.Equal("JNIM: Group for Support of Islam and Muslims", e.Actor1);
        Assert.Equal("", e.AssocActor1);
    }

    [Fact]
    public void RemoteFireWithNoGroundToldStaysUnidentified()
    {
        var e = One("Shelling on a camp for displaced people on the edge of El Fasher, Sudan, killed six civilians on Monday, camp "
            + "officials said. The Rapid Support Forces denied any part in it.", Recent);
        Assert.Equal("Unidentified Armed Group (Sudan)", e.Actor1);
    }

    [Theory]
    [InlineData(2020, "Islamic State (Afghanistan)")]
    [InlineData(2024, "Islamic State Khorasan Province (ISKP)")]
    public void AGroupTakesTheNameAcledGaveItOnTheEventDate(int year, string name)
    {
        var e = One("ISKP militants attacked a Taliban checkpoint in Jalalabad, Nangarhar province, Afghanistan on Monday, killing "
            + "two Taliban fighters.", new DateOnly(year, 8, 28));
        Assert.Contains(name, new[] { e.Actor1, e.Actor2 });
    }

    [Fact]
    public void TheWhiteArmyIsTheNuerEthnicMilitia()
    {
        var e = One("Fighters of the White Army attacked an army base near Nasir, Upper Nile, South Sudan on Monday. Five soldiers were killed.", Recent);
        Assert.Contains("Nuer Ethnic Militia (South Sudan)", new[] { e.Actor1, e.Actor2 });
    }

    [Fact]
    public void PoliceStormingASchoolAndBeatingStudentsAttackCivilians()
    {
        var e = One("Police stormed a secondary school in Kisii, Kenya on May 27 and beat up students in their dormitories. Ten students were injured.");
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.Equal("Attack", e.SubEventType);
    }

    [Fact]
    public void AShootingRampageByOneGunmanIsAnAttackNotARiot()
    {
        var e = One("A gunman went on a shooting rampage at a market in Nakuru, Kenya on May 27, killing four people.");
        Assert.Equal("Violence against civilians", e.EventType);
    }
}
