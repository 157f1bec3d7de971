using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>A country's name where a province's name goes ("Kontagora LGA, Niger", "Niger State") is the province of the
/// other country spelled so.</summary>
public class CountryNamedProvinceTests
{
    [Fact]
    public void ACountryNameAfterADistrictUnitIsTheProvince()
    {
        var e = Assert.Single(TestPipeline.Run("On 3 March 2021, gunmen attacked Tegina (Rafi LGA, Niger), killing two farmers."));
        Assert.Equal("Nigeria", e.Country);
    }

    [Fact]
    public void ACountryNameBeforeStateIsTheProvince()
    {
        var e = Assert.Single(TestPipeline.Run("On 3 March 2021, bandits killed three traders near Kontagora in Niger State."));
        Assert.Equal("Nigeria", e.Country);
    }

    [Fact]
    public void TheCountryItselfStaysTheCountry()
    {
        // No unit word: Niger the country, where Tillaberi is.
        var e = Assert.Single(TestPipeline.Run("On 3 March 2021, gunmen killed three soldiers near Tillaberi in western Niger."));
        Assert.Equal("Niger", e.Country);
    }
}
