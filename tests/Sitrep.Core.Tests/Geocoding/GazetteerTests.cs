using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

public class GazetteerTests
{
    private static readonly Gazetteer G = Gazetteer.LoadBundled();

    [Fact]
    public void BundledGazetteerHasTheWorld()
    {
        Assert.True(G.Places.Count > 190_000, $"{G.Places.Count} places");
        Assert.Equal("Syria", G.Country("SY")!.Name);
        Assert.Equal("Kenya", G.Country("KE")!.Name);
        Assert.Equal("Afghanistan", G.Country("AF")!.Name);
    }

    [Fact]
    public void JisrAshShughurIsInIdlib()
    {
        var p = G.Lookup("Jisr al-Shughur").Single(x => x.CountryCode == "SY");
        Assert.InRange(GeoMath.DistanceKm(p.Latitude, p.Longitude, 35.813, 36.318), 0, 5);
        Assert.Equal("Idleb", p.Admin1Name);
    }

    [Fact]
    public void PalmyraIsTadmurThroughAlternateNames()
    {
        var p = G.Lookup("Palmyra").Where(x => x.CountryCode == "SY").MaxBy(x => x.Population)!;
        Assert.Contains("Tadmur", p.Name, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Homs", p.Admin1Name);
    }

    [Fact]
    public void RaqqaFindsArRaqqah()
    {
        var p = G.Lookup("Raqqa").Where(x => x.CountryCode == "SY").MaxBy(x => x.Population)!;
        Assert.InRange(GeoMath.DistanceKm(p.Latitude, p.Longitude, 35.95, 39.01), 0, 5);
        Assert.Equal("Ar Raqqa", p.Admin1Name);
    }

    [Theory]
    [InlineData("Nairobi", "KE", -1.286, 36.817)]
    [InlineData("Kabul", "AF", 34.528, 69.172)]
    [InlineData("Mombasa", "KE", -4.055, 39.663)]
    [InlineData("دمشق", "SY", 33.51, 36.29)]
    [InlineData("Дамаск", "SY", 33.51, 36.29)]
    public void CapitalsAndScripts(string name, string cc, double lat, double lon)
    {
        var p = G.Lookup(name).Where(x => x.CountryCode == cc).MaxBy(x => x.Population)!;
        Assert.InRange(GeoMath.DistanceKm(p.Latitude, p.Longitude, lat, lon), 0, 10);
    }

    [Fact]
    public void FuzzyLookupFindsAMisspelling()
    {
        var hits = G.LookupFuzzy("Jisr al-Shugoor");
        Assert.Contains(hits, h => h.Place.CountryCode == "SY" && h.Place.Admin1Name == "Idleb");
        var far = G.LookupFuzzy("Mazar Sharef");
        Assert.Contains(far, h => h.Place.CountryCode == "AF");
    }

    [Fact]
    public void AdminNamesInBothSpellings()
    {
        Assert.Contains(G.LookupAdmin("Idlib"), a => a.Level == AdminLevel.Admin1 && a.Name == "Idleb");
        Assert.Contains(G.LookupAdmin("Idleb"), a => a.Level == AdminLevel.Admin1 && a.CountryCode == "SY");
        Assert.Contains(G.LookupAdmin("Deir ez-Zor Governorate"), a => a.Level == AdminLevel.Admin1 && a.Name == "Deir ez Zor");
        Assert.Contains(G.LookupAdmin("Turkana County"), a => a.Level == AdminLevel.Admin1 && a.Name == "Turkana");
        Assert.Contains(G.LookupAdmin("Rural Damascus"), a => a.Level == AdminLevel.Admin1 && a.CountryCode == "SY");
        Assert.Equal("SY", G.CountryCodeOf("Syria"));
        Assert.Equal("KE", G.CountryCodeOf("ke"));
    }
}
