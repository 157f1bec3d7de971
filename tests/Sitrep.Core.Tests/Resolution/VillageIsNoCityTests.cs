using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>A name the text calls a village is not a city of 100,000 that shares it.</summary>
public class VillageIsNoCityTests
{
    [Fact]
    public void ANameCalledAVillageIsNotPlacedAtACityOfThatName()
    {
        var e = Assert.Single(TestPipeline.Run("On 3 August 2019, a militia attacked people in Tsu village and burned down houses."));
        Assert.NotEqual("Japan", e.Country);
        Assert.Null(e.Latitude);
    }

    [Fact]
    public void TheSameNameAloneIsStillTheCity()
    {
        var e = Assert.Single(TestPipeline.Run("On 3 August 2019, a militia attacked people in Tsu and burned down houses."));
        Assert.Equal("Japan", e.Country);
    }
}
