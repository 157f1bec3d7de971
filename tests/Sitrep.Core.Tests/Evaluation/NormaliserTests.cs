using Sitrep.Core.Evaluation;

namespace Sitrep.Core.Tests.Evaluation;

public class NormaliserTests
{
    [Theory]
    [InlineData("Tell al-Qasr", "tell al qasr")]
    [InlineData("Al-Midan", "midan")]
    [InlineData("as Sahl", "sahl")]
    [InlineData("Ash-Shamal", "shamal")]
    [InlineData("Alba", "alba")]
    [InlineData("Al", "al")]
    [InlineData("Al-Az-Zuhur", "az zuhur")]
    [InlineData("Ḳafr Ṭāb", "kafr tab")]
    [InlineData("Ra’s al-‘Ayn", "ras al ayn")]
    [InlineData("  Dar-es-Salam. ", "dar es salam")]
    [InlineData("Straße", "strasse")]
    [InlineData("snake_case-name", "snake case name")]
    public void Place(string input, string expected) => Assert.Equal(expected, ScoreNormaliser.NormPlace(input));

    [Fact]
    public void PlaceInternalArticleIsKept()
    {
        Assert.Equal(ScoreNormaliser.NormPlace("Tell al-Qasr"), ScoreNormaliser.NormPlace("Tell Al Qasr"));
        Assert.NotEqual(ScoreNormaliser.NormPlace("Tell al-Qasr"), ScoreNormaliser.NormPlace("Tell Qasr"));
        Assert.Equal(ScoreNormaliser.NormPlace("al Midan"), ScoreNormaliser.NormPlace("Midan"));
    }

    [Theory]
    [InlineData("Explosions / Remote violence", "explosions/remote violence")]
    [InlineData("  Armed   clash ", "armed clash")]
    [InlineData("Armed-clash", "armed-clash")]
    [InlineData("A /B/ C", "a/b/c")]
    public void Label(string input, string expected) => Assert.Equal(expected, ScoreNormaliser.NormLabel(input));

    [Theory]
    [InlineData("Rebel Group X (2011-2020)", "rebel group x")]
    [InlineData("Armed Men (Country) (2015-)", "armed men")]
    [InlineData("Ja'ish al-Fath", "jaish al fath")]
    [InlineData("Al-Something Brigade", "al something brigade")]
    [InlineData("Guards (1990-2000) Unit", "guards 1990 2000 unit")]
    [InlineData("(Only Parens)", "")]
    public void Actor(string input, string expected) => Assert.Equal(expected, ScoreNormaliser.NormActor(input));

    [Theory]
    [InlineData("2023-07-09", "2023-07-09")]
    [InlineData("2023-7-9T08:00:00Z", "2023-07-09")]
    [InlineData(" 09 July 2023 ", "2023-07-09")]
    [InlineData("9 Jul 2023", "2023-07-09")]
    [InlineData("July 9, 2023", "2023-07-09")]
    [InlineData("09-Jul-2023", "2023-07-09")]
    [InlineData("09-jul-23", "2023-07-09")]
    [InlineData("09-Jul-99", "1999-07-09")]
    [InlineData("2023/7/9", "2023-07-09")]
    [InlineData("31 February 2023", "31 february 2023")]
    [InlineData("Sometime IN July", "sometime in july")]
    [InlineData("09 JULY   2023", "2023-07-09")]
    public void Date(string input, string expected) => Assert.Equal(expected, ScoreNormaliser.NormDate(input));

    [Fact]
    public void Haversine()
    {
        double d = ScoreNormaliser.HaversineKm(48.8566, 2.3522, 51.5074, -0.1278); // Paris - London
        Assert.InRange(d, 339, 348);
        Assert.Equal(0.0, ScoreNormaliser.HaversineKm(10.0, 20.0, 10.0, 20.0));
    }

    [Theory]
    [InlineData(62.25, 1, "62.2")]
    [InlineData(62.35, 1, "62.4")]
    [InlineData(0.125, 2, "0.12")]
    [InlineData(2.5, 0, "2")]
    [InlineData(-0.04, 1, "-0.0")]
    public void FixedFormattingRoundsHalfEvenOnExactValue(double v, int decimals, string expected) =>
        Assert.Equal(expected, PyText.FormatFixed(v, decimals));

    [Theory]
    [InlineData(100.0, "100.0")]
    [InlineData(33.3333, "33.3333")]
    [InlineData(1e16, "1e+16")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(123456789012345.6, "123456789012345.6")]
    public void FloatRepr(double v, string expected) => Assert.Equal(expected, PyText.FloatRepr(v));

    [Theory]
    [InlineData(95.0, "95")]
    [InlineData(-1.0, "-1")]
    [InlineData(0.5, "0.5")]
    [InlineData(1234565.0, "1.23456e+06")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(33.33333, "33.3333")]
    public void GFormatting(double v, string expected) => Assert.Equal(expected, PyText.FormatG(v));

    [Fact]
    public void PythonRound()
    {
        Assert.Equal(0.0312, PyText.Round(0.03125, 4));
        Assert.Equal(33.3333, PyText.Round(100.0 / 3, 4));
        Assert.Equal(66.6667, PyText.Round(200.0 / 3, 4));
    }

    [Theory]
    [InlineData(" 3 ", 3.0)]
    [InlineData("1_000", 1000.0)]
    [InlineData("2.", 2.0)]
    [InlineData(".5e1", 5.0)]
    [InlineData("١٢", 12.0)]
    [InlineData("1__0", null)]
    [InlineData("abc", null)]
    [InlineData("", null)]
    public void PythonFloat(string s, double? expected) => Assert.Equal(expected, PyText.ParseFloat(s));

    [Fact]
    public void Median()
    {
        Assert.Equal(2.0, Scorer.Median([3.0, 1.0, 2.0]));
        Assert.Equal(2.5, Scorer.Median([4.0, 1.0, 3.0, 2.0]));
    }
}
