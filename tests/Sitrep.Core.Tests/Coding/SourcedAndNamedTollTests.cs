using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Coding;

/// <summary>Tolls only a source gives, victims named by their own names, and counted phrases told with a first act, a
/// relative clause or a participle aside.</summary>
public class SourcedAndNamedTollTests
{
    private static int Deaths(string text) => Assert.Single(TestPipeline.Run(text)).Fatalities;

    [Theory]
    // The report's own sentences count nobody; the witnesses' or residents' figure is the toll.
    [InlineData("Farmers and herders clashed near the river in Garsen on May 27. Witnesses said four people were killed in the clashes.", 4)]
    [InlineData("Police clashed with rioters in Kisumu on May 27. Residents say they saw three bodies carried away.", 3)]
    // Two sources differ: the lower figure.
    [InlineData("Herders clashed with farmers near Garsen on May 27. Residents said five people were killed. Witnesses said seven people were killed.", 5)]
    public void AFigureOnlyASourceGivesIsTheToll(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Theory]
    // The report says nobody died: a source's figure does not override it.
    [InlineData("Police clashed with rioters in Kisumu on May 27. No one was killed. Witnesses said they saw two bodies.", 0)]
    // A death a source names by its noun is what the source speaks about (a cause, an accusation), not the event's dead.
    [InlineData("Youths rioted in Kisumu on May 27. The riot is believed to be related to the killing of a trader last week.", 0)]
    [InlineData("Police beat a suspect in Kisumu on May 27. He was arrested over his alleged role in the killing of two herders in March.", 0)]
    public void ASourceSpeakingOfADeathIsNoTollOfItsOwn(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Theory]
    [InlineData("Gangs burned homes near Kericho on May 27 (12 unconfirmed deaths reported).", 0)]
    [InlineData("Raiders killed a herder near Baragoi on May 27. 3 others were feared dead in an early report but not confirmed.", 1)]
    public void AnUnconfirmedCountIsNoToll(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Theory]
    // A party's claim of its enemy's dead stays a claim; a claim told after the count is about something else.
    [InlineData("Army troops clashed with rebels near Kidal on May 27. The rebels claimed that 15 soldiers were killed.", 0)]
    [InlineData("Army troops clashed with rebels near Kidal on May 27. 4 rebels were killed in the clashes, whom the army claimed were foreigners.", 4)]
    // A coder's figure in a source's sentence is still the coder's figure.
    [InlineData("Army troops shelled rebel positions near Kidal on May 27. The army claimed to have killed a number of rebels; unknown fatalities coded as 10.", 10)]
    public void APartysClaimAndACodersFigure(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Fact]
    public void ADeathByAccidentIsNoToll() =>
        Assert.Equal(0, Deaths("A rider died after a collision with a police truck in Isiolo on May 27. Angry residents then stoned the truck and blocked the road."));

    [Fact]
    public void ADeathASourceTellsAsTheResultCounts() =>
        Assert.Equal(12, Deaths("Warplanes struck the town of Garsen on May 27. Residents said the strikes resulted in the death of 12 fighters."));

    [Theory]
    [InlineData("Police shot and killed John Mwangi, a 30-year-old trader, during a protest in Kisumu on May 27.", 1)]
    [InlineData("A soldier was arrested in Garissa on May 27 after shooting dead Ali Hassan Abdi in a bar.", 1)]
    public void AVictimNamedByHisNameIsOneDeath(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Theory]
    // A suspect held for a killing: not this event's death.
    [InlineData("Police in Garissa on May 27 arrested a man accused of killing John Mwangi.", 0)]
    public void ANamedVictimOfACrimeHeldAgainstASuspectIsNoDeath(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Theory]
    [InlineData("Two traders were abducted and killed by gunmen on the highway near Mandera on May 27.", 2)]
    [InlineData("1 man was shot and killled by a gunman at a market in Kisumu on May 27.", 1)]
    [InlineData("Gunmen set a house on fire in Wote on May 27, killing its four occupants.", 4)]
    [InlineData("Soldiers arrested a family of six in El Wak on May 27. Three of those arrested were later found dead.", 3)]
    public void ACountedPhraseWithAFirstActAnAsideOrARelativeClauseCounts(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Theory]
    [InlineData("Near Mandera on May 27, 2 drivers, working for a transport company, were kidnapped and killed by gunmen.", 2)]
    [InlineData("Gunmen ambushed a bus near Garissa on May 27; 3 passengers who were killed in the attack were buried on Sunday.", 3)]
    public void AnAsideOrARelativeClauseKeepsTheCountWithItsVerb(string text, int deaths) =>
        Assert.Equal(deaths, CasualtyAnnotator.Annotate(text).Where(c => c.Kind == CasualtyKind.Killed).Sum(c => c.Count));

    [Theory]
    // A relative clause after someone else's act is not the count's fate.
    [InlineData("On May 27 in Surabaya, 12 officers exchanged fire with a suspect who was killed in the raid.", 1)]
    [InlineData("On May 27 near Garissa, 40 mourners buried a teacher who was killed in an ambush.", 1)]
    public void ARelativeClauseAfterAnotherActIsNotTheCount(string text, int deaths) => Assert.Equal(deaths, Deaths(text));

    [Theory]
    [InlineData("A police officer shot dead his commander before turning the gun on himself in Mombasa on May 27.", 2)]
    [InlineData("Man reportedly killed in election violence in Kisumu on May 27.", 1)]
    [InlineData("Gunmen fired on a house in Mandera on May 27; 14-year-old relative killed in the gunfire.", 1)]
    [InlineData("A guard shot a trader in Kisumu on May 27. The crowd retaliated by lynching the perpetrator.", 1)]
    [InlineData("Gunmen attacked a bus near Mandera on May 27, killing one passenger. In the following days the death total was raised from 1 to 3.", 3)]
    public void ASingleVictimOrAGunmanWhoKillsHimself(string text, int deaths) => Assert.Equal(deaths, Deaths(text));
}
