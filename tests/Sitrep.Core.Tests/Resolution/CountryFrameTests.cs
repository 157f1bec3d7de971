using Sitrep.Core.Geocoding;
using Sitrep.Core.Resolution;
using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Resolution;

/// <summary>The report's country frame, on short reports written for these tests: one per frame rule.</summary>
public class CountryFrameTests
{
    private static ResolvedEvent One(string text, string? source = null) => Assert.Single(TestPipeline.Run(text, source: source));

    [Theory]
    [InlineData("Hundreds of protesters marched in Goma, eastern Congo, on Monday against the rebels.", "Democratic Republic of Congo")]
    [InlineData("Hundreds of protesters marched in Brazzaville, Republic of Congo, on Monday against fuel prices.", "Republic of Congo")]
    [InlineData("Hundreds of protesters marched in Pointe-Noire, Congo-Brazzaville, on Monday against fuel prices.", "Republic of Congo")]
    public void ABareCongoIsTheDemocraticRepublic(string text, string country) => Assert.Equal(country, One(text).Country);

    [Theory]
    [InlineData("HTS fighters took control of the town of Banin south of Idlib on Monday.", "Syria")]
    [InlineData("Gunmen attacked a village in central Mali on Monday, killing three herders.", "Mali")]
    public void AShortNameALetterOffACountrysIsNoCountry(string text, string country)
    {
        // Banin is a Syrian town, one letter off Benin: a short name names a country only as it is spelled.
        Assert.Equal(country, One(text).Country);
    }

    [Fact]
    public void IslamistMilitantsNameNoCountry()
    {
        // One country's row lists "Islamist militants" among its descriptions; a report that names no country is not
        // framed in that one by the words, so a village one letter off a Syrian one is not placed in Syria.
        var e = One("Islamist militants attacked the village of Sabure on Monday, killing eight Dogon civilians, residents said.");
        Assert.NotEqual("Syria", e.Country);
        Assert.DoesNotContain("home of 'Islamist militants'", e.Geocoding?.Why ?? "");
    }

    [Fact]
    public void AVillageNamedLikeATownAbroadStaysInTheReportsCountry()
    {
        // Gotha (Germany) and Ghouta share a transliteration key; the report is about Syria.
        var e = One("Syrian regime forces shelled Eastern Ghouta in Rural Damascus on May 27, killing two civilians.");
        Assert.Equal("Syria", e.Country);
        Assert.Contains("report's countries", e.Geocoding!.Why);
    }

    [Fact]
    public void AnOutletThatCoversOneCountryKeepsAVillageNameAtHome()
    {
        // No country word at all: the outlet (a Syrian monitor) is the only hint, and it is enough to refuse namesakes abroad.
        var e = One("Clashes broke out between rebels and regime forces near Duma on May 27. No casualties were reported.", source: "SOHR");
        Assert.Equal("Syria", e.Country);
    }

    [Fact]
    public void AKenyanBroadcasterNamedPlainlyFramesKenya()
    {
        // No place and no country word: the outlet (Nairobi's Capital FM, as wire digests name it) is the only hint, and
        // the police it names are that country's.
        var e = One("Riot police fired tear gas to disperse traders protesting new market fees on May 27, 2020.", source: "Capital FM");
        Assert.Equal("Kenya", e.Country);
        Assert.Contains("Police Forces of Kenya", e.Actor2 + e.Actor1);
    }

    [Fact]
    public void ALeaderOnlyOneCountryHasFramesItWhenNoPlaceIsNamed()
    {
        // No place, no country, no outlet: the opposition leader's name is the one word that says where, and it is no place.
        var e = One("Supporters of Raila Odinga burned tyres and stoned cars on Tuesday, protesting the election results. Police fired tear gas.", source: "Wire digest");
        Assert.Equal("Kenya", e.Country);
        Assert.StartsWith("Police Forces of Kenya", e.Actor2);
        Assert.NotEqual("Raila Odinga", e.Location);
    }

