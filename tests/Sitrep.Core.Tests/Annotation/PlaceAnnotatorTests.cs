using Sitrep.Core.Annotation;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Annotation;

public class PlaceAnnotatorTests
{
    private static PlaceMention One(string text, string name)
    {
        var found = PlaceAnnotator.Annotate(text, []);
        var p = Assert.Single(found, x => x.Name == name);
        Assert.Equal(name, text[p.Start..p.End]);
        return p;
    }

    // An office's portfolio ("the Ministry of Foreign Affairs"), a titled person or a month's short name is no place.
    [Theory]
    [InlineData("The Ministry of Foreign Affairs said the militia looted homes in Omdurman.")]
    [InlineData("The Minister of Interior visited a camp in Omdurman on Tuesday.")]
    [InlineData("Crowds in Omdurman protested over remarks on Justice Amina Odera by the cabinet.")]
    [InlineData("On the 3rd of Sep. two herders were killed in Omdurman.")]
    [InlineData("Protesters in Omdurman demanded the release of Pastor Daniel Ochieng.")]
    public void OnlyTheTownIsAPlace(string text) =>
        Assert.Equal(["Omdurman"], PlaceAnnotator.Annotate(text, []).Select(p => p.Name));

    [Fact]
    public void AColombianDepartmentIsStillAPlace() =>
        One("Guerrillas attacked a police station in the department of Cauca.", "Cauca");

    [Fact]
    public void NearIsNear() => Assert.Equal(PlaceRelation.Near, One("Clashes erupted near Saraqib on Monday.", "Saraqib").Relation);

    [Fact]
    public void OutskirtsAreNear() => Assert.Equal(PlaceRelation.Near, One("Clashes erupted on the outskirts of Saraqib.", "Saraqib").Relation);

    [Fact]
    public void DistanceAndDirectionIsAnOffset()
    {
        var p = One("A drone struck a car 12 km north of Saraqib.", "Saraqib");
        Assert.Equal(PlaceRelation.Offset, p.Relation);
        Assert.Equal(12, p.OffsetKm);
        Assert.Equal(0, p.BearingDegrees);
    }

    [Theory]
    [InlineData("5 km south-west of Saraqib", 5, 225)]
    [InlineData("3 kilometres east of Saraqib", 3, 90)]
    [InlineData("4 km northeast of Saraqib", 4, 45)]
    [InlineData("7 km north-western of Saraqib", 7, 315)]
    [InlineData("2 km southeast of Saraqib", 2, 135)]
    public void OffsetBearings(string phrase, double km, double bearing)
    {
        var p = One($"A mine exploded {phrase} on Monday.", "Saraqib");
        Assert.Equal(PlaceRelation.Offset, p.Relation);
        Assert.Equal(km, p.OffsetKm);
        Assert.Equal(bearing, p.BearingDegrees);
    }

    [Fact]
    public void MilesBecomeKilometres()
    {
        var p = One("A mine exploded 10 miles west of Saraqib.", "Saraqib");
        Assert.Equal(16.09, p.OffsetKm!.Value, 2);
        Assert.Equal(270, p.BearingDegrees);
    }

    [Fact]
    public void SouthernRegionIsAnArea()
    {
        var p = One("Shelling continued in southern Idlib.", "Idlib");
        Assert.Equal(PlaceRelation.Area, p.Relation);
        Assert.Equal("southern", p.Qualifier);
    }

    [Fact]
    public void TheTownOfIsIn() => Assert.Equal(PlaceRelation.In, One("Troops entered the town of Kafr Nabl at dawn.", "Kafr Nabl").Relation);

    [Fact]
    public void CountrysideIsAnArea()
    {
        var p = One("Shelling hit the Hama countryside again.", "Hama");
        Assert.Equal(PlaceRelation.Area, p.Relation);
        Assert.Equal("countryside", p.Qualifier);
    }

    [Fact]
    public void CountrysideOfIsAnArea()
    {
        var p = One("Shelling continued in the countryside of Hama again.", "Hama");
        Assert.Equal(PlaceRelation.Area, p.Relation);
    }

    [Fact]
    public void ArabicParticlesStayInTheName()
    {
        One("Fighting near Jisr al-Shughur and in Ras al-Ain continued.", "Jisr al-Shughur");
        One("Fighting near Jisr al-Shughur and in Ras al-Ain continued.", "Ras al-Ain");
    }

    [Fact]
    public void MonthsAndAcronymsAreNotPlaces()
    {
        var found = PlaceAnnotator.Annotate("In May an IED hit a patrol at HQ in Saraqib.", []);
        Assert.DoesNotContain(found, p => p.Name is "May" or "IED" or "HQ");
        Assert.Contains(found, p => p.Name == "Saraqib");
    }

