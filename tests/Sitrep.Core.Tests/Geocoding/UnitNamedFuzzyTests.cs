using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>A name the report calls a district or county, when no admin unit has it, is not placed at a place whose name is
/// only spelled near it.</summary>
public class UnitNamedFuzzyTests
{
    [Fact]
    public void ADistrictNoUnitHasIsNotANamesakeSpelledNearIt()
    {
        var e = Assert.Single(TestPipeline.Run("Police in Australia said gunmen killed two men in Trans Mara district on Monday."));
        Assert.Null(e.Latitude);
        Assert.DoesNotContain("Tranmere", e.Location, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void ADistrictSpelledAsTheGazetteerHasItIsStillPlaced()
    {
        var e = Assert.Single(TestPipeline.Run("Gunmen killed two men in Idlib district, Syria, on Monday."));
        Assert.NotNull(e.Latitude);
        Assert.Equal("Syria", e.Country);
    }
}
