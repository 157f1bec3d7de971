using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

public class WeaponAnnotatorTests
{
    private static readonly WeaponAnnotator Annotator = WeaponAnnotator.LoadBundled();

    [Theory]
    [InlineData("An IED struck the patrol.", "IED", "IED", "Remote explosive/landmine/IED")]
    [InlineData("A roadside bomb struck the patrol.", "roadside bomb", "IED", "Remote explosive/landmine/IED")]
    [InlineData("A car bomb exploded at the market.", "car bomb", "car bomb", "Remote explosive/landmine/IED")]
    [InlineData("A VBIED exploded at the market.", "VBIED", "car bomb", "Remote explosive/landmine/IED")]
    [InlineData("A suicide bomber struck the market.", "suicide bomber", "suicide bomb", "Suicide bomb")]
    [InlineData("An airstrike hit the market.", "airstrike", "airstrike", "Air/drone strike")]
    [InlineData("An air strike hit the market.", "air strike", "airstrike", "Air/drone strike")]
    [InlineData("A drone hit the market.", "drone", "drone", "Air/drone strike")]
    [InlineData("Heavy shelling hit the market.", "shelling", "shelling", "Shelling/artillery/missile attack")]
    [InlineData("Artillery hit the market.", "Artillery", "artillery", "Shelling/artillery/missile attack")]
    [InlineData("A mortar hit the market.", "mortar", "mortar", "Shelling/artillery/missile attack")]
    [InlineData("A rocket hit the market.", "rocket", "rocket", "Shelling/artillery/missile attack")]
    [InlineData("A missile hit the market.", "missile", "missile", "Shelling/artillery/missile attack")]
    [InlineData("A hand-grenade was thrown at the market.", "hand-grenade", "grenade", "Grenade")]
    [InlineData("A grenade was thrown at the market.", "grenade", "grenade", "Grenade")]
    [InlineData("A landmine exploded near the market.", "landmine", "landmine", "Remote explosive/landmine/IED")]
    public void NamesWeaponWithHint(string text, string surface, string weapon, string hint)
    {
        var w = Assert.Single(Annotator.Annotate(text));
        Assert.Equal(weapon, w.Weapon);
        Assert.Equal(hint, w.SubEventHint);
        Assert.Equal(surface, text[w.Span.Start..w.Span.End]);
    }

    [Fact]
    public void SniperHasNoSubEventHint()
    {
        var w = Assert.Single(Annotator.Annotate("A sniper shot the man."));
        Assert.Equal("sniper", w.Weapon);
        Assert.Null(w.SubEventHint);
    }

    [Fact]
    public void WeaponsInsideOtherWordsAreNotMatched()
    {
        // "shellfish", "minesweeper", "missiles" inside words, "dronebased" are not weapons.
        Assert.Empty(Annotator.Annotate("Fishermen sold shellfish at the harbour."));
        Assert.Empty(Annotator.Annotate("The company determines prices."));
    }

    [Fact]
    public void SeveralWeaponsInOrder()
    {
        var found = Annotator.Annotate("Mortars and drones hit the town, and a sniper fired later.");
        Assert.Equal(["mortar", "drone", "sniper"], found.Select(w => w.Weapon));
    }
}