    [Fact]
    public void ALeadersNameDoesNotOutweighTheCountryNamedAsThePlace()
    {
        var e = One("Supporters of Raila Odinga rioted in Kampala, Uganda, on Tuesday.", source: "Wire digest");
        Assert.Equal("Uganda", e.Country);
    }

    [Fact]
    public void ASlumNamedAfterItsCityIsInThatCity()
    {
        // "a Nairobi slum": the article does not make the city's name a mere word, as it does for "a Kenyan village".
        var e = One("Traders rioted in a Nairobi slum on Tuesday over the demolition of their stalls.", source: "Wire digest");
        Assert.Equal("Kenya", e.Country);
        Assert.Equal("Nairobi", e.Location);
    }

    [Fact]
    public void AnExplicitCrossBorderStrikeIsPlacedWhereTheTextPutsIt()
    {
        var e = One("Turkish warplanes struck PKK positions near Zakho in northern Iraq on May 27, killing four militants.");
        Assert.Equal("Iraq", e.Country);
        Assert.Equal("Turkey", e.Actor1.Contains("Turkey") ? "Turkey" : e.Actor1);
    }

    [Fact]
    public void AReportAboutTwoCountriesPlacesTheEventInTheOneItsSentenceNames()
    {
        var events = TestPipeline.Run(
            "The fighting spread from Mandera, Kenya across the border on May 27, when al-Shabaab fighters attacked an army base in Baidoa, Somalia, killing five soldiers.");
        var e = Assert.Single(events);
        Assert.Equal("Somalia", e.Country);
        Assert.Contains("KE", e.Geocoding!.Why);
    }

    [Fact]
    public void AnUnknownSiteFallsBackToTheTownTheReportNamesElsewhere()
    {
        // The hill is in no gazetteer; the report's own town is the best place the text supports, at precision 3.
        var e = One("The front around Deir ez-Zor city in eastern Syria has been contested for months. On May 27 regime forces took control of Zzqwy Hill amid an exchange of shelling, killing three rebels.");
        Assert.Equal("Zzqwy Hill", e.Location);
        Assert.Equal("Deir ez Zor", e.Admin1);
        Assert.Equal(3, e.GeoPrecision);
        Assert.NotNull(e.Latitude);
        Assert.Contains("coded to the place the report names", e.Geocoding!.Why);
    }

    [Fact]
    public void AReportThatNamesNoPlaceGetsTheCountryItsWordsNameAndNoPoint()
    {
        var e = One("Kenyan police shot dead two suspected robbers on May 27, a police spokesman said.");
        Assert.Equal("Kenya", e.Country);
        Assert.Null(e.Latitude);
    }

    [Fact]
    public void ACityOnlyOneCountryHasAsWrittenOpensItAlone()
    {
        // No country word: Thika (a Kenyan town of 200,000) is the only place spelled so; its namesakes abroad are met only
        // through the transliteration key, so their votes do not keep it unplaced.
        var e = One("Political parties clashed in Thika on May 27. One person was injured.");
        Assert.Equal("Kenya", e.Country);
        Assert.Equal("Thika", e.Location);
    }

    [Fact]
    public void AVillageNameAloneDoesNotCarryAnEventAbroad()
    {
        // No word of the report names a country and the village is not a place the gazetteer can tell apart: unplaced.
        var e = One("Armed men attacked the village of Poquott on May 27, killing one resident.");
        Assert.True(e.Country is "" or "United States", e.Country);
        if (e.Country == "") Assert.Null(e.Latitude);
    }

    [Fact]
    public void ParticipantCountriesDoNotMoveTheEvent()
    {
        // Turkey is a side here ("Turkey's shelling", "Turkish forces"); the places are Syrian.
        var e = One("Amid Turkey's shelling, Turkish forces and allied factions clashed with the SDF in Manbij countryside in Aleppo province on May 27.");
        Assert.Equal("Syria", e.Country);
    }

