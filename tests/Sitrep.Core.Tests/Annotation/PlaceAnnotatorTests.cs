using Sitrep.Core.Annotation;
using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Annotation;

public class PlaceAnnotatorTests
{
    private static List<PlaceMention> Places(string text) => PlaceAnnotator.Annotate(text, []).ToList();

    private static PlaceMention One(string text, string name) =>
        Assert.Single(Places(text), p => p.Name == name);

    [Fact]
    public void OutskirtsOfACityAreNearTheCityAndTheCountrysideIsAnArea()
    {
        const string t = "The rebel factions clashed with ISIS in the outskirts of Al Bab city in the eastern countryside of Aleppo.";
        Assert.Equal(PlaceRelation.Near, One(t, "Al Bab").Relation);
        var aleppo = One(t, "Aleppo");
        Assert.Equal(PlaceRelation.Area, aleppo.Relation);
        Assert.Equal("eastern", aleppo.Qualifier);
    }

    [Fact]
    public void RuralDamascusKeepsItsName()
    {
        const string t = "The rebel factions clashed with Hezbollah in Wadi Barada area in Rural Damascus.";
        Assert.Equal(PlaceRelation.Near, One(t, "Wadi Barada").Relation);
        Assert.Equal(PlaceRelation.Area, One(t, "Rural Damascus").Relation);
    }

    [Fact]
    public void CapitalisedDirectionIsNotAPlace()
    {
        var places = Places("Clashes in the Eastern countryside of As-Salamiyeh.");
        Assert.DoesNotContain(places, p => p.Name == "Eastern");
        Assert.Equal(PlaceRelation.Area, Assert.Single(places).Relation);
    }

    [Fact]
    public void KenyanCountyAfterACommaIsFound()
    {
        const string t = "Al-Shabaab militants attacked a police post in Mandera town, Mandera county.";
        var places = Places(t);
        Assert.Contains(places, p => p.Name == "Mandera" && p.Relation == PlaceRelation.In);
        Assert.Contains(places, p => p.Name == "Mandera" && p.Relation == PlaceRelation.Area && p.Qualifier == "county");
    }

    [Fact]
    public void SubCountyAndConstituencyAreAreas()
    {
        var places = Places("Another attack in Lafey sub-county of Mandera County and in Garissa Township constituency.");
        Assert.Equal("sub-county", places.Single(p => p.Name == "Lafey").Qualifier);
        Assert.Equal("constituency", places.Single(p => p.Name == "Garissa Township").Qualifier);
    }

    [Fact]
    public void AfghanProvincePossessiveAndDistrictCommaProvince()
    {
        var a = Places("Taliban attacked a checkpoint in Kunar province's Chawkay district.");
        Assert.Equal("province", a.Single(p => p.Name == "Kunar").Qualifier);
        Assert.Equal("district", a.Single(p => p.Name == "Chawkay").Qualifier);

        var b = Places("On 15 March 2020, a bomb hit a vehicle in Behsud district, Nangarhar. Fatalities coded as 0.");
        Assert.Equal("district", b.Single(p => p.Name == "Behsud").Qualifier);
        Assert.Equal("container", b.Single(p => p.Name == "Nangarhar").Qualifier);
    }

    [Fact]
    public void PossessorContainsThePossessed()
    {
        var places = Places("Protesters gathered in Nairobi's Kibera area.");
        Assert.Equal("container", places.Single(p => p.Name == "Nairobi").Qualifier);
        Assert.Equal(PlaceRelation.Near, places.Single(p => p.Name == "Kibera").Relation);
    }

    [Fact]
    public void BracketedRegionAndResidentsOfAPlace()
    {
        var a = Places("Kipsigi and Maasai militias clashed at Olpusimo (Narok). Seven people were injured.");
        Assert.Equal(PlaceRelation.In, a.Single(p => p.Name == "Olpusimo").Relation);
        Assert.Equal("container", a.Single(p => p.Name == "Narok").Qualifier);

        var b = Places("Jamhuri residents protest the allocation of public land.");
        Assert.Contains(b, p => p.Name == "Jamhuri");
    }

    [Fact]
    public void DirectionOfAPlaceIsNearIt()
    {
        var p = One("The Islamic State took Awishiyya just east of Arran.", "Arran");
        Assert.Equal(PlaceRelation.Near, p.Relation);
        Assert.Equal("east", p.Qualifier);
    }

    [Fact]
    public void OffsetKeepsDistanceAndBearing()
    {
        var p = One("An airstrike hit a village 12 km north of Raqqa.", "Raqqa");
        Assert.Equal(PlaceRelation.Offset, p.Relation);
        Assert.Equal(12, p.OffsetKm);
        Assert.Equal(0, p.BearingDegrees);
    }
}
