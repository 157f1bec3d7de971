using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>A unit named after a place and a compass word ("Nyamira North sub-county"), which the gazetteer lacks, is placed around that place.</summary>
public class CompassSuffixNameTests
{
    [Theory]
    [InlineData("Armed cattle raiders killed a herder in Kisumu East on Tuesday, police in Kenya said.", "Kisumu East")]
    [InlineData("Police shot dead two protesters in Kisumu Central sub-county in Kenya on Tuesday.", "Kisumu Central")]
    public void TheNameWithoutItsCompassWordPlacesTheEventAroundThatPlace(string text, string location)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2024, 5, 2)));
        Assert.Equal("Kenya", e.Country);
        Assert.Equal("Kisumu", e.Admin1);
        Assert.Equal(location, e.Location);
        Assert.True(e.GeoPrecision >= 2);
        Assert.NotNull(e.Latitude);
    }
}
