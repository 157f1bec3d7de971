using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>"in Town, Province": a province of one country named right after a place is where the place is, as a country
/// named there is.</summary>
public class ProvinceAfterPlaceTests
{
    [Fact]
    public void AProvinceAfterAPlaceOpensItsCountry()
    {
        // Valparaiso is also Chile's region and city; Zacatecas is a Mexican state only.
        var e = Assert.Single(TestPipeline.Run("On 2 May 2020, in Valparaiso, Zacatecas, gunmen clashed with soldiers, killing two."));
        Assert.Equal("Mexico", e.Country);
        Assert.Equal("Zacatecas", e.Admin1);
    }

    [Fact]
    public void AProvinceAfterAPlaceOutweighsAnOutletAbroad()
    {
        var e = Assert.Single(TestPipeline.Run("On 2 May 2020, in Acapulco, Guerrero, residents protested demanding food aid.", source: "Reuters; Capital FM"));
        Assert.Equal("Mexico", e.Country);
    }

    [Fact]
    public void ANameManyCountriesGiveAProvinceOpensNone()
    {
        // "Central" is a province of many countries: it says nothing of which.
        var e = Assert.Single(TestPipeline.Run("On 2 May 2020, in Matete, Central, residents rioted after two traders were killed."));
        Assert.Equal("", e.Country);
    }
}
