namespace Sitrep.Core.Tests.Coding;

/// <summary>News copy: a battle's toll is both sides' dead, even when a source gives one side's losses; a lead that joins two
/// incidents in two places is two events.</summary>
public class NewsTollsTests
{
    private static readonly DateOnly Published = new(2024, 3, 20);

    [Fact]
    public void TheOtherSidesDeadGivenByASourceAddToTheBattlesToll()
    {
        var events = TestPipeline.Run(
            "KIDAL, March 20 - Militants attacked an army post near Tessalit, Mali, on Monday, killing three soldiers, residents said.\n\n" +
            "An army spokesman said troops had fought back, killing eight attackers.", Published);
        var e = Assert.Single(events);
        Assert.Equal("Battles", e.EventType);
        Assert.Equal(11, e.Fatalities);
    }

    [Fact]
    public void ACompetingFigureForTheSameDeadDoesNotAdd()
    {
        var events = TestPipeline.Run(
            "KIDAL, March 20 - Militants attacked an army post near Tessalit, Mali, on Monday, killing three soldiers, residents said.\n\n" +
            "A local official said six soldiers had been killed.", Published);
        var e = Assert.Single(events);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void APartysOwnClaimOfEnemyDeadDoesNotAdd()
    {
        var events = TestPipeline.Run(
            "KIDAL, March 20 - Militants attacked an army post near Tessalit, Mali, on Monday, killing three soldiers, residents said.\n\n" +
            "The group claimed in a statement that it had killed 40 soldiers.", Published);
        var e = Assert.Single(events);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void AStatementRetellingTheBattleAddsTheAttackersDead()
    {
        var events = TestPipeline.Run(
            "KIDAL, March 20 - Militants ambushed an army convoy near Tessalit, Mali, on Monday, killing five soldiers, the army said.\n\n" +
            "The convoy came under fire on the road north of the town. The statement said troops \"responded vigorously\", killing \"about " +
            "fifteen terrorists\", and that five soldiers had been killed.", Published);
        var e = Assert.Single(events);
        Assert.Equal(20, e.Fatalities);
    }

    [Fact]
    public void ALeadThatMovesOnToAnotherPlaceIsTwoIncidents()
    {
        var events = TestPipeline.Run(
            "KIDAL, March 20 - Gunmen killed four traders at the market in Tessalit, Mali, on Monday, and a roadside bomb killed two " +
            "soldiers further south, officials said.\n\n" +
            "The bomb went off as an army truck passed near Anefis, in Kidal region, on Monday afternoon.", Published);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Location == "Tessalit" && e.Fatalities == 4 && e.EventType == "Violence against civilians");
        Assert.Contains(events, e => e.SubEventType == "Remote explosive/landmine/IED" && e.Fatalities == 2);
    }

    [Fact]
    public void AOneParagraphNoteNamingTwoPlacesStaysOneEvent()
    {
        var events = TestPipeline.Run(
            "On 18 March 2024, gunmen killed four traders at the market in Tessalit, Mali, and burned two shops further south.", Published);
        Assert.Single(events);
    }

    [Fact]
    public void OneOfTheAttackersKilledByTroopsAddsToTheSoldiersDead()
    {
        var events = TestPipeline.Run(
            "KIDAL, March 20 - Militants killed two soldiers in an attack on an army post near Tessalit, Mali, late on Monday, officials said.\n\n" +
            "Soldiers returned fire and killed one of the attackers, whose body was left at the post, two officers said.", Published);
        var e = Assert.Single(events);
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void AnAttributedTollInABulletinSectionBelongsToThatSectionsIncident()
    {
        var events = TestPipeline.Run(
            "SECURITY DIGEST\n\n" +
            "- Kidal region - Monday 18 March. Militants attacked an army post at the entrance of Tessalit, Mali. Local sources said two " +
            "soldiers were killed.\n\n" +
            "- Gao region - Tuesday 19 March. A vehicle carrying soldiers struck an explosive device on the road near Ansongo, Mali. Four " +
            "soldiers were killed, according to two security sources.", Published);
        Assert.Contains(events, e => e.EventDate == "2024-03-18" && e.Fatalities == 2);
        Assert.Contains(events, e => e.EventDate == "2024-03-19" && e.SubEventType == "Remote explosive/landmine/IED" && e.Fatalities == 4);
    }

    [Fact]
    public void AStorysLeadDatedOnlyByItsAnnouncementTakesTheAnnouncementsDay()
    {
        var events = TestPipeline.Run(
            "BAMAKO, March 20 - Rebels said on Monday they had shot down an army drone over the Kidal region of Mali.\n\n" +
            "A rebel spokesman said in a statement late on Monday that fighters had downed the drone near Tessalit with a machine gun.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-03-18", e.EventDate);
    }

    [Fact]
    public void WhatFollowsOnFromAnIncidentDatedOnlyByAStatementTakesTheLeadsDay()
    {
        var events = TestPipeline.Run(
            "GAO, Mali - Gunmen killed three people in one village and kidnapped 12 others from a neighbouring village late on Sunday, " +
            "police said.\n\n" +
            "The gunmen first stormed Tessalit, shooting dead three men, a police spokesman said on Monday.\n\n" +
            "The gunmen then rode on to Anefis, where they abducted 12 people, residents said.", new DateOnly(2024, 3, 19));
        Assert.All(events, e => Assert.Equal("2024-03-17", e.EventDate));
    }

    [Fact]
    public void ASentenceThatMovesOnToTheNextDayIsItsOwnIncident()
    {
        var events = TestPipeline.Run(
            "BAMAKO, March 20 - Rebels took control of the town of Tessalit, Mali, on Monday after overwhelming soldiers, officials said. " +
            "The following day, gunmen killed four people in Anefis.\n\n" +
            "Hundreds of rebels attacked the army base in Tessalit early on Monday, killing two soldiers, an army officer said.\n\n" +
            "On Tuesday, gunmen opened fire on travellers on the edge of Anefis, killing four, a local official said.", Published);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.Location == "Tessalit" && e.EventDate == "2024-03-18" && e.Fatalities == 2);
        Assert.Contains(events, e => e.EventDate == "2024-03-19" && e.Fatalities == 4);
    }

    [Theory]
    [InlineData("killing four people in addition to herself", 5)]
    [InlineData("killing four people", 4)]
    [InlineData("killing four people, including the bomber", 4)]
    public void ABomberCountedBesideTheDeadAddsOne(string words, int dead)
    {
        var e = Assert.Single(TestPipeline.Run(
            $"GAO, March 20 - A suicide bomber blew herself up in the market of Ansongo, Mali, on Monday, {words}, officials said.", Published));
        Assert.Equal(dead, e.Fatalities);
    }

    [Theory]
    [InlineData("wounding two people", "Shelling/artillery/missile attack")]
    [InlineData("causing no casualties", "Disrupted weapons use")]
    public void ABarrageToldAsFiredAndAsInterceptedIsOneEvent(string harm, string subType)
    {
        var events = TestPipeline.Run(
            $"BEIRUT, March 20 - Militants fired a barrage of rockets at the Syrian town of Qusayr on Monday, {harm}, officials said.\n\n" +
            "About 20 rockets were launched towards Qusayr on Monday afternoon, most of which were intercepted by air defences, the army said.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal(subType, e.SubEventType);
    }

    [Fact]
    public void AirDefencesThatConfrontAStrikeMakeNoBattle()
    {
        var e = Assert.Single(TestPipeline.Run(
            "DAMASCUS, March 20 - An Israeli air strike hit an army position near Qatana, Syria, late on Monday, killing two soldiers, " +
            "the defence ministry said. It said air defences \"confronted the aggression\" and downed some of the missiles.", Published));
        Assert.Equal("Air/drone strike", e.SubEventType);
    }

    [Fact]
    public void ArmedMenIdentifiedAsAGroupAreThatGroup()
    {
        var e = Assert.Single(TestPipeline.Run(
            "GOMA, March 20 - On Monday, armed men identified by residents as M23 fighters attacked the village of Kibirizi, Democratic " +
            "Republic of Congo, killing six civilians, local officials said.", Published));
        Assert.Equal("Violence against civilians", e.EventType);
        Assert.StartsWith("M23", e.Actor1);
        Assert.DoesNotContain("Unidentified", e.Actor1 + e.AssocActor1 + e.Actor2);
    }

    [Fact]
    public void VictimsNamedByThemAreTheCountBeforeIt()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Gunmen entered Lagoro village in Kitgum, Uganda, on Monday night, tied up three traders and shot them dead, police said.", Published));
        Assert.Equal(3, e.Fatalities);
    }

    [Fact]
    public void ACountAlreadyDeadIsNotCountedAgainThroughThem()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Gunmen killed two farmers in Lagoro village in Kitgum, Uganda, on Monday night and burned them to death in their hut, police said.", Published));
        Assert.Equal(2, e.Fatalities);
    }
}
