using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

public class PlaceNameKeyTests
{
    [Theory]
    [InlineData("al-Gassaneyah", "Al Ghassaniyah")]
    [InlineData("Ghassaniyeh", "Al Ghassaniyah")]
    [InlineData("Deir Ezzor", "Deir ez-Zor")]
    [InlineData("Dayr az Zawr", "Deir ez-Zor")]
    [InlineData("Deir el-Zour", "Deir ez-Zor")]
    [InlineData("Jisr al-Shughur", "Jisr ash Shughur")]
    [InlineData("Jisr Ash Shugur", "Jisr ash-Shughour")]
    [InlineData("Ar Raqqah", "Raqqa")]
    [InlineData("Ar-Raqqa", "al-Raqqah")]
    [InlineData("Ma'arrat al-Nu'man", "Maarrat an Numan")]
    [InlineData("Sheikh Maqsoud", "Cheikh Maksoud")]
    [InlineData("Shaykh Maqsud", "Sheikh Maqsoud")]
    [InlineData("Tell Abyad", "Tal Abiad")]
    [InlineData("Mazar-e Sharif", "Mazar-i-Sharif")]
    [InlineData("Khan Shaykhun", "Khan Sheikhoun")]
    [InlineData("Aïn al-Arab", "Ain al Arab")]
    [InlineData("Qamishli", "Kamishli")]
    public void TransliterationsMeet(string a, string b) => Assert.Equal(PlaceNameKey.Of(b), PlaceNameKey.Of(a));

    [Theory]
    [InlineData("Damascus", "Aleppo")]
    [InlineData("Homs", "Hama")]
    [InlineData("Kabul", "Kunduz")]
    public void DifferentPlacesStayApart(string a, string b) => Assert.NotEqual(PlaceNameKey.Of(a), PlaceNameKey.Of(b));

    [Fact]
    public void ArabicScriptArticleAndTaMarbuta() =>
        Assert.Equal(PlaceNameKey.Of("الرقة"), PlaceNameKey.Of("رقه"));

    [Fact]
    public void ArticlesOnlyNameIsKept() => Assert.NotEqual(string.Empty, PlaceNameKey.Of("As"));

    [Fact]
    public void EmptyAndPunctuationGiveEmpty()
    {
        Assert.Equal(string.Empty, PlaceNameKey.Of(""));
        Assert.Equal(string.Empty, PlaceNameKey.Of(" - ' "));
    }
}
