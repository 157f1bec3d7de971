using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>A capitalised compass word that, with the name after it, names a province or district ("South Darfur") is part of the name.</summary>
public class CompassProvinceNameTests
{
    [Theory]
    [InlineData("Security forces killed four militants in North Waziristan on Tuesday.", "Pakistan", "North Waziristan")]
    [InlineData("Gunmen shot dead three herders in South Darfur on Tuesday.", "Sudan", "South Darfur")]
    [InlineData("Armed men abducted two aid workers in Western Equatoria on Tuesday.", "South Sudan", "Western Equatoria")]
    public void ACompassWordThatBelongsToAProvinceNameIsKept(string text, string country, string location)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2024, 5, 2)));
        Assert.Equal(country, e.Country);
        Assert.Equal(location, e.Location);
        Assert.Equal(location, Assert.Single(e.Evidence["location"]).Text);
    }

    [Fact]
    public void ACompassWordForPartOfAProvinceStaysADirection()
    {
        var e = Assert.Single(TestPipeline.Run("Regime forces shelled villages in northern Idlib on Tuesday.", new DateOnly(2024, 5, 2)));
        Assert.Equal("Syria", e.Country);
        Assert.Equal("Idlib", Assert.Single(e.Evidence["location"]).Text);
    }
}
