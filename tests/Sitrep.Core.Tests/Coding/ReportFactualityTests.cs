namespace Sitrep.Core.Tests.Coding;

/// <summary>Only what a report asserts happened, within its window, becomes an event: datelines, background and negations.</summary>
public class ReportFactualityTests
{
    private static readonly DateOnly Published = new(2024, 9, 3);

    [Fact]
    public void ADatelineDatesTheReportNotTheEvent()
    {
        var events = TestPipeline.Run(
            "KABUL, Sept 3 (Test Wire) - A suicide bomber killed six people outside a municipal office in Kabul, Afghanistan, on Monday evening, police said.",
            Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-09-02", e.EventDate);
        Assert.Equal("Suicide bomb", e.SubEventType);
    }

    [Fact]
    public void ADatelineWithoutAnotherDateLeavesThePublicationDate()
    {
        var e = Assert.Single(TestPipeline.Run(
            "KABUL, Sept 3 (Test Wire) - Gunmen killed two guards at a checkpoint in Kabul, Afghanistan, police said.", Published));
        Assert.Equal("2024-09-03", e.EventDate);
    }

    [Fact]
    public void SomethingDatedLongBeforeTheReportIsBackground()
    {
        var events = TestPipeline.Run(
            "Gunmen attacked a police post in Kunduz, Afghanistan, on Monday, killing two officers.\n\n" +
            "The province was the scene of a major Taliban offensive in August 2021.", Published);
        var e = Assert.Single(events);
        Assert.Equal("2024-09-02", e.EventDate);
    }

    [Theory]
    [InlineData("No clashes were reported in Kunduz, Afghanistan, on Monday.")]
    [InlineData("There was no fighting in Kunduz, Afghanistan, on Monday, a police spokesman said.")]
    [InlineData("Residents said the army did not attack the village near Kunduz, Afghanistan, on Monday.")]
    public void ANegatedEventIsNoEvent(string text) => Assert.Empty(TestPipeline.Run(text, Published));

    [Fact]
    public void ANegationBesideARealEventLeavesTheEvent()
    {
        var e = Assert.Single(TestPipeline.Run(
            "An air strike killed three civilians in Kunduz, Afghanistan, on Monday. No ground fighting was reported.", Published));
        Assert.Equal("Air/drone strike", e.SubEventType);
    }

    [Fact]
    public void ADatelinesAgencyIsNoActor()
    {
        var e = Assert.Single(TestPipeline.Run(
            "DAMASCUS, Sept 3 (Levant Press Agency) - An air strike hit an army position near al-Kiswah, Syria, late on Monday, killing one soldier.",
            Published));
        Assert.DoesNotContain("Journalists", e.Actor1 + e.Actor2 + e.AssocActor1 + e.AssocActor2);
        Assert.Equal("Air/drone strike", e.SubEventType);
    }

    [Fact]
    public void APlannedDemonstrationOnALaterDateIsNoEvent() =>
        Assert.Empty(TestPipeline.Run(
            "Opposition groups called for demonstrations in Nairobi, Kenya, on 10 September 2024.\n\n" +
            "The police said officers would be deployed to protect government buildings.", Published));

    [Fact]
    public void ADeniedReportIsNoEvent() =>
        Assert.Empty(TestPipeline.Run(
            "The ministry rejected as baseless reports alleging clashes between the army and rebels in Panjshir, Afghanistan, this week.", Published));

    [Fact]
    public void AForecastIsNoEvent() =>
        Assert.Empty(TestPipeline.Run("Commanders expect Russian forces to step up ground attacks around Huliaipole, Ukraine, in the coming weeks.", Published));

    [Fact]
    public void LastYearsKillingIsBackground()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Protesters rallied in Suwayda, Syria, on Monday against the government.\n\nLast year, security forces shot dead a protester in the city.",
            Published));
        Assert.Equal("Protests", e.EventType);
    }

    [Fact]
    public void OvernightInAReportIsTheReportsDay()
    {
        var e = Assert.Single(TestPipeline.Run("Russian missiles struck an industrial site in Kharkiv, Ukraine, overnight, killing two workers.", Published));
        Assert.Equal("2024-09-03", e.EventDate);
    }

    [Fact]
    public void ATallySoFarThisYearIsNoEvent()
    {
        var e = Assert.Single(TestPipeline.Run(
            "Gunmen attacked a police post in Kunduz, Afghanistan, on Monday, killing two officers.\n\n" +
            "Militants have fought government forces in the province dozens of times so far this year.", Published));
        Assert.Equal("2024-09-02", e.EventDate);
    }
}
