using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>Which crowd sub-type a report gets: how force on a protest is told, and who a rioting crowd fights.</summary>
public class CrowdSubTypeTests
{
    private static ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    [Theory]
    [InlineData("Hawkers protest their eviction from a market in Kisumu on May 27; police arrest several hawkers.")]
    [InlineData("Police in Kitui stopped a march by teachers demanding pay arrears on May 27.")]
    [InlineData("Students demonstrated against fee increases at a college in Nyeri on May 27. Ten students were arrested.")]
    [InlineData("Residents of Kitale protested on May 27 against the closure of a market. Four arrests were made.")]
    [InlineData("Traders marched to the county offices in Embu on May 27 to protest new levies but were stopped by police.")]
    public void ForceOnAPeacefulProtestIsIntervention(string text) =>
        Assert.Equal("Protest with intervention", One(text).SubEventType);

    [Theory]
    [InlineData("Nurses held a protest in Mombasa on May 27 to demand better pay. No arrests were reported.")]
    [InlineData("Residents protested in Kitale on May 27 against the arrest of a local councillor.")]
    public void AProtestWithoutForceStaysPeaceful(string text) =>
        Assert.Equal("Peaceful protest", One(text).SubEventType);

    [Fact]
    public void ArrestsOfACrowdThatGathersForNoProtestAreNoIntervention() =>
        Assert.NotEqual("Protest with intervention",
            One("On May 27, four police officers arrested three women selling vegetables in front of a shop in Wamena city, Papua province.").SubEventType);

    [Theory]
    [InlineData("Supporters of two rival candidates threw stones at each other during a campaign rally in Nyeri on May 27.")]
    [InlineData("ODM and Jubilee supporters clashed at a rally in Kisii on May 27, injuring several people.")]
    [InlineData("Supporters of Omondi and those of Otieno fought outside the court in Homa Bay on May 27 after the hearing of an election petition.")]
    public void RivalCrowdsFightingAtARallyAreMobViolenceWithRiotersOnBothSides(string text)
    {
        var e = One(text);
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.StartsWith("Rioters", e.Actor1);
        Assert.StartsWith("Rioters", e.Actor2);
    }

    [Fact]
    public void DemonstratorsWhoFightTheirRivalsStayAViolentDemonstration() =>
        Assert.Equal("Violent demonstration",
            One("Two groups of demonstrators, for and against the new governor, threw stones at each other during a march in Kilifi on May 27.").SubEventType);

    [Theory]
    [InlineData("Rioters clashed with police in the slums of Kisumu on May 27 after the election results were announced.")]
    [InlineData("Students rioted and fought running battles with police at a university in Eldoret on May 27.")]
    public void RiotersFightingThePoliceAreAViolentDemonstration(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Fact]
    public void ACrowdThatStonesThePoliceInAQuarrelIsAMob() =>
        Assert.Equal("Mob violence",
            One("Boda boda riders clashed with traffic police officers in Kakamega on May 27 and pelted them with stones after a rider was stopped.").SubEventType);

    [Theory]
    [InlineData("Angry youths protested in Kericho on May 27 against new market fees and burnt tyres on the main road.")]
    [InlineData("Riots by angry residents broke out in Kisii on May 27 after a trader was found dead.")]
    [InlineData("Irate residents demonstrated outside a chief's office in Embu on May 27 and smashed its windows.")]
    public void AnAngryCrowdThatDemonstratesOrRiotsIsAViolentDemonstration(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Theory]
    [InlineData("Angry villagers beat a suspected cattle thief to death in Bungoma on May 27.")]
    [InlineData("An angry mob protesting the death of a rider lynched a bus driver in Machakos on May 27.")]
    public void AnAngryCrowdThatPunishesOrAMobByNameStaysMobViolence(string text) =>
        Assert.Equal("Mob violence", One(text).SubEventType);

    [Theory]
    [InlineData("Youths burnt two police motorbikes in Kakamega on May 27 as they demonstrated against the killing of a rider by a policeman.")]
    [InlineData("Traders protesting against eviction attacked county askaris and set a council lorry ablaze in Nakuru on May 27.")]
    public void DemonstratorsWhoAttackOrBurnAreAViolentDemonstration(string text) =>
        Assert.Equal("Violent demonstration", One(text).SubEventType);

    [Theory]
    [InlineData("A mob disrupted a training session for election officials at a school in Kisumu, Kenya, on Tuesday.")]
    [InlineData("The house of a suspected witch was destroyed by a vigilante mob in Kisii, Kenya, on Tuesday.")]
    [InlineData("Residents burn two matatus after one of them knocked down a child in Thika, Kenya, on Tuesday.")]
    [InlineData("Fishermen set fire to a patrol boat on Lake Naivasha, Kenya, on Tuesday after a colleague was arrested.")]
    public void AMobOrACrowdThatDisruptsOrDestroysIsMobViolence(string text)
    {
        var e = One(text);
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.StartsWith("Rioters", e.Actor1);
    }

    [Theory]
    [InlineData("Police violently disperse protesters demanding the release of an activist in Nairobi on May 27.")]
    [InlineData("Police violently suppressed demonstrations against new levies in Eldoret on May 27, firing tear gas at the traders.")]
    public void PoliceWhoViolentlyDisperseAProtestDoNotMakeItARiot(string text) =>
        Assert.Equal("Protests", One(text).EventType);

    [Fact]
    public void ACrowdThatDragsPeopleFromTheirHomesAndBeatsThemIsAMob()
    {
        var e = One("In Tororo, Uganda, a crowd of villagers from Mella village dragged two women from their huts on May 27, "
            + "accusing them of bewitching a sick girl, and beat them badly, police said.");
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.StartsWith("Rioters", e.Actor1);
    }

    [Fact]
    public void VillagersDraggedFromTheirHomesByGunmenAreNoMob() =>
        Assert.NotEqual("Riots", One("Gunmen attacked Mella village in Tororo, Uganda, on May 27; villagers dragged from their huts were shot.").EventType);

    [Theory]
    [InlineData("On May 27, a group of six people assaulted a shopkeeper in Bharatpur, accusing him of theft.")]
    [InlineData("A group of youths beat up a teacher in Birgunj on May 27 over a land dispute.")]
    public void AGroupOfPeopleThatBeatsSomeoneIsAMob(string text)
    {
        var e = One(text);
        Assert.Equal("Mob violence", e.SubEventType);
        Assert.StartsWith("Rioters", e.Actor1);
    }

    [Fact]
    public void AnUnknownGroupThatTorchesATowerIsNoMob() =>
        Assert.Equal("Looting/property destruction", One("On May 27, an unknown group set fire to a telecom tower in Birgunj. Properties were damaged.").SubEventType);

    [Fact]
    public void AGroupOfArmedMenIsNoMob() =>
        Assert.NotEqual("Riots", One("On May 27, a group of armed men assaulted a shopkeeper in Bharatpur and took his money.").EventType);
}
