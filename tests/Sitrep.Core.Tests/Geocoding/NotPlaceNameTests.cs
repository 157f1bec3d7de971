using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>A capitalised name ending in a law's or an agreement's word is not kept as the location when the gazetteer lacks it.</summary>
public class NotPlaceNameTests
{
    [Theory]
    [InlineData("Police arrested three men suspected of planting bombs in a village near Tarmiyah on Sunday, Iraqi officials said. The men are wanted under Article 4 of the Anti-Terrorism Law.", "Anti-Terrorism Law")]
    [InlineData("Gunmen killed two herders near Kidal in Mali on Sunday, in breach of the Algiers Peace Agreement.", "Algiers Peace Agreement")]
    public void TheLawIsReadButThePlaceTheReportNamesIsTheLocation(string text, string notPlace)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2024, 5, 2)));
        // The name was tried as a place (so the rule, not the annotator, keeps it out of the location).
        Assert.Contains($"'{notPlace}' not in the gazetteer", e.Geocoding!.Why);
        Assert.NotEqual(notPlace, e.Location);
        Assert.DoesNotContain(notPlace.Split(' ')[^1], e.Location ?? "");
        Assert.NotNull(e.Latitude);
    }
}
