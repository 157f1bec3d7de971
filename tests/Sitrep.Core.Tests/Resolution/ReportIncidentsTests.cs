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

    private static ResolvedEvent Told(string id, string type, string sub, string location, string rule, string date = "2024-06-11",
        string actor1 = "", string inter1 = "", int fatalities = 0) => new()
    {
        EventId = id, DocIds = ["d"], EventType = type, SubEventType = sub, EventDate = date, Location = location,
        Country = "Kenya", Latitude = -1.2832, Longitude = 36.8428, GeoPrecision = 1, Classification = rule,
        Actor1 = actor1, Inter1 = inter1, Fatalities = fatalities,
        Evidence = fatalities > 0
            ? new Dictionary<string, IReadOnlyList<Evidence>> { ["fatalities"] = [new Evidence("d", 0, 20, "two men were shot dead")] }
            : new Dictionary<string, IReadOnlyList<Evidence>>(),
    };

    [Fact]
    public void AStreetToldWithAndWithoutItsCityIsOnePlace()
    {
        var a = Told("a", "Riots", "Violent demonstration", "Nairobi - Harambee Avenue", "ViolentCrowd: 'running battles'");
        var b = Told("b", "Riots", "Violent demonstration", "Harambee Avenue", "ViolentCrowd: 'throwing stones'");
        Assert.True(ReportIncidents.SameIncident(a, b, out var why), why);
        Assert.Single(ReportIncidents.Fold([a, b]));
    }

    [Fact]
    public void ProtestersShotWhereTheyMarchedThatDayAreTheProtestsExcessiveForce()
    {
        var march = Told("a", "Protests", "Peaceful protest", "Harambee Avenue", "PeacefulProtest: 'march'", actor1: "Protesters (Kenya)", inter1: "Protesters");
        var shot = Told("b", "Violence against civilians", "Attack", "Harambee Avenue", "AttackOnCivilians: 'shot dead'",
            actor1: "Unidentified Armed Group (Kenya)", inter1: "Political militia", fatalities: 2);
        var e = Assert.Single(ReportIncidents.Fold([march, shot]));
        Assert.Equal("Excessive force against protesters", e.SubEventType);
        Assert.Equal(2, e.Fatalities);
    }

    [Fact]
    public void ACrowdToldCalmAndViolentAtOnePlaceThatDayWasViolent()
    {
        var calm = Told("a", "Protests", "Peaceful protest", "Harambee Avenue", "PeacefulProtest: 'protesters'");
        var riot = Told("b", "Riots", "Violent demonstration", "Harambee Avenue", "ViolentCrowd: 'burning tyres'");
        Assert.Equal("Violent demonstration", Assert.Single(ReportIncidents.Fold([calm, riot])).SubEventType);
    }

    [Theory]
    [InlineData("Al Shabaab", "Rebel group", "2024-06-11")] // a named armed group's killing is its own incident
    [InlineData("Unidentified Armed Group (Kenya)", "Political militia", "2024-06-12")] // another day
    public void AKillingByANamedGroupOrOnAnotherDayIsNotTheProtests(string actor1, string inter1, string date)
    {
        var march = Told("a", "Protests", "Peaceful protest", "Harambee Avenue", "PeacefulProtest: 'march'");
        var shot = Told("b", "Violence against civilians", "Attack", "Harambee Avenue", "AttackOnCivilians: 'shot dead'", date, actor1, inter1, 2);
        Assert.Equal(2, ReportIncidents.Fold([march, shot]).Count);
    }
}
