using Sitrep.Core.Merging;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Merging;

/// <summary>How one incident's reports combine: tolls that respect silence, the most precise date, each outlet once.</summary>
public class EventCombinerTests
{
    private static ResolvedEvent Report(string doc, string outlet, int fatalities, bool statesDeaths, string date = "2024-03-11", int timePrecision = 1,
        int geoPrecision = 1, int? injuries = null) => new()
    {
        EventId = "SITREP-" + doc,
        DocIds = [doc],
        EventDate = date,
        TimePrecision = timePrecision,
        EventType = "Battles",
        SubEventType = "Armed clash",
        Location = "Place " + doc,
        GeoPrecision = geoPrecision,
        Source = outlet,
        Fatalities = fatalities,
        Injuries = injuries,
        Evidence = Spans(doc, statesDeaths, injuries is not null),
    };

    private static Dictionary<string, IReadOnlyList<Evidence>> Spans(string doc, bool deaths, bool injured)
    {
        var d = new Dictionary<string, IReadOnlyList<Evidence>> { ["event_type"] = [new Evidence(doc, 0, 7, "clashed")] };
        if (deaths) d["fatalities"] = [new Evidence(doc, 10, 18, "N killed")];
        if (injured) d["injuries"] = [new Evidence(doc, 20, 29, "N injured")];
        return d;
    }

    [Fact]
    public void AReportSilentAboutDeathsIsNotAZero()
    {
        var e = EventCombiner.Combine([
            new MergeMember(Report("a", "A", 0, statesDeaths: false), null),
            new MergeMember(Report("b", "B", 7, statesDeaths: true), "test"),
            new MergeMember(Report("c", "C", 5, statesDeaths: true), "test")]);
        Assert.Equal(5, e.Fatalities);
        Assert.Contains("1 report silent about deaths", e.Merge!.Why[^1]);
        // The silent outlet's claim asserts no figure; the others keep theirs.
        Assert.Null(Assert.Single(e.Claims, c => c.Source.StartsWith("A (", StringComparison.Ordinal)).Asserts["fatalities"]);
        Assert.Equal(7, Assert.Single(e.Claims, c => c.Source.StartsWith("B (", StringComparison.Ordinal)).Asserts["fatalities"]);
    }

    [Fact]
    public void ExplicitNoCasualtiesIsAStatedZero()
    {
        var e = EventCombiner.Combine([
            new MergeMember(Report("a", "A", 0, statesDeaths: true), null),
            new MergeMember(Report("b", "B", 3, statesDeaths: true), "test")]);
        Assert.Equal(0, e.Fatalities);
    }

    [Fact]
    public void InjuriesCountOnlyFromReportsThatStateThem()
    {
        var e = EventCombiner.Combine([
            new MergeMember(Report("a", "A", 2, statesDeaths: true, injuries: 0) with { Evidence = Spans("a", true, false) }, null),
            new MergeMember(Report("b", "B", 2, statesDeaths: true, injuries: 6), "test")]);
        Assert.Equal(6, e.Injuries);
    }

    [Fact]
    public void TheDateComesFromTheMostPreciseReportAndEachOutletIsListedOnce()
    {
        var e = EventCombiner.Combine([
            new MergeMember(Report("a", "SOHR; Reuters", 1, true, date: "2024-03-14", timePrecision: 2, geoPrecision: 1), null),
            new MergeMember(Report("b", "reuters", 1, true, date: "2024-03-11", timePrecision: 1, geoPrecision: 2), "test")]);
        Assert.Equal("2024-03-11", e.EventDate);
        Assert.Equal(1, e.TimePrecision);
        Assert.Equal("Place a", e.Location);
        Assert.Equal("SOHR; Reuters", e.Source);
    }
}
