using Sitrep.Core.Annotation;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Coding;

/// <summary>Tolls read from lists of victims: companions named in the singular, ranges listed first, deaths told as earlier, and heads of counted phrases.</summary>
public class VictimListTollTests
{
    private static ResolvedEvent One(string text) => Assert.Single(TestPipeline.Run(text));

    private static int Killed(string text) =>
        CasualtyAnnotator.Annotate(text).Where(c => c.Kind == CasualtyKind.Killed).Sum(c => c.Count);

    [Theory]
    [InlineData("A farmer and his son were killed by raiders near Lodwar, Kenya, on May 27.", 2)]
    [InlineData("Taxi driver and passenger shot dead by gunmen in Mombasa, Kenya, on May 27.", 2)]
    [InlineData("1 district governor and his bodyguard were killed by a roadside bomb in Ghazni, Afghanistan, on May 27.", 2)]
    [InlineData("Gunmen killed 1 council member in addition to 2 of his guards in Gardez, Afghanistan, on May 27.", 3)]
    public void CompanionsNamedWithAVictimAreCounted(string text, int fatalities) => Assert.Equal(fatalities, One(text).Fatalities);

    [Theory]
    [InlineData("A farmer and his cattle were attacked near Lodwar, Kenya, on May 27.")]
    [InlineData("The farmer and his son were injured by raiders near Lodwar, Kenya, on May 27.")]
    public void APairNotKilledIsNoToll(string text) => Assert.Equal(0, Killed(text));

    [Fact]
    public void ARangeListedBeforeAnotherGroupCountsItsLowerBound() =>
        Assert.Equal(6, One("At least 3-8 policemen and 3 militiamen were killed in an attack on a checkpoint in Ghazni, Afghanistan, on May 27.").Fatalities);

    [Theory]
    [InlineData("Bandits killed three herders near Marsabit, Kenya, on May 27, two days after the same gang executed 11 villagers.", 3)]
    [InlineData("Two traders were shot dead in Garissa, Kenya, on May 27, just 24 hours after one person was killed in the town.", 2)]
    [InlineData("On May 27 raiders killed 2 herders near Garsen, Kenya, in revenge for 4 farmers killed last month.", 2)]
    [InlineData("Gunmen shot dead 3 villagers near Garsen, Kenya, on May 27 in a reprisal attack for the killing of 5 herders.", 3)]
    public void DeathsToldAsEarlierAreNotThisEventsToll(string text, int fatalities) => Assert.Equal(fatalities, One(text).Fatalities);

    [Theory]
    [InlineData("Gunmen attacked a bus near Mandera, Kenya, on May 27, killing four passengers. Conflicting reports have nine deaths.", 4)]
    [InlineData("Four soldiers were killed near Mandera, Kenya, on May 27; a second report has six soldiers killed.", 4)]
    public void AnotherAccountsFigureIsNotAdded(string text, int fatalities) => Assert.Equal(fatalities, One(text).Fatalities);

    [Fact]
    public void AnotherAccountsFigureIsTheTollWhenTheReportGivesNone() =>
        Assert.Equal(2, One("Gunmen attacked a bus near Mandera, Kenya, on May 27. Conflicting reports have two passengers killed.").Fatalities);

    [Theory]
    [InlineData("Four suspects linked to the market bombings were shot dead by police in Lamu, Kenya, on May 27.", 4)]
    [InlineData("Two gunmen involved in the raids were killed by soldiers near Mandera, Kenya, on May 27.", 2)]
    public void OnlyTheHeadOfACountedPhraseSaysWhatWasCounted(string text, int fatalities) => Assert.Equal(fatalities, One(text).Fatalities);

    [Theory]
    [InlineData("Two bombs in the crowded market killed 5 people.", 5)]
    [InlineData("Three rockets from the hills killed 4 civilians.", 4)]
    public void ThingsCountedAreStillNoVictims(string text, int killed) => Assert.Equal(killed, Killed(text));
}
