namespace Sitrep.Core.Tests.Coding;

/// <summary>Victims named as members of a named armed group, crewed aircraft brought down, and shelling exchanged: battles in the
/// codebook, while kin, supporters, a group's ground and its community stay civilians.</summary>
public class ArmedMemberVictimTests
{
    private static string SubTypeOf(string text) => Assert.Single(TestPipeline.Run(text, new DateOnly(2019, 5, 28))).SubEventType;

    [Theory]
    // The group named after the victims ("affiliated with", "belonging to") or as the owner of the verb's object.
    [InlineData("Unknown gunmen shot dead two men affiliated with Hayat Tahrir al-Sham near Sarmada on May 27.")]
    [InlineData("Unidentified gunmen assassinated a leader of Ahrar al-Sham in the town of Atarib on May 27.")]
    [InlineData("Islamic State cells attacked an SDF vehicle near Busayrah on May 27. No casualties were reported.")]
    [InlineData("Unknown gunmen assassinated a man belonging to Ahrar al-Sham near Atarib on May 27.")]
    // The state's forces named generically own the object as well.
    [InlineData("Islamic State militants attacked an army vehicle near Palmyra on May 27. No casualties were reported.")]
    // Told in the passive, the group's name before its member.
    [InlineData("A JMT member was shot dead by unknown gunmen near the Rukban camp on May 27.")]
    // A crewed aircraft brought down, and shelling that both sides fired.
    [InlineData("Rebel fighters downed a regime helicopter near Kafr Nabl on May 27.")]
    [InlineData("Islamic State and SDF fighters exchanged mortar shells near Hajin on May 27.")]
    public void IsAnArmedClash(string text) => Assert.Equal("Armed clash", SubTypeOf(text));

    [Theory]
    // A place a group holds, a community's people and a member's home are no members of it.
    [InlineData("Gunmen killed a farmer in the HTS-held village of Kafr Nabl on May 27.")]
    [InlineData("Militiamen killed three members of the Fulani community near Mopti on May 27.")]
    [InlineData("Gunmen attacked the house of an SDF fighter in Raqqa on May 27, killing his daughter.")]
    public void StaysAnAttack(string text) => Assert.Equal("Attack", SubTypeOf(text));

    [Fact]
    public void ADroneShotDownIsAWeaponStopped() =>
        Assert.Equal("Disrupted weapons use", SubTypeOf("Rebel fighters shot down a regime drone near Kafr Nabl on May 27."));

    [Fact]
    public void TheCommandosOfTheRevolutionAreKnownByTheirAcronym()
    {
        var e = Assert.Single(TestPipeline.Run("JMT fighters clashed with Islamic State militants near al-Tanf on May 27.", new DateOnly(2019, 5, 28)));
        Assert.Contains("JMT: Army of the Commandos of the Revolution", new[] { e.Actor1, e.Actor2 });
    }

    [Fact]
    public void GroundTakenByTheLatterIsTheSecondSides()
    {
        var e = Assert.Single(TestPipeline.Run("Fighting broke out between Islamic State militants and the Syrian army near Palmyra on May 27, where the latter regained control of the village of Arak.",
            new DateOnly(2019, 5, 28)));
        Assert.Equal("Government regains territory", e.SubEventType);
    }

    [Theory]
    // Government forces "or their affiliates" regain ground in the codebook; a foreign army overtakes it.
    [InlineData("A loyalist militia captured the village of Kafr Nabudah from rebels on May 27.", "Government regains territory")]
    [InlineData("Rebel fighters captured the village of Kafr Nabudah from a loyalist militia on May 27.", "Non-state actor overtakes territory")]
    public void AProGovernmentMilitiaRegainsGround(string text, string subType) =>
        Assert.Equal(subType, Assert.Single(TestPipeline.Run(text, new DateOnly(2019, 5, 28))).SubEventType);

    [Theory]
    [InlineData("QDW fighters clashed with rebels near Hama on May 27.", "QDW: National Defence Forces")]
    [InlineData("The Syria Democratic Forces clashed with Islamic State militants near Hajin on May 27.", "QSD: Syrian Democratic Forces")]
    [InlineData("The Democratic Forces of Syria clashed with Islamic State militants near Hajin on May 27.", "QSD: Syrian Democratic Forces")]
    public void SyrianGroupsAreKnownByTheirOtherNames(string text, string actor)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2019, 5, 28)));
        Assert.Contains(actor, new[] { e.Actor1, e.Actor2 });
    }
}
