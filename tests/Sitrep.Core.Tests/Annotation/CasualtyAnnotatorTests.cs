using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

public class CasualtyAnnotatorTests
{
    private static CasualtyMention One(string text) => Assert.Single(CasualtyAnnotator.Annotate(text));

    [Theory]
    [InlineData("Three soldiers were killed in the ambush.", CasualtyKind.Killed, 3)]
    [InlineData("At least 6 members of the group died in the blast.", CasualtyKind.Killed, 6)]
    [InlineData("Two civilians were reported dead after the raid.", CasualtyKind.Killed, 2)]
    [InlineData("The strike killed 4 fighters near the town.", CasualtyKind.Killed, 4)]
    [InlineData("Gunmen shot dead two farmers.", CasualtyKind.Killed, 2)]
    [InlineData("Five policemen were injured when the bomb went off.", CasualtyKind.Injured, 5)]
    [InlineData("The shelling wounded eleven people.", CasualtyKind.Injured, 11)]
    [InlineData("Seven fighters were captured during the assault.", CasualtyKind.Captured, 7)]
    [InlineData("Gunmen abducted three aid workers.", CasualtyKind.Abducted, 3)]
    [InlineData("Two teachers were kidnapped on the road.", CasualtyKind.Abducted, 2)]
    [InlineData("Police arrested 14 people after the march.", CasualtyKind.Arrested, 14)]
    public void CountsWithTheirVerb(string text, CasualtyKind kind, int count)
    {
        var c = One(text);
        Assert.Equal(kind, c.Kind);
        Assert.Equal(count, c.Count);
        Assert.False(c.Uncertain);
    }

    [Theory]
    [InlineData("Raiders burned huts in Tumbu on March 9 in reprisal for 3 herders killed, and 2 villagers died.", 2)]
    [InlineData("Fighting resumed on June 14 in the hills and six soldiers were killed.", 6)]
    public void ADayAfterAMonthIsNoCount(string text, int killed)
    {
        var deaths = CasualtyAnnotator.Annotate(text).Where(c => c.Kind == CasualtyKind.Killed).ToList();
        Assert.DoesNotContain(deaths, c => c.Count is 9 or 14);
        Assert.Contains(deaths, c => c.Count == killed);
    }

    [Theory]
    [InlineData("Raiders hit two villages in Turkana in August. 31 killed.", 31)]
    [InlineData("14 Sep. 5 killed by gunmen on the highway.", 5)]
    [InlineData("On 3 March 12 people were killed by gunmen.", 12)]
    public void ACountAfterAFullDateOrASentenceStillCounts(string text, int killed) =>
        Assert.Contains(CasualtyAnnotator.Annotate(text), c => c.Kind == CasualtyKind.Killed && c.Count == killed);

    [Fact]
    public void NeutralizedIsUncertain()
    {
        var c = One("The army said it neutralized over 20 militants in the operation.");
        Assert.Equal(CasualtyKind.Killed, c.Kind);
        Assert.Equal(20, c.Count);
        Assert.True(c.Uncertain);
    }

    [Theory]
    [InlineData("Unknown gunmen shot him dead outside his shop on Monday.")]
    [InlineData("The attackers killed her in front of her children.")]
    [InlineData("A crowd stoned him to death near the market.")]
    [InlineData("A woman accused of witchcraft was stoned to death by a crowd.")]
    [InlineData("A mob beat a suspected thief to death at the market.")]
    [InlineData("Gunmen shot and killed a 31-year-old man outside the market.")]
    [InlineData("Gunmen killed a 45 year old trader outside the market.")]
    [InlineData("A mob burned alive a suspected cattle thief near the market.")]
    [InlineData("A suspected cattle thief was burned alive near the market.")]
    [InlineData("A police officer fatally shot a man at a roadblock.")]
    [InlineData("A young boy was fatally wounded when police fired live rounds.")]
    [InlineData("Police beat a hawker at the market. He died shortly afterwards.")]
    [InlineData("Police beat a hawker at the market. He died in hospital of his injuries.")]
    [InlineData("Gunmen stormed the village on Monday night, killing the community's monarch.")]
    public void OneVictimNamedByAPronounOrANounIsOneKilled(string text)
    {
        var c = One(text);
        Assert.Equal(CasualtyKind.Killed, c.Kind);
        Assert.Equal(1, c.Count);
    }