    [Fact]
    public void ExcludedSpansAreSkipped()
    {
        const string text = "Fighters from Hayat Tahrir al-Sham attacked Saraqib.";
        var actor = text.IndexOf("Hayat", StringComparison.Ordinal);
        var found = PlaceAnnotator.Annotate(text, [new TextSpan(actor, actor + "Hayat Tahrir al-Sham".Length)]);
        Assert.DoesNotContain(found, p => p.Name.Contains("Hayat", StringComparison.Ordinal));
        Assert.Contains(found, p => p.Name == "Saraqib");
    }

    [Fact]
    public void HighwayBetweenTwoPlacesNamesBoth()
    {
        var found = PlaceAnnotator.Annotate("A bomb hit a bus on the Palmyra-Homs highway.", []);
        Assert.Contains(found, p => p.Name == "Palmyra");
        Assert.Contains(found, p => p.Name == "Homs");
    }
}

/// <summary>Admin and relative mentions as ACLED-style summaries write them (Syria, Kenya, Afghanistan).</summary>
public class PlaceAnnotatorAdminMentionTests
{
    private static List<PlaceMention> Places(string text) => PlaceAnnotator.Annotate(text, []).ToList();

    private static PlaceMention One(string text, string name) =>
        Assert.Single(Places(text), p => p.Name == name);

    [Fact]
    public void OutskirtsOfACityAreNearTheCityAndTheCountrysideIsAnArea()
    {
        const string t = "The rebel factions clashed with ISIS in the outskirts of Al Bab city in the eastern countryside of Aleppo.";
        Assert.Equal(PlaceRelation.Near, One(t, "Al Bab").Relation);
        var aleppo = One(t, "Aleppo");
        Assert.Equal(PlaceRelation.Area, aleppo.Relation);
        Assert.Equal("eastern", aleppo.Qualifier);
    }

    [Fact]
    public void RuralDamascusKeepsItsName()
    {
        const string t = "The rebel factions clashed with Hezbollah in Wadi Barada area in Rural Damascus.";
        Assert.Equal(PlaceRelation.Near, One(t, "Wadi Barada").Relation);
        Assert.Equal(PlaceRelation.Area, One(t, "Rural Damascus").Relation);
    }

    [Fact]
    public void CapitalisedDirectionIsNotAPlace()
    {
        var places = Places("Clashes in the Eastern countryside of As-Salamiyeh.");
        Assert.DoesNotContain(places, p => p.Name == "Eastern");
        Assert.Equal(PlaceRelation.Area, Assert.Single(places).Relation);
    }

    [Theory]
    [InlineData("Killings attributed to the Mungiki sect (Militia) were reported.", "Militia")]
    [InlineData("Clashes between Rebel and Islamic factions were reported.", "Rebel")]
    public void AnArmedActorsCommonNounIsNotAPlace(string text, string word) =>
        Assert.DoesNotContain(Places(text), p => p.Name == word);

    [Fact]
    public void KenyanCountyAfterACommaIsFound()
    {
        const string t = "Al-Shabaab militants attacked a police post in Mandera town, Mandera county.";
        var places = Places(t);
        Assert.Contains(places, p => p.Name == "Mandera" && p.Relation == PlaceRelation.In);
        Assert.Contains(places, p => p.Name == "Mandera" && p.Relation == PlaceRelation.Area && p.Qualifier == "county");
    }

    [Fact]
    public void SubCountyAndConstituencyAreAreas()
    {
        var places = Places("Another attack in Lafey sub-county of Mandera County and in Garissa Township constituency.");
        Assert.Equal("sub-county", places.Single(p => p.Name == "Lafey").Qualifier);
        Assert.Equal("constituency", places.Single(p => p.Name == "Garissa Township").Qualifier);
    }

    [Fact]
    public void AfghanProvincePossessiveAndDistrictCommaProvince()
    {
        var a = Places("Taliban attacked a checkpoint in Kunar province's Chawkay district.");
        Assert.Equal("province", a.Single(p => p.Name == "Kunar").Qualifier);
        Assert.Equal("district", a.Single(p => p.Name == "Chawkay").Qualifier);

        var b = Places("On 15 March 2020, a bomb hit a vehicle in Behsud district, Nangarhar. Fatalities coded as 0.");
        Assert.Equal("district", b.Single(p => p.Name == "Behsud").Qualifier);
        Assert.Equal("container", b.Single(p => p.Name == "Nangarhar").Qualifier);
    }

    [Fact]
    public void PossessorContainsThePossessed()
    {
        var places = Places("Protesters gathered in Nairobi's Kibera area.");
        Assert.Equal("container", places.Single(p => p.Name == "Nairobi").Qualifier);
        Assert.Equal(PlaceRelation.Near, places.Single(p => p.Name == "Kibera").Relation);
    }

    [Fact]
    public void BracketedRegionAndResidentsOfAPlace()
    {
        var a = Places("Kipsigi and Maasai militias clashed at Olpusimo (Narok). Seven people were injured.");
        Assert.Equal(PlaceRelation.In, a.Single(p => p.Name == "Olpusimo").Relation);
        Assert.Equal("container", a.Single(p => p.Name == "Narok").Qualifier);

        var b = Places("Jamhuri residents protest the allocation of public land.");
        Assert.Contains(b, p => p.Name == "Jamhuri");

        // After "a", the capitalised word is what kind of village it is, not its name.
        var c = Places("Armed men attacked a Dogon village near Bankass on Tuesday.");
        Assert.DoesNotContain(c, p => p.Name == "Dogon");
        Assert.Contains(c, p => p.Name == "Bankass");
    }

