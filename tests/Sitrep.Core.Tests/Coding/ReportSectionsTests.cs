namespace Sitrep.Core.Tests.Coding;

/// <summary>Long-form reports: sections that give context, aftermath or advice, summaries under their own heading, measures
/// taken in answer to the violence, bodies found later, and dates told once in the lead.</summary>
public class ReportSectionsTests
{
    private static readonly DateOnly Published = new(2024, 3, 20);

    [Fact]
    public void AContextOrRecommendationsSectionGivesNoEvent()
    {
        var events = TestPipeline.Run(
            "FIELD NOTE - Kidal region, Mali\n\n" +
            "1. Incident\nOn 17 March 2024, gunmen attacked the weekly market in Tessalit, Mali, killing four traders.\n\n" +
            "2. CONTEXT AND TRENDS\nArmed groups have burned dozens of shops across the region, and the army withdrew from two posts nearby.\n\n" +
            "3. RECOMMENDATIONS\nDonors should fund the rebuilding of destroyed shops and the replacement of looted stock.", Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-03-17", e.EventDate);
        Assert.Equal(4, e.Fatalities);
    }

    [Fact]
    public void ANumberedHighlightsSectionRetellsTheIncidentsBelowIt()
    {
        var events = TestPipeline.Run(
            "SITUATION BULLETIN No. 4\n\n" +
            "1.\n\nHIGHLIGHTS\n\n" +
            "Gunmen attacked a village near Tessalit, Mali, and 30 civilians were killed across the region this week.\n\n" +
            "2.\n\nINCIDENTS\n\n" +
            "On 17 March 2024, gunmen attacked the weekly market in Tessalit, Mali, killing four traders.", Published);
        var e = Assert.Single(events);
        Assert.Equal(4, e.Fatalities);
    }

    [Theory]
    [InlineData("A night curfew has been imposed in the town.")]
    [InlineData("Soldiers were deployed to the town after the attack.")]
    [InlineData("The gunmen withdrew towards the hills before troops arrived.")]
    public void AMeasureTakenAfterTheViolenceIsNoEventOfItsOwn(string measure)
    {
        var events = TestPipeline.Run(
            "Gunmen attacked the weekly market in Tessalit, Mali, on Sunday, killing four traders, local officials said.\n\n" + measure,
            Published);
        var e = Assert.Single(events);
        Assert.Equal("Violence against civilians", e.EventType);
    }

    [Fact]
    public void AMeasureThatIsTheWholeNewsStaysAnEvent()
    {
        var e = Assert.Single(TestPipeline.Run("Authorities imposed a curfew in Tessalit, Mali, on Sunday.", Published));
        Assert.Equal("Change to group/activity", e.SubEventType);
    }

    [Fact]
    public void BodiesFoundOnLaterDaysAreTheAttacksDeadOnTheAttacksDay()
    {
        var events = TestPipeline.Run(
            "SITUATION REPORT\n\n" +
            "Gunmen attacked the village of Tessalit, Mali, late on Friday 15 March. Rescuers recovered 9 bodies on Saturday 16 March, " +
            "and 3 more bodies were found in the fields on Sunday 17 March, bringing the death toll to 12.\n\n" +
            "Aid workers said the survivors had fled to Kidal.", Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-03-15", e.EventDate);
        Assert.Equal(12, e.Fatalities);
    }

    [Fact]
    public void AWeekdayBeforeItsDateIsThatDate()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Gunmen attacked the weekly market in Tessalit, Mali, on Friday 8 March, killing four traders.", Published));
        Assert.Equal("2024-03-08", e.EventDate);
    }

    [Fact]
    public void AParagraphWithoutADateOfItsOwnHappenedOnTheLeadsDay()
    {
        var events = TestPipeline.Run(
            "Police fired tear gas at demonstrators in Bamako, Mali, on Monday, and a crowd looted a warehouse in Kayes, witnesses said.\n\n" +
            "In Bamako, several hundred people marched against power cuts before police dispersed them with tear gas.\n\n" +
            "In Kayes, a crowd broke into a government grain warehouse and carried away sacks of rice.", Published);
        Assert.NotEmpty(events);
        Assert.All(events, e => Assert.Equal("2024-03-18", e.EventDate));
    }

    [Fact]
    public void AnOfficialsConfirmationOnALaterDayIsTheSameIncident()
    {
        var events = TestPipeline.Run(
            "A car bomb exploded outside a market in Gao, Mali, on Monday, killing five people, witnesses said.\n\n" +
            "On Tuesday, the interior ministry confirmed that five people had died in the blast.", Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-03-18", e.EventDate);
    }

    [Fact]
    public void FightingThatSpreadsToAnotherTownOnAnotherDayIsAnotherEvent()
    {
        var events = TestPipeline.Run(
            "Rebels attacked an army base in Kalehe, Congo, on Monday, and four soldiers were killed, a local official said.\n\n" +
            "On Tuesday, the fighting spread south to Minova, where six more soldiers were killed, according to the official.", Published);
        Assert.Equal(2, events.Count);
        Assert.Contains(events, e => e.EventDate == "2024-03-18" && e.Fatalities == 4);
        Assert.Contains(events, e => e.EventDate == "2024-03-19" && e.Fatalities == 6);
    }

    [Fact]
    public void FightingThatSpreadsTheSameDayIsTheSameBattle()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Rebels and soldiers clashed in Kalehe, Congo, on Monday. The fighting spread to nearby hills. Four soldiers were killed.", Published));
        Assert.Equal(4, e.Fatalities);
    }

    [Fact]
    public void AParagraphsOpeningSceneDatesWhatItTellsAndACountByALaterDayDoesNot()
    {
        var events = TestPipeline.Run(
            "HUMAN RIGHTS MONITOR - Tessalit, Mali\n\n" +
            "1. Background\nThe monitor has followed the situation in the region since 2012.\n\n" +
            "2. Incident\nIn the early hours of Thursday 14 March, armed men arrived in Tessalit, Mali, on motorbikes. " +
            "They went from house to house, shooting residents. Relatives said seven people were killed; by 17 March they had " +
            "buried all seven.", Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-03-14", e.EventDate);
        Assert.Equal(7, e.Fatalities);
    }

    [Fact]
    public void ASectionOfUnverifiedInformationGivesNoEvent()
    {
        var events = TestPipeline.Run(
            "PROTECTION UPDATE - Kidal region, Mali\n\n" +
            "1. INCIDENTS\nOn 17 March 2024, gunmen attacked the weekly market in Tessalit, Mali, killing four traders.\n\n" +
            "2. OTHER INFORMATION RECEIVED (NOT VERIFIED)\n- Army aircraft struck rebel positions in the " +
            "Aguelhok area during the week. We have no details of dates or casualties.", Published);
        var e = Assert.Single(events);
        Assert.Equal("Violence against civilians", e.EventType);
    }

    [Fact]
    public void AnAnalysisSectionGivesNoEvent()
    {
        var events = TestPipeline.Run(
            "LAKE REGION SECURITY DIGEST\nWeekly edition - Wednesday 20 March 2024\n\n" +
            "Incidents\n- Lac province - Monday 18 March. Boko Haram fighters attacked an army post near Ngouboua, Chad, killing three soldiers, local sources said.\n\n" +
            "=====\nANALYSIS: THE ISLAND WAR\n=====\n\n" +
            "The militia's fighters, poorly paid and recruited from a few clans, have been accused by rights groups of abuses against fishermen. " +
            "The blockade of the islands by the insurgents continued, with traders paying levies to cross the lake and the army escorting convoys.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-03-18", e.EventDate);
    }
}