    [Fact]
    public void TheFrameExplainsItsEvidence()
    {
        var frame = CountryFrame.Decide([
            new FrameEvidence("SY", FrameEvidenceKind.CountryAsPlace, 3, "in Syria"),
            new FrameEvidence("TR", FrameEvidenceKind.Demonym, 0.4, "Turkish"),
            new FrameEvidence("DE", FrameEvidenceKind.PlaceName, 0.9, "Gotha", OpensFrame: false),
        ]);
        Assert.Equal("SY", frame.Primary);
        // Turkey is a side: a member of the frame, but no place of the report's is looked for there.
        Assert.Contains("TR", frame.Members);
        Assert.False(frame.Allows("TR"));
        Assert.False(frame.Allows("DE"));
        Assert.Contains("named as place 'in Syria'", frame.Explain());
    }

    [Fact]
    public void PlacesDecideOnlyWhenNoWordSaysWhere()
    {
        var participantsOnly = CountryFrame.Decide([
            new FrameEvidence("ML", FrameEvidenceKind.ActorHome, 0.5, "ISGS"),
            new FrameEvidence("NE", FrameEvidenceKind.AdminName, 2.5, "Tillaberi", OpensFrame: true),
        ]);
        Assert.Equal("NE", participantsOnly.Primary);
        var outletSaysWhere = CountryFrame.Decide([
            new FrameEvidence("SY", FrameEvidenceKind.Outlet, 1, "SOHR"),
            new FrameEvidence("AZ", FrameEvidenceKind.AdminName, 2.5, "Bardah", OpensFrame: true),
        ]);
        Assert.Equal("SY", outletSaysWhere.Primary);
        Assert.False(outletSaysWhere.Allows("AZ"));
        var nothingClear = CountryFrame.Decide([new FrameEvidence("US", FrameEvidenceKind.PlaceName, 0.3, "Pokot", OpensFrame: false)]);
        Assert.True(nothingClear.Closed);
        Assert.False(nothingClear.Allows("US"));
    }

    [Fact]
    public void ACityWhoseKeyMatchesACountryIsNotThatCountry()
    {
        // "As Samawah" and Samoa share a transliteration key; a whole country is named only as it is spelled.
        var e = One("Dozens of protesters took to the streets in As Samawah city in al-Muthanna province on Tuesday.", source: "Iraqi News");
        Assert.NotEqual("Samoa", e.Country);
        Assert.Equal("Iraq", e.Country);
        Assert.Equal("As Samawah", e.Location);
    }

    [Fact]
    public void AProvinceALetterOffDoesNotOutweighACitySpelledExactly()
    {
        // Samara (a Russian province) is a letter away from Samarra (an Iraqi city the text spells exactly).
        var e = One("An Iraqi policeman was beheaded by IS militants after being kidnapped south of the city of Samarra on Tuesday.");
        Assert.Equal("Iraq", e.Country);
    }

    [Fact]
    public void AVillageNameWhoseOnlyNamesakeIsAContinentAwayFromTheGroupsHomeIsNotPlacedThere()
    {
        // HTS fights in Syria; the only Tiznit in the gazetteer is in Morocco. Syria with no coordinates is honest.
        var e = One("Hayat Tahrir al-Sham fighters shelled positions near the village of Tiznit on Tuesday, killing two fighters.");
        Assert.Equal("Syria", e.Country);
        Assert.Null(e.Latitude);
    }

    [Fact]
    public void ANamesakeAContinentAwayFromTheSideWhoseCountryHasTheOtherPlacesOpensNothing()
    {
        // Syria is a side (a demonym) and has a place the report names (Aleppo); the only other support for Yemen is the
        // Yemeni namesake of a village. No word puts events in Yemen, so Yemen hosts no place.
        var near = (string a, string b) => a == b || (a, b) is ("SY", "TR") or ("TR", "SY");
        var frame = CountryFrame.Decide(
        [
            new FrameEvidence("SY", FrameEvidenceKind.Demonym, 0.4, "Syrian"),
            new FrameEvidence("SY", FrameEvidenceKind.PlaceName, 1, "Aleppo", OpensFrame: true) { SpelledAsWritten = true },
            new FrameEvidence("YE", FrameEvidenceKind.PlaceName, 1, "Al Qarn", OpensFrame: true) { SpelledAsWritten = true },
        ], near);
        Assert.Equal("SY", frame.Primary);
        Assert.False(frame.Allows("YE"));
    }

