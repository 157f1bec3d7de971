using Sitrep.Core.Annotation;
using Sitrep.Core.Coding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Resolution;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Annotation;

public class ActorAnnotatorTests
{
    private static readonly ActorTable Table = ActorTable.LoadBundled();
    private static readonly ActorAnnotator Annotator = new(Table);
    private static readonly EventResolver Resolver = new(Table, null);
    private static readonly DateOnly Day = new(2020, 5, 27);

    private static IReadOnlyList<ActorMention> Find(string text) => Annotator.Annotate(text, Tokenizer.Tokenize(text));

    private static (string Name, string Inter) Resolve(string text, string surface, string country = "Syria", DateOnly? date = null)
    {
        var m = Assert.Single(Find(text), x => x.Surface == surface);
        return Resolver.Name(new ActorRole(m.Candidates[0], m.Span, m.Candidates), country, date ?? Day);
    }

    [Fact]
    public void TurkishArmyIsTheMilitaryForcesOfTurkeyOfTheDay()
    {
        Assert.Equal(("Military Forces of Turkey (2016-)", "State forces"), Resolve("The Turkish Army shelled the village.", "Turkish Army"));
        Assert.Equal("Military Forces of Turkey (2002-2016)", Resolve("The Turkish Army shelled the village.", "Turkish Army", date: new DateOnly(2015, 3, 1)).Name);
    }

    [Fact]
    public void ALongerNameThatStartsInsideAShorterOneWins()
    {
        // "the Islamic State" is an alias too; the group the text names is the one in the Greater Sahara.
        var m = Assert.Single(Find("Fighters of the MSA and the Islamic State in the Greater Sahara clashed near Menaka."), x => x.Surface.Contains("Islamic State", StringComparison.Ordinal));
        Assert.Equal("Islamic State in the Greater Sahara", m.Surface);
        Assert.Contains(m.Candidates, c => c.Canonical.Contains("Greater Sahara", StringComparison.Ordinal));
    }

    [Fact]
    public void RussianAerospaceForcesAreTheMilitaryForcesOfRussia()
    {
        var (name, inter) = Resolve("Russian Aerospace Forces bombed the hills.", "Russian Aerospace Forces");
        Assert.Equal("Military Forces of Russia (2000-)", name);
        Assert.Equal("State forces", inter);
    }

    [Fact]
    public void ShamLegionAndFaylaqAlShamAreOneGroup()
    {
        var a = Resolve("Sham Legion fighters repelled the attack.", "Sham Legion");
        var b = Resolve("Faylaq al-Sham fighters repelled the attack.", "Faylaq al-Sham");
        Assert.Equal(a, b);
        Assert.Equal("Rebel group", a.Inter);
        Assert.Contains("Sham", a.Name);
    }

    [Fact]
    public void TipInCapitalsIsTheTurkistanIslamicParty()
    {
        var (name, inter) = Resolve("TIP fighters attacked the post.", "TIP");
        Assert.Equal("TIP: Turkistan Islamic Party", name);
        Assert.Equal("Rebel group", inter);
        Assert.Equal(Resolve("Turkistan Islamic Party fighters attacked the post.", "Turkistan Islamic Party"), (name, inter));
    }

    [Fact]
    public void LowerCaseTipIsAWord()
    {
        Assert.DoesNotContain(Find("Residents got a tip about the raid."), m => m.Surface.Equals("tip", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(Find("He said it is over."), m => m.Surface.Equals("is", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData("ISIS")]
    [InlineData("ISIL")]
    [InlineData("Daesh")]
    [InlineData("Islamic State")]
    public void IslamicStateAliasesResolveByCountry(string alias)
    {
        var text = $"On Monday {alias} attacked the post.";
        Assert.Equal(("Islamic State (Syria)", "Rebel group"), Resolve(text, alias, "Syria"));
        Assert.Equal("Islamic State (Iraq)", Resolve(text, alias, "Iraq").Name);
    }

    [Theory]
    [InlineData("NDF", "QDW: National Defence Forces")]
    [InlineData("National Defence Forces", "QDW: National Defence Forces")]
    [InlineData("Liwa al-Quds", "LaQ: Quds Brigade")]
    public void SyrianPoliticalMilitias(string alias, string canonical)
    {
        var (name, inter) = Resolve($"The {alias} fought in the desert.", alias);
        Assert.Equal(canonical, name);
        Assert.Equal("Political militia", inter);
    }

    [Theory]
    [InlineData("Unidentified gunmen opened fire.", "Unidentified gunmen", "Unidentified Armed Group (Kenya)", "Political militia")]
    [InlineData("The protesters marched to parliament.", "protesters", "Protesters (Kenya)", "Protesters")]
    [InlineData("The rioters burned tyres.", "rioters", "Rioters (Kenya)", "Rioters")]
    [InlineData("The police blocked the road.", "police", "Police Forces of Kenya (2013-)", "State forces")]
    [InlineData("The rebels withdrew.", "rebels", "Opposition Rebels (Kenya)", "Rebel group")]
    public void GenericActorsTakeTheEventCountry(string text, string surface, string name, string inter)
    {
        var m = Assert.Single(Find(text), x => x.Surface == surface);
        Assert.False(m.IsNamed);
        Assert.Equal((name, inter), Resolver.Name(new ActorRole(m.Candidates[0], m.Span, m.Candidates), "Kenya", Day));
    }

    [Fact]
    public void MentionSpansPointAtTheWords()
    {
        const string text = "Clashes between the Syrian Army and Hayat Tahrir al-Sham continued.";
        var found = Find(text);
        Assert.True(found.Count >= 2);
        Assert.All(found, m => Assert.Equal(m.Surface, text[m.Span.Start..m.Span.End]));
        Assert.Contains(found, m => m.Surface == "Syrian Army");
        Assert.Contains(found, m => m.Surface == "Hayat Tahrir al-Sham");
    }

    [Fact]
    public void CountriesNeedCapitals()
    {
        var text = "Turkish troops entered Syria while a chad of paper fell.";
        var countries = Annotator.AnnotateCountries(text, Tokenizer.Tokenize(text));
        Assert.Contains(countries, c => c.Country.Name == "Syria" && !c.IsDemonym);
        Assert.Contains(countries, c => c.Country.Name == "Turkey" && c.IsDemonym);
        Assert.DoesNotContain(countries, c => c.Country.Name == "Chad");
    }
}
