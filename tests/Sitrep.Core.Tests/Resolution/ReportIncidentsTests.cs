using Sitrep.Core.Resolution;
using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>One report tells an incident several times; it is one event. Two incidents stay two.</summary>
public class ReportIncidentsTests
{
    private static readonly DateOnly Published = new(2024, 6, 13);

    [Fact]
    public void TheLeadAndItsElaborationsAreOneEventWithTheLeadsToll()
    {
        var events = TestPipeline.Run(
            "Air strikes on a village in Syria's Idlib province killed three civilians on Tuesday, a war monitor said.\n\n" +
            "The monitor said warplanes hit farmland on the outskirts of Sarmin, in the Idlib countryside, shortly before noon. " +
            "The dead were a farmer and his two sons.\n\n" +
            "Rescue workers said five people were wounded in the strikes.", Published);
        var e = Assert.Single(events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("2024-06-11", e.EventDate);
        Assert.Equal(3, e.Fatalities);
        Assert.Contains("folded", e.Classification);
    }

    [Fact]
    public void TwoClashesInTwoTownsStayTwoEvents()
    {
        var events = TestPipeline.Run(
            "Rebels clashed with the army in Idlib city, Syria, on Tuesday, killing four soldiers.\n\n" +
            "Separately, rebels clashed with the army in Latakia city on Tuesday, killing two rebels.", Published);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void TwoClashesOnTwoDaysStayTwoEvents()
    {
        var events = TestPipeline.Run(
            "Rebels clashed with the army in Idlib city, Syria, on Tuesday, killing four soldiers.\n\n" +
            "Rebels clashed with the army in Idlib city again on Wednesday, killing two rebels.", Published);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void AnAirStrikeAndShellingOfOnePlaceAreTwoIncidents()
    {
        var events = TestPipeline.Run(
            "Warplanes bombed the town of Sarmin in Idlib, Syria, on Tuesday, killing two civilians.\n\n" +
            "Government artillery shelled Sarmin on Tuesday, killing a woman.", Published);
        Assert.Equal(2, events.Count);
    }

    [Fact]
    public void EventsOfDifferentFamiliesAreNeverFolded()
    {
        var a = new ResolvedEvent { EventId = "a", DocIds = ["d"], EventType = "Protests", SubEventType = "Peaceful protest", EventDate = "2024-06-11" };
        var b = new ResolvedEvent { EventId = "b", DocIds = ["d"], EventType = "Battles", SubEventType = "Armed clash", EventDate = "2024-06-11" };
        Assert.False(ReportIncidents.SameIncident(a, b, out var why));
        Assert.Contains("families", why);
        Assert.Equal(2, ReportIncidents.Fold([a, b]).Count);
    }

    [Fact]
    public void ATollRisingTheNextDayIsTheSameIncident()
    {
        var events = TestPipeline.Run(
            "Warplanes bombed a market in Sarmin, in Syria's Idlib province, on Tuesday, killing ten people.\n\n" +
            "Rescue workers said on Wednesday that four more people had died in Sarmin.", Published);
        var e = Assert.Single(events);
        Assert.Equal("Air/drone strike", e.SubEventType);
        Assert.Equal("2024-06-11", e.EventDate);
        Assert.Contains("folded", e.Classification);
    }
}