    [Fact]
    public void TheCountedSubjectOfAnActiveVerbIsNoVictim()
    {
        // "Three gunmen shoot and kill a trader": the gunmen shoot, the trader dies; the list before a verb is its subject.
        var c = One("Three masked gunmen shoot and kill a trader in the market.");
        Assert.Equal(1, c.Count);
        Assert.Equal("trader", c.Victims);
    }

    [Fact]
    public void ShotWithoutDeadIsNoDeath() =>
        Assert.DoesNotContain(CasualtyAnnotator.Annotate("Police shot him in the leg during the arrest."), c => c.Kind == CasualtyKind.Killed);

    [Fact]
    public void UpToIsUncertain()
    {
        var c = One("Up to 10 villagers were killed in the attack.");
        Assert.Equal(10, c.Count);
        Assert.True(c.Uncertain);
    }

    [Fact]
    public void VictimsAndSpanPointIntoTheText()
    {
        const string text = "On Monday, two civilians were killed in the village.";
        var c = One(text);
        Assert.Equal("civilians", c.Victims);
        Assert.NotNull(c.VictimSpan);
        Assert.Equal("civilians", text[c.VictimSpan.Value.Start..c.VictimSpan.Value.End]);
        Assert.StartsWith("two civilians", text[c.Span.Start..c.Span.End]);
    }

    [Fact]
    public void KillingAndWoundingInOneSentence()
    {
        var found = CasualtyAnnotator.Annotate("The blast killed three soldiers and wounded five others.");
        Assert.Contains(found, c => c.Kind == CasualtyKind.Killed && c.Count == 3);
        Assert.Contains(found, c => c.Kind == CasualtyKind.Injured && c.Count == 5);
        Assert.Equal(2, found.Count);
    }

    [Fact]
    public void ListSharingOneVerbCountsEachPart()
    {
        var found = CasualtyAnnotator.Annotate("Six soldiers and four militants were killed in the clashes.");
        Assert.Equal(10, found.Where(c => c.Kind == CasualtyKind.Killed).Sum(c => c.Count));
    }

    [Fact]
    public void SubsetAfterIncludingIsNotCountedAgain()
    {
        var found = CasualtyAnnotator.Annotate("The airstrike killed nine people, including two children killed in their home.");
        Assert.Equal(9, found.Where(c => c.Kind == CasualtyKind.Killed).Sum(c => c.Count));
    }

    [Theory]
    [InlineData("Militants fired 3 rockets that killed nobody.")]
    [InlineData("The army destroyed 4 vehicles in the raid.")]
    [InlineData("Two shells landed in an empty field.")]
    public void CountsOfThingsAreNotCasualties(string text) =>
        Assert.Empty(CasualtyAnnotator.Annotate(text));

    [Fact]
    public void RocketsCountedNextToPeopleOnlyCountPeople()
    {
        var found = CasualtyAnnotator.Annotate("Militants fired 3 rockets at the base, killing 2 soldiers.");
        var c = Assert.Single(found);
        Assert.Equal(2, c.Count);
        Assert.Equal(CasualtyKind.Killed, c.Kind);
    }

    [Fact]
    public void DeathTollPhrase()
    {
        var c = One("The death toll rose to 17 on Tuesday.");
        Assert.Equal(17, c.Count);
        Assert.Equal(CasualtyKind.Killed, c.Kind);
    }

    [Fact]
    public void NoCasualtiesIsACueNotACount()
    {
        const string text = "The shells hit an empty school; no casualties were reported.";
        Assert.Empty(CasualtyAnnotator.Annotate(text));
        var cues = CueAnnotator.LoadBundled().Annotate(text);
        var cue = Assert.Single(cues, c => c.Kind == "no_casualties");
        Assert.Equal("fatalities", cue.Value);
        Assert.Contains("no casualties", text[cue.Span.Start..cue.Span.End]);
    }

    [Fact]
    public void NobodyHurtIsAnInjuryCue()
    {
        var cues = CueAnnotator.LoadBundled().Annotate("The device exploded but no injuries were caused.");
        Assert.Contains(cues, c => c.Kind == "no_casualties");
    }

