using Sitrep.Core.Merging;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Tests.Merging;

/// <summary>Each rule of MergePolicy on hand-built report events: what joins, what is refused, and why.</summary>
public class MergePolicyTests
{
    // Maarat al-Numan and a point 3 km east of it; Kafr Nabl, 12 km west.
    private static ResolvedEvent Report(string doc, string outlet, string date = "2024-03-11", int timePrecision = 1, string? placeId = "170063",
        double lat = 35.6476, double lon = 36.6740, int geoPrecision = 1, string actor1 = "Military Forces of Russia (2000-)", string actor2 = "Civilians (Syria)",
        string type = "Explosions/Remote violence", string location = "Maarat al-Numan") => new()
    {
        EventId = "SITREP-" + doc,
        DocIds = [doc],
        EventDate = date,
        TimePrecision = timePrecision,
        EventType = type,
        SubEventType = "Air/drone strike",
        Actor1 = actor1,
        Actor2 = actor2,
        Country = "Syria",
        Admin1 = "Idleb",
        Location = location,
        Latitude = lat,
        Longitude = lon,
        GeoPrecision = geoPrecision,
        Source = outlet,
        Geocoding = new GeocodingNote(location, "test", null) { PlaceId = placeId },
    };

    [Fact]
    public void TwoOutletsAtTheSamePlaceOnTheSameDayJoinAndSayWhy()
    {
        var d = MergePolicy.Decide(Report("a", "Outlet A"), Report("b", "Outlet B"));
        Assert.True(d.Same, d.Why);
        Assert.Contains("same place", d.Why);
        Assert.Contains("same day", d.Why);
        Assert.NotNull(d.NearestRefusal);
        Assert.Contains("nearest refusal", d.Explain());
    }

    [Fact]
    public void TwoReportsOfOneOutletAreNotJoined()
    {
        var d = MergePolicy.Decide(Report("a", "Outlet A; Wire"), Report("b", "wire"));
        Assert.False(d.Same);
        Assert.Contains("both reports are from", d.Why);
    }

    [Fact]
    public void AFallbackPointIsNoEvidenceOfOnePlace()
    {
        // Both fell back to the province's point (no place of their own): 0 km apart, and still not one incident.
        var d = MergePolicy.Decide(Report("a", "A", placeId: null, geoPrecision: 3), Report("b", "B", placeId: null, geoPrecision: 3));
        Assert.False(d.Same);
        Assert.Contains("no specific place", d.Why);
        Assert.False(MergePolicy.CanJoinAny(Report("c", "C", placeId: null)));
    }

    [Fact]
    public void TwoVillagesAreTwoIncidentsHoweverClose()
    {
        var d = MergePolicy.Decide(Report("a", "A"), Report("b", "B", placeId: "999", lon: 36.7072, location: "Another village"));
        Assert.False(d.Same);
        Assert.Contains("two different places", d.Why);
    }

    [Fact]
    public void NearAPlaceJoinsWithinFiveKilometresOnly()
    {
        var near = Report("b", "B", placeId: "999", lon: 36.7072, geoPrecision: 2, location: "Hill near Maarat al-Numan");
        Assert.True(MergePolicy.Decide(Report("a", "A"), near).Same);
        var far = Report("c", "C", placeId: "998", lon: 36.5400, geoPrecision: 2, location: "Kafr Nabl");
        Assert.False(MergePolicy.Decide(Report("a", "A"), far).Same);
    }

    [Fact]
    public void DatesJoinOnlyTheSameDayOrADayInsideAWeek()
    {
        Assert.False(MergePolicy.Decide(Report("a", "A"), Report("b", "B", date: "2024-03-12")).Same);
        Assert.True(MergePolicy.Decide(Report("a", "A"), Report("b", "B", date: "2024-03-14", timePrecision: 2)).Same);
        Assert.False(MergePolicy.Decide(Report("a", "A"), Report("b", "B", date: "2024-03-25", timePrecision: 2)).Same);
        // Two approximate dates would widen the incident; a month is no evidence at all.
        Assert.False(MergePolicy.Decide(Report("a", "A", timePrecision: 2), Report("b", "B", timePrecision: 2)).Same);
        var month = MergePolicy.Decide(Report("a", "A"), Report("b", "B", date: "2024-03-01", timePrecision: 3));
        Assert.False(month.Same);
        Assert.Contains("month", month.Why);
    }

