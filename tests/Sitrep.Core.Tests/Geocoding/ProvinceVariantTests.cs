using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>A province spelled as written is that province, even when another country has a province spelled alike
/// (Kenya's Lamu, the Maldives' Laamu); a name the report calls a county or province opens its country whatever the outlet.</summary>
public class ProvinceVariantTests
{
    [Fact]
    public void AProvinceSpelledAsWrittenOpensItsCountryBesideAVariantAbroad()
    {
        var e = Assert.Single(TestPipeline.Run("Gunmen ambushed a bus near Mokowe in Lamu on Sunday, wounding two passengers."));
        Assert.Equal("Kenya", e.Country);
        Assert.NotNull(e.Latitude);
    }

    [Fact]
    public void ACountyTheReportNamesOutweighsAForeignOutletAndGroup()
    {
        var e = Assert.Single(TestPipeline.Run("Suspected al-Shabaab fighters ambushed a bus near Mokowe in Lamu County on Sunday, wounding two passengers.",
            source: "Shabelle Media Network"));
        Assert.Equal("Kenya", e.Country);
        Assert.Equal("Lamu", e.Admin1);
    }

    [Fact]
    public void TheVariantAloneIsStillNotTheProvince()
    {
        // "Laamu" written as the Maldives spell it is the Maldives' atoll, not Kenya's Lamu.
        var e = Assert.Single(TestPipeline.Run("Police arrested four protesters in Laamu on Sunday."));
        Assert.NotEqual("Kenya", e.Country);
    }
}
