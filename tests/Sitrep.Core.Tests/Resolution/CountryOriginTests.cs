using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>A country a side comes from ("raiders from Uganda", "Ethiopian raiders") says who took part, not where the event was.</summary>
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

    [Fact]
    public void ANationalityOfRaidersAloneGivesTheEventNoCountry()
    {
        var e = Assert.Single(TestPipeline.Run("Ethiopian raiders attacked a village on Sunday, killing two herders."));
        Assert.NotEqual("Ethiopia", e.Country);
    }

    [Fact]
    public void TheNationalityOfTheVictimsIsTheEventsCountry()
    {
        var e = Assert.Single(TestPipeline.Run("Ethiopian raiders shot dead two Kenyan fishermen on Sunday."));
        Assert.Equal("Kenya", e.Country);
    }

    [Fact]
    public void PoliceFightingForeignMilitantsAreNotTheMilitantsCountrys()
    {
        var e = Assert.Single(TestPipeline.Run("Police shot dead two Somali militants in a gunfight on Sunday."));
        Assert.DoesNotContain("Somalia", e.Actor1 + e.Actor2);
    }

    [Fact]
    public void RefugeesAreAbroadButARefugeeCampIsNot()
    {
        var abroad = Assert.Single(TestPipeline.Run("Gunmen shot dead two Somali refugees on Sunday."));
        Assert.NotEqual("Somalia", abroad.Country);
        var camp = Assert.Single(TestPipeline.Run("Gunmen shot dead two Somali refugees in a Kenyan refugee camp on Sunday."));
        Assert.Equal("Kenya", camp.Country);
    }

    [Fact]
    public void AForcesNationalityStillNamesItsCountry()
    {
        var e = Assert.Single(TestPipeline.Run("Ugandan soldiers attacked a village on Sunday, killing two herders."));
        Assert.Contains("Uganda", e.Actor1);
    }
}
