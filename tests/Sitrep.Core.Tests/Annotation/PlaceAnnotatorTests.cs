using Sitrep.Core.Annotation;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Annotation;

public class PlaceAnnotatorTests
{
    private static PlaceMention One(string text, string name)
    {
        var found = PlaceAnnotator.Annotate(text, []);
        var p = Assert.Single(found, x => x.Name == name);
        Assert.Equal(name, text[p.Start..p.End]);
        return p;
    }

    [Fact]
    public void NearIsNear() => Assert.Equal(PlaceRelation.Near, One("Clashes erupted near Saraqib on Monday.", "Saraqib").Relation);

    [Fact]
    public void OutskirtsAreNear() => Assert.Equal(PlaceRelation.Near, One("Clashes erupted on the outskirts of Saraqib.", "Saraqib").Relation);

    [Fact]
    public void DistanceAndDirectionIsAnOffset()
    {
        var p = One("A drone struck a car 12 km north of Saraqib.", "Saraqib");
        Assert.Equal(PlaceRelation.Offset, p.Relation);
        Assert.Equal(12, p.OffsetKm);
        Assert.Equal(0, p.BearingDegrees);
    }

    [Theory]
    [InlineData("5 km south-west of Saraqib", 5, 225)]
    [InlineData("3 kilometres east of Saraqib", 3, 90)]
    public void OffsetBearings(string phrase, double km, double bearing)
    {
        var p = One($"A mine exploded {phrase} on Monday.", "Saraqib");
        Assert.Equal(PlaceRelation.Offset, p.Relation);
        Assert.Equal(km, p.OffsetKm);
        Assert.Equal(bearing, p.BearingDegrees);
    }

    [Fact]
    public void MilesBecomeKilometres()
    {
        var p = One("A mine exploded 10 miles west of Saraqib.", "Saraqib");
        Assert.Equal(16.09, p.OffsetKm!.Value, 2);
        Assert.Equal(270, p.BearingDegrees);
    }

    [Fact]
    public void SouthernRegionIsAnArea()
    {
        var p = One("Shelling continued in southern Idlib.", "Idlib");
        Assert.Equal(PlaceRelation.Area, p.Relation);
        Assert.Equal("southern", p.Qualifier);
    }

    [Fact]
    public void TheTownOfIsIn() => Assert.Equal(PlaceRelation.In, One("Troops entered the town of Kafr Nabl at dawn.", "Kafr Nabl").Relation);

    [Fact]
    public void CountrysideIsAnArea()
    {
        var p = One("Shelling hit the Hama countryside again.", "Hama");
        Assert.Equal(PlaceRelation.Area, p.Relation);
        Assert.Equal("countryside", p.Qualifier);
    }

    [Fact]
    public void CountrysideOfIsAnArea()
    {
        var p = One("Shelling continued in the countryside of Hama again.", "Hama");
        Assert.Equal(PlaceRelation.Area, p.Relation);
    }

    [Fact]
    public void ArabicParticlesStayInTheName()
    {
        One("Fighting near Jisr al-Shughur and in Ras al-Ain continued.", "Jisr al-Shughur");
        One("Fighting near Jisr al-Shughur and in Ras al-Ain continued.", "Ras al-Ain");
    }

    [Fact]
    public void MonthsAndAcronymsAreNotPlaces()
    {
        var found = PlaceAnnotator.Annotate("In May an IED hit a patrol at HQ in Saraqib.", []);
        Assert.DoesNotContain(found, p => p.Name is "May" or "IED" or "HQ");
        Assert.Contains(found, p => p.Name == "Saraqib");
    }

    [Fact]
    public void ExcludedSpansAreSkipped()
    {
        const string text = "Fighters from Hayat Tahrir al-Sham attacked Saraqib.";
        var actor = text.IndexOf("Hayat", StringComparison.Ordinal);
        var found = PlaceAnnotator.Annotate(text, [new TextSpan(actor, actor + "Hayat Tahrir al-Sham".Length)]);
        Assert.DoesNotContain(found, p => p.Name.Contains("Hayat", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Name == "Saraqib");
    }

    [Fact]
    public void HighwayBetweenTwoPlacesNamesBoth()
    {
        var found = PlaceAnnotator.Annotate("A bomb hit a bus on the Palmyra-Homs highway.", []);
        Assert.Contains(found, p => p.Name == "Palmyra");
        Assert.Contains(found, p => p.Name == "Homs");
    }
}
