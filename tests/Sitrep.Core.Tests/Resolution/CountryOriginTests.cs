using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>A country a side comes from ("raiders from Uganda") says who took part, not where the event was.</summary>
public class CountryOriginTests
{
    [Fact]
    public void AnOriginAloneGivesTheEventNoCountry()
    {
        var e = Assert.Single(TestPipeline.Run("Armed raiders from Uganda stole 300 head of cattle on Sunday, killing two herders."));
        Assert.NotEqual("Uganda", e.Country);
    }

    [Fact]
    public void TheVillageCountryTheReportNamesIsTheEventsCountry()
    {
        var e = Assert.Single(TestPipeline.Run("Armed raiders from Uganda attacked a Kenyan village on Sunday, killing two herders."));
        Assert.Equal("Kenya", e.Country);
    }

    [Fact]
    public void ACountryNamedAsThePlaceStillCounts()
    {
        var e = Assert.Single(TestPipeline.Run("Armed raiders attacked a village in Uganda on Sunday, killing two herders."));
        Assert.Equal("Uganda", e.Country);
    }
}