    [Fact]
    public void AGroupsHomeWithAPlaceOfTheReportsKeepsANamesakeTwoCountriesAwayOut()
    {
        // Yemen is within a group's reach of Syria but does not border it; the report names a Syrian place too.
        var near = (string a, string b) => true;
        var adjacent = (string a, string b) => a == b;
        var frame = CountryFrame.Decide(
        [
            new FrameEvidence("SY", FrameEvidenceKind.ActorHome, 0.5, "SDF") { NonStateArmed = true },
            new FrameEvidence("SY", FrameEvidenceKind.PlaceName, 1, "Manbij", OpensFrame: true) { SpelledAsWritten = true },
            new FrameEvidence("YE", FrameEvidenceKind.PlaceName, 1, "Al Qarn", OpensFrame: true) { SpelledAsWritten = true },
        ], near, adjacent);
        Assert.False(frame.Allows("YE"));
    }

    [Fact]
    public void ANamesakeNextToTheSidesCountryStillOpens()
    {
        // Turkey borders Syria: a place there may be where the Syrian side fought.
        var near = (string a, string b) => a == b || (a, b) is ("SY", "TR") or ("TR", "SY");
        var frame = CountryFrame.Decide(
        [
            new FrameEvidence("SY", FrameEvidenceKind.Demonym, 0.4, "Syrian"),
            new FrameEvidence("SY", FrameEvidenceKind.PlaceName, 1, "Aleppo", OpensFrame: true) { SpelledAsWritten = true },
            new FrameEvidence("TR", FrameEvidenceKind.PlaceName, 1, "Kilis", OpensFrame: true) { SpelledAsWritten = true },
        ], near);
        Assert.True(frame.Allows("TR"));
    }

    [Fact]
    public void AForeignForceWithNoPlaceAtHomeDoesNotKeepAPlaceOutOfItsCountry()
    {
        // France is only a side: nothing the report names is in France, so it says nothing of where the strike was.
        var near = (string a, string b) => a == b;
        var frame = CountryFrame.Decide(
        [
            new FrameEvidence("FR", FrameEvidenceKind.Demonym, 0.4, "French"),
            new FrameEvidence("ML", FrameEvidenceKind.PlaceName, 1, "Tessit", OpensFrame: true) { SpelledAsWritten = true },
        ], near);
        Assert.True(frame.Allows("ML"));
    }

    [Fact]
    public void SyrianTroopsNearAPlaceInSyriaDoNotFollowAVillageNameToYemen()
    {
        // Syria (the soldiers' side) has a Sukhnah; Yemen has an Al Hawarith and an As Sukhnah, nothing more.
        var e = One("Syrian soldiers took the hamlet of Al Hawarith south of Sukhnah after fighting with jihadists on Monday. No casualties were reported.");
        Assert.Equal("Syria", e.Country);
    }

    [Fact]
    public void ForeignForcesDoNotPullAVillageOutOfTheCountryTheyFightIn()
    {
        // A state's forces act abroad: naming French forces keeps a Malian village in Mali.
        var e = One("French forces conducted airstrikes on Tuesday near Menaka, killing several militants.");
        Assert.Equal("Mali", e.Country);
    }

    [Theory]
    [InlineData("SY", "TR", true)]
    [InlineData("ML", "BF", true)]
    [InlineData("IQ", "IR", true)]
    [InlineData("SY", "MA", false)]
    [InlineData("KE", "UA", false)]
    [InlineData("IQ", "WS", false)]
    public void CountriesAreNearOnlyWithinARegion(string a, string b, bool near) =>
        Assert.Equal(near, new Geocoder(Gazetteer.LoadBundled()).Extents.Near(a, b));