    [Theory]
    [InlineData("Between 12 and 20 villagers were killed in the raid.", 12)]
    [InlineData("Some 12-20 villagers were killed in the raid.", 12)]
    [InlineData("Medics said 12 to 20 villagers were killed in the raid.", 12)]
    public void ARangeCountsItsLowerBound(string text, int count) => Assert.Equal(count, One(text).Count);

    [Fact]
    public void NamesRecordedOfSomeOfTheDeadAreNoFurtherDeaths()
    {
        var found = CasualtyAnnotator.Annotate("Medics said 20 villagers were killed; they have named 14 of the dead so far.");
        Assert.Equal(20, Assert.Single(found, c => c.Kind == CasualtyKind.Killed).Count);
    }

    [Fact]
    public void ACountWithItsOwnVerbAfterADeathToll()
    {
        var found = CasualtyAnnotator.Annotate("The bomb killed four traders, and nine others were injured.");
        Assert.Equal(4, Assert.Single(found, c => c.Kind == CasualtyKind.Killed).Count);
        Assert.Equal(9, Assert.Single(found, c => c.Kind == CasualtyKind.Injured).Count);
    }

    [Theory]
    [InlineData("Gunmen abducted a trader on Monday. His body was found on Wednesday.")]
    [InlineData("A bomb exploded on the road, killing the driver and injuring two passengers.")]
    public void OneVictimBesideOtherCasualtiesIsOneKilled(string text) =>
        Assert.Contains(CasualtyAnnotator.Annotate(text), c => c.Kind == CasualtyKind.Killed && c.Count == 1);

    [Theory]
    [InlineData("Gunmen kill village spokesman in Marsabit.")]
    [InlineData("A herder was on Tuesday night lynched by villagers in Meru.")]
    [InlineData("The clerk was attacked and killed by a crowd outside the court.")]
    [InlineData("Villagers stone suspected cattle thief to death in Nyeri.")]
    [InlineData("Soldiers gun down a suspected smuggler at the border post.")]
    [InlineData("Youths retaliated by lynching the suspect near the market.")]
    [InlineData("Raiders ambushed the lorry after killing their driver, a local herder.")]
    [InlineData("Unknown men broke into the house of a trader, killing and robbing him.")]
    [InlineData("A crowd lynches and burns a suspected thief in Embu.")]
    [InlineData("A boy was beaten at the border crossing and died from his injuries.")]
    [InlineData("Police shot one robber, who later died, and arrested two others.")]
    [InlineData("A hawker was hit by an officer with a baton, leading to his death.")]
    public void OneVictimToldInOtherWaysIsOneKilled(string text) =>
        Assert.Contains(CasualtyAnnotator.Annotate(text), c => c.Kind == CasualtyKind.Killed && c.Count == 1);

    [Theory]
    [InlineData("At least nine people, including four women, were killed when gunmen raided the village.", 9)]
    [InlineData("Twelve herders, among them two boys, died in the raid on the camp.", 12)]
    [InlineData("Five people were feared dead after the boat was shot at.", 5)]
    [InlineData("A vigilante group beat to death three suspected robbers in Thika.", 3)]
    [InlineData("The death toll in the attack on Friday by armed herders at a market in the south of the county has risen to 14.", 14)]
    public void CountsToldWithAnAsideOrAVerbFirst(string text, int count)
    {
        var dead = CasualtyAnnotator.Annotate(text).Where(c => c.Kind == CasualtyKind.Killed).ToList();
        Assert.Equal(count, Assert.Single(dead).Count);
    }

    [Fact]
    public void AnAsideNamingArmedDeadTellsWhoTheVictimsAre()
    {
        var dead = Assert.Single(CasualtyAnnotator.Annotate("Eight people, including three soldiers, were killed in the fighting."));
        Assert.Equal(8, dead.Count);
        Assert.Contains("soldiers", dead.Victims);
        var hurt = Assert.Single(CasualtyAnnotator.Annotate("Eight people, including three soldiers, were injured in the fighting."));
        Assert.DoesNotContain("soldiers", hurt.Victims);
    }

    [Theory]
    [InlineData("Police shot a robber, but he survived his injuries.")]
    [InlineData("A trader was attacked and wounded by a crowd in the market.")]
    [InlineData("Villagers stoned two suspected thieves in Nyeri.")]
    public void NoDeathIsToldHere(string text) =>
        Assert.DoesNotContain(CasualtyAnnotator.Annotate(text), c => c.Kind == CasualtyKind.Killed);
}