    [Theory]
    [InlineData("Place: Ololulunga Constituency, Western Region. Two people were hurt.", "Ololulunga", "constituency")]
    [InlineData("The Samburu County Commissioner said raiders stole 200 cattle.", "Samburu", "county")]
    [InlineData("Youths blocked the road. Venue: Karatina Sub-County.", "Karatina", "sub-county")]
    [InlineData("Gedo District officials confirmed the attack.", "Gedo", "district")]
    public void AdminKindWordMakesTheNameBeforeItAPlace(string text, string name, string kind)
    {
        var p = Places(text).Single(x => x.Name == name);
        Assert.Equal(kind, p.Qualifier);
        Assert.Equal(name, text[p.Start..p.End]);
    }

    [Fact]
    public void AdminKindWordAfterAnArticleOrAFormationIsNoPlaceName()
    {
        // "a Samburu county": what kind of county, not its name; "Infantry Division" is a unit, and only admin kinds count.
        Assert.DoesNotContain(Places("Raiders from a Samburu county village stole cattle."), p => p.Name == "Samburu");
        Assert.DoesNotContain(Places("Soldiers of the Infantry Division were deployed."), p => p.Name == "Infantry");
        // The county as an institution is a side, not where the event is.
        Assert.DoesNotContain(Places("Traders accused the Samburu County Government of raising fees."), p => p.Name == "Samburu");
    }

    [Fact]
    public void SentenceOpeningInBeforeACountyIsStillReadAsIn()
    {
        var p = Places("In Samburu county, raiders stole 200 cattle.").Single(x => x.Name == "Samburu");
        Assert.Equal("county", p.Qualifier);
    }

    [Fact]
    public void BothNamesOfABracketAreContainers()
    {
        // "village (district, province)": the district and the province are both the wider places of the village.
        var a = Places("Gunmen burned a school in Kalakou (Tenenkou, Mopti) on May 3. Nobody was hurt.");
        Assert.Equal(PlaceRelation.In, a.Single(p => p.Name == "Kalakou").Relation);
        Assert.Equal("container", a.Single(p => p.Name == "Tenenkou").Qualifier);
        Assert.Equal("container", a.Single(p => p.Name == "Mopti").Qualifier);
        Assert.DoesNotContain(a, p => p.Name == "Nobody");
    }

    [Fact]
    public void DirectionOfAPlaceIsNearIt()
    {
        var p = One("The Islamic State took Awishiyya just east of Arran.", "Arran");
        Assert.Equal(PlaceRelation.Near, p.Relation);
        Assert.Equal("east", p.Qualifier);
    }

    [Fact]
    public void OffsetKeepsDistanceAndBearing()
    {
        var p = One("An airstrike hit a village 12 km north of Raqqa.", "Raqqa");
        Assert.Equal(PlaceRelation.Offset, p.Relation);
        Assert.Equal(12, p.OffsetKm);
        Assert.Equal(0, p.BearingDegrees);
    }

    [Fact]
    public void ASecondNameJoinedByAndIsAPlaceToo()
    {
        Assert.Equal(PlaceRelation.In, One("Fifteen people were killed in clashes in Oldonyiro and Isiolo on Monday.", "Isiolo").Relation);
        One("Raids hit villages in Lamu and Tana River counties.", "Tana River");
    }

    [Fact]
    public void AnActorJoinedByAndIsNoPlace()
    {
        var text = "Clashes broke out in Saraqib and Hayat Tahrir al-Sham lost two fighters.";
        var actor = text.IndexOf("Hayat", StringComparison.Ordinal);
        var found = PlaceAnnotator.Annotate(text, [new TextSpan(actor, actor + "Hayat Tahrir al-Sham".Length)]);
        Assert.DoesNotContain(found, p => p.Name.StartsWith("Hayat", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Police dispersed a march in the capital on Monday.", PlaceRelation.In)]
    [InlineData("Gunmen killed two guards just outside the country's capital.", PlaceRelation.Near)]
    public void The_capital_unnamed_is_a_mention_of_the_word(string text, PlaceRelation relation)
    {
        var p = Assert.Single(PlaceAnnotator.Annotate(text, []), m => m.Qualifier == PlaceAnnotator.CapitalQualifier);
        Assert.Equal(relation, p.Relation);
        Assert.Equal("capital", text[p.Start..p.End]);
    }

    [Fact]
    public void The_capital_of_a_named_region_is_not_the_countrys() =>
        Assert.DoesNotContain(PlaceAnnotator.Annotate("Troops entered the capital of Kwara State.", []), m => m.Qualifier == PlaceAnnotator.CapitalQualifier);
}