    [Theory]
    [InlineData("SY", "TR", true)]
    [InlineData("SY", "IQ", true)]
    [InlineData("SY", "LB", true)]
    [InlineData("SY", "JO", true)]
    [InlineData("CD", "RW", true)]
    [InlineData("CD", "BI", true)]
    [InlineData("CD", "TZ", true)]
    [InlineData("CD", "UG", true)]
    [InlineData("KE", "SO", true)]
    [InlineData("ML", "BF", true)]
    [InlineData("NG", "NE", true)]
    [InlineData("NG", "CM", true)]
    [InlineData("SY", "YE", false)]
    [InlineData("CD", "ID", false)]
    public void CountriesAreAdjacentOnlyWhenTheirExtentsTouch(string a, string b, bool adjacent) =>
        Assert.Equal(adjacent, new Geocoder(Gazetteer.LoadBundled()).Extents.Adjacent(a, b));

    [Fact]
    public void AnUnknownSiteIsNotPlacedAtAPlaceAnotherParagraphNames()
    {
        // Jantar Mantar is not in the gazetteer; Haryana belongs to the other incident, so the sit-in stays unplaced in India.
        var events = TestPipeline.Run(
            "Militants killed two soldiers in an ambush in Haryana, India, on Sunday.\n\n"
            + "Several hundred farmers held a sit-in at Jantar Mantar on Sunday to press their demands.");
        var sitIn = Assert.Single(events, e => e.EventType == "Protests");
        Assert.Equal("India", sitIn.Country);
        Assert.Null(sitIn.Latitude);
    }

    [Fact]
    public void AProvinceNamedBareIsTheProvinceNotAVillageSpelledNearlyAlike()
    {
        var events = TestPipeline.Run("Militants killed two soldiers in an ambush in Haryana, India, on Sunday.");
        var e = Assert.Single(events);
        Assert.Equal("Haryana", e.Admin1);
        Assert.Equal(3, e.GeoPrecision);
    }

    [Fact]
    public void AProvinceWrittenWithoutItsArticleOpensItsCountry()
    {
        // The gazetteer spells it "Ar Raqqah" / "Ar Raqqa"; reports drop the article and the final h.
        var e = One("Government troops recaptured two hamlets in Raqqa after clashes with jihadists on Tuesday. No casualties were reported.");
        Assert.Equal("Syria", e.Country);
        Assert.Equal("Ar Raqqa", e.Admin1);
    }

    [Fact]
    public void AVillageWithoutItsArticleDoesNotOpenTheCountryOfANamesake()
    {
        // Iraq has an "Al Hadar"; a bare village name with no other word of where stays unplaced rather than go there.
        var e = One("Government troops clashed with rebel fighters in the town of Hadar on Tuesday. No casualties were reported.");
        Assert.NotEqual("Iraq", e.Country);
    }

    [Fact]
    public void APlaceJoinedToAnUnknownOneStillSaysWhichCountry()
    {
        // "Somali" names a side; Isiolo, joined to a village the gazetteer lacks, puts the clash in Kenya.
        var e = One("Clashes between Somali and Samburu herders left 15 dead in Oldonyiro and Isiolo on Monday.");
        Assert.Equal("Kenya", e.Country);
    }

    [Fact]
    public void InTheCapitalIsTheCapitalOfTheReportsCountry()
    {
        var events = TestPipeline.Run(
            "Police fired tear gas at farmers marching to parliament near Ambala, India, on Sunday.\n\n"
            + "In the capital, several hundred farmers held a sit-in at Jantar Mantar on Sunday to press their demands.");
        var sitIn = Assert.Single(events, e => e.Location == "New Delhi");
        Assert.Equal("Protests", sitIn.EventType);
    }

    [Fact]
    public void TheCapitalFollowedByItsNameIsThatName()
    {
        var places = Sitrep.Core.Annotation.PlaceAnnotator.Annotate("Police dispersed protesters in the capital Abuja on Tuesday.", []);
        Assert.DoesNotContain(places, p => p.Qualifier == Sitrep.Core.Annotation.PlaceAnnotator.CapitalQualifier);
    }
}
