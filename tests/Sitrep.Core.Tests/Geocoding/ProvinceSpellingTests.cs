using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>A province opens its country only when the report spells it as the gazetteer does, give or take a letter in a long name.</summary>
public class ProvinceSpellingTests
{
    [Theory]
    // "Hema" (a community) is Syria's Hama only through the transliteration key.
    [InlineData("Lendu fighters attacked Blukwa village on Tuesday, burning houses belonging to Hema families.", "Syria")]
    // "As Sabaa" is a Tripoli district, not Mauritania's Assaba.
    [InlineData("Artillery shells hit As Sabaa (Tripoli) on Tuesday. No casualties were reported.", "Mauritania")]
    // "Praya district" is in Lombok, not Cape Verde's Praia, though the text calls it a district.
    [InlineData("Police dispersed protesters in Praya district, Central Lombok, West Nusa Tenggara province, on Tuesday.", "Cape Verde")]
    public void ANameOnlyAlikeToAProvinceDoesNotTakeTheEventAbroad(string text, string notCountry)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2024, 5, 2)));
        Assert.NotEqual(notCountry, e.Country);
    }

    [Theory]
    [InlineData("Artillery shells hit As Sabaa (Tripoli) on Tuesday. No casualties were reported.", "Libya")]
    [InlineData("Police dispersed protesters in Praya district, Central Lombok, West Nusa Tenggara province, on Tuesday.", "Indonesia")]
    // A letter off in a long name is still the province (Sulaimaniyah / As Sulaymaniyah).
    [InlineData("Security forces raided a party office in Sulaimaniyah on Tuesday and arrested four members.", "Iraq")]
    public void TheReportsOwnProvinceKeepsTheEvent(string text, string country)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2024, 5, 2)));
        Assert.Equal(country, e.Country);
    }

    [Theory]
    // A village spelled alike only (Matete / Matata, Halba / Halbe) opens no country of its own: the event stays unplaced.
    [InlineData("Residents rioted in Matete on Tuesday after the killing of two traders.", "New Zealand")]
    [InlineData("Rioters blocked the main road in Halba on Tuesday, burning tyres.", "Germany")]
    // "the University of X" is no place name, whatever town abroad is called University.
    [InlineData("Teachers protested at the University of Raparin in Ranya on Tuesday over unpaid salaries.", "United States")]
    public void ANameSpelledOnlyAlikeOpensNoCountry(string text, string notCountry)
    {
        var e = Assert.Single(TestPipeline.Run(text, new DateOnly(2024, 5, 2)));
        Assert.NotEqual(notCountry, e.Country);
    }
}