    [Fact]
    public void ActorsMustShareOneOrNotConflict()
    {
        var clash = (string a1, string a2, string doc, string outlet) => Report(doc, outlet, actor1: a1, actor2: a2, type: "Battles");
        Assert.True(MergePolicy.Decide(clash("Military Forces of Syria (2000-)", "HTS", "a", "A"), clash("HTS", "Military Forces of Syria (2000-)", "b", "B")).Same);
        Assert.True(MergePolicy.Decide(clash("Military Forces of Syria (2000-)", "HTS", "a", "A"), clash("Unidentified Armed Group (Syria)", "", "b", "B")).Same);
        // The army against HTS, and the army against the Islamic State: two fights of one actor.
        var two = MergePolicy.Decide(clash("Military Forces of Syria (2000-)", "HTS", "a", "A"), clash("Military Forces of Syria (2000-)", "Islamic State (Syria)", "b", "B"));
        Assert.False(two.Same);
        Assert.Contains("actors conflict", two.Why);
        Assert.False(MergePolicy.Decide(clash("HTS", "NLF", "a", "A"), clash("Military Forces of Syria (2000-)", "Islamic State (Syria)", "b", "B")).Same);
        // Each outlet names one side of one battle: the Taliban attacked, the army fought back.
        Assert.True(MergePolicy.Decide(clash("Taliban", "", "a", "A"), clash("Military Forces of Afghanistan (2014-)", "Opposition Rebels (Afghanistan)", "b", "B")).Same);
        // One-sided violence by two different perpetrators is two attacks, whatever the order.
        Assert.False(MergePolicy.Decide(Report("a", "A", actor1: "Rapid Support Forces", type: "Violence against civilians"),
            Report("b", "B", actor1: "Janjaweed", type: "Violence against civilians")).Same);
        // Descriptions name no one: "Opposition Rebels" and "Islamist Militia" do not set two reports apart.
        Assert.True(MergePolicy.Decide(clash("Military Forces of Syria (2000-)", "Opposition Rebels (Syria)", "a", "A"), clash("Islamist Militia (Syria)", "Military Forces of Syria (2000-)", "b", "B")).Same);
    }

    [Fact]
    public void AReportMustAgreeWithEveryReportOfTheIncidentNotAChain()
    {
        // a (in the town) and b (near it, 3 km east) agree; c (near, 3 km further east) agrees with b but is 6 km from a.
        var a = Report("a", "A");
        var b = Report("b", "B", placeId: "901", lon: 36.7072, geoPrecision: 2);
        var c = Report("c", "C", placeId: "902", lon: 36.7404, geoPrecision: 2);
        Assert.True(MergePolicy.Decide(b, c).Same);
        var d = MergePolicy.DecideIncident([a, b], c);
        Assert.False(d.Same);
        Assert.Contains("refused by report a", d.Why);
        Assert.True(MergePolicy.DecideIncident([a], b).Same);
    }

    [Fact]
    public void TypesMustBeOfOneFamilyAndTheMeansMustNotDiffer()
    {
        // An air raid that killed civilians is an air strike to one outlet and an attack on civilians to another.
        Assert.True(MergePolicy.Decide(Report("a", "A"), Report("b", "B", type: "Violence against civilians") with { SubEventType = "Attack" }).Same);
        Assert.False(MergePolicy.Decide(Report("a", "A"), Report("b", "B", type: "Protests")).Same);
        // An air strike and a shooting in one town on one day are two incidents.
        var shooting = Report("b", "B", type: "Violence against civilians") with { SubEventType = "Attack", Weapon = "firearm" };
        var d = MergePolicy.Decide(Report("a", "A") with { Weapon = "airstrike" }, shooting);
        Assert.False(d.Same);
        Assert.Contains("means differ", d.Why);
        Assert.True(MergePolicy.Decide(Report("a", "A") with { Weapon = "shelling" }, Report("b", "B") with { Weapon = "artillery" }).Same);
    }
}
