using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>A mention the gazetteer lacks falls back to a place of another sentence only in the country of the wider places its own sentence names.</summary>
public class FallbackSentenceTests
{
    [Fact]
    public void AQuarterTheGazetteerLacksFallsBackToItsCityNotToAPlaceAnotherSentenceNames()
    {
        var e = Assert.Single(TestPipeline.Run(
            "An Indian student was beaten with sticks in the Zandolo area of Lusaka. It was reportedly revenge for the death of a Zambian man in New Delhi.",
            new DateOnly(2024, 5, 2)));
        Assert.Equal("Zambia", e.Country);
        Assert.Equal("Lusaka", e.Admin1);
        Assert.Equal("Zandolo", e.Location);
        Assert.Equal(2, e.GeoPrecision);
    }
}
