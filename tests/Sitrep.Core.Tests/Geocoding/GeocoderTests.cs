using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

public class GeocoderTests
{
    private static readonly Geocoder Geo = new(Gazetteer.LoadBundled());

    private static PlaceMention M(string name, PlaceRelation rel = PlaceRelation.In, double? km = null, double? bearing = null) =>
        new(name, 0, name.Length, rel, km, bearing);

    [Fact]
    public void NearJisrAlShughurIsPrecisionTwoInIdleb()
    {
        var mentions = new[] { M("Jisr al-Shughur", PlaceRelation.Near) };
        var r = Geo.Resolve(mentions, mentions, "Syria")!;
        Assert.Equal(2, r.GeoPrecision);
        Assert.Equal("Syria", r.Country);
        Assert.Equal("Idleb", r.Admin1);
        Assert.Equal("Jisr Ash Shugur", r.Admin2);
        Assert.InRange(GeoMath.DistanceKm(r.Latitude!.Value, r.Longitude!.Value, 35.813, 36.318), 0, 5);
        Assert.NotNull(r.Chosen);
        Assert.Contains("Jisr", r.Why);
    }

    [Fact]
    public void UnknownVillageFallsBackInsideTheNamedGovernorate()
    {
        // A village cities500 does not have, fenced by the governorate the report names.
        var ev = new[] { M("Kafr Zzzyta-Unknown"), M("Jisr al-Shughur", PlaceRelation.Near) };
        var doc = ev.Append(M("Idlib", PlaceRelation.Area)).ToArray();
        var r = Geo.Resolve(ev, doc, "Syria")!;
        Assert.Equal("Idleb", r.Admin1);
        Assert.Equal(2, r.GeoPrecision);
        Assert.Contains("not in the gazetteer", r.Why);
    }

    [Fact]
    public void AreaMentionGivesTheGovernorateAtPrecisionThree()
    {
        var ev = new[] { M("Idlib", PlaceRelation.Area) };
        var r = Geo.Resolve(ev, ev, "SY")!;
        Assert.Equal(3, r.GeoPrecision);
        Assert.Equal("Idleb", r.Admin1);
        Assert.Equal("Idleb", r.Location);
        Assert.Equal(string.Empty, r.Admin2);
        Assert.InRange(GeoMath.DistanceKm(r.Latitude!.Value, r.Longitude!.Value, 35.8, 36.6), 0, 60);
    }

    [Fact]
    public void OffsetIsAGreatCircleDestinationAtPrecisionTwo()
    {
        var ev = new[] { M("Raqqa", PlaceRelation.Offset, 12, 0) };
        var r = Geo.Resolve(ev, ev, "Syria")!;
        var raqqa = Gazetteer.LoadBundled().Lookup("Raqqa").Where(p => p.CountryCode == "SY").MaxBy(p => p.Population)!;
        Assert.Equal(2, r.GeoPrecision);
        Assert.InRange(GeoMath.DistanceKm(raqqa.Latitude, raqqa.Longitude, r.Latitude!.Value, r.Longitude!.Value), 11.9, 12.1);
        Assert.True(r.Latitude > raqqa.Latitude);
        Assert.Equal(raqqa.Longitude, r.Longitude!.Value, 2);
    }

    [Fact]
    public void CountryHintPicksTheSameNamedPlaceInThatCountry()
    {
        // Homs is also a place in Libya (Al Khums); the hint decides.
        var ev = new[] { M("Homs") };
        Assert.Equal("SY", Geo.Resolve(ev, ev, "Syria")!.Chosen!.Place.CountryCode);
        var kabul = new[] { M("Kabul") };
        var r = Geo.Resolve(kabul, kabul, (string?)null)!;
        Assert.Equal("Afghanistan", r.Country);
        Assert.Equal(1, r.GeoPrecision);
    }

    [Fact]
    public void AdminContextInTheReportBeatsPopulation()
    {
        // Several Syrian villages share a name; the one in the governorate the report names wins.
        var g = Gazetteer.LoadBundled();
        var shared = g.Places.Where(p => p.CountryCode == "SY" && p.FeatureClass == 'P')
            .GroupBy(p => PlaceNameKey.Of(p.Name))
            .First(gr => gr.Select(p => p.Admin1Code).Distinct().Count() > 1);
        var target = shared.OrderBy(p => p.Population).First();
        var ev = new[] { M(target.Name) };
        var doc = ev.Append(M(target.Admin1Name, PlaceRelation.Area)).ToArray();
        var r = Geo.Resolve(ev, doc, "Syria")!;
        Assert.Equal(target.Admin1Name, r.Admin1);
        Assert.NotNull(r.RunnerUp);
        Assert.Contains("named in report", r.Chosen!.Why);
    }

    [Fact]
    public void InferCountryFromPlacesAlone()
    {
        var doc = new[] { M("Garissa"), M("Mandera"), M("Nairobi") };
        Assert.Equal("KE", Geo.InferCountry(doc));
        var syria = new[] { M("Deir ez-Zor"), M("Al Mayadin"), M("Abu Kamal") };
        Assert.Equal("SY", Geo.InferCountry(syria));
    }

    [Fact]
    public void NothingResolvesGivesNull()
    {
        // With no country to fall back on there is nothing to say.
        var ev = new[] { M("Zzqy-Unknown") };
        Assert.Null(Geo.Resolve(ev, ev, (string?)null));
    }

    [Fact]
    public void KenyanCountyAsAreaComesOutInAcledSpelling()
    {
        var ev = new[] { M("Turkana County", PlaceRelation.Area) };
        var r = Geo.Resolve(ev, ev, "Kenya")!;
        Assert.Equal("Turkana", r.Admin1);
        Assert.Equal(3, r.GeoPrecision);
    }
}

public class GeocoderContextTests
{
    private static readonly Geocoder Geo = new(Gazetteer.LoadBundled());

    private static PlaceMention M(string name, PlaceRelation rel = PlaceRelation.In, string? qualifier = null, int start = 0) =>
        new(name, start, start + name.Length, rel, null, null, qualifier);

    [Fact]
    public void RuralDamascusIsTheGovernorateNotTheCity()
    {
        var ev = new[] { M("Rural Damascus", PlaceRelation.Area, "rural") };
        var r = Geo.Resolve(ev, ev, "Syria")!;
        Assert.Equal("Rural Damascus", r.Admin1);
        Assert.Equal(3, r.GeoPrecision);

        var countryside = new[] { M("Damascus", PlaceRelation.Area, "countryside") };
        Assert.Equal("Rural Damascus", Geo.Resolve(countryside, countryside, "Syria")!.Admin1);
    }

    [Fact]
    public void VillageNamedBesideAGovernorateWins()
    {
        // "north of Suran city in Hama": Hama is the governorate here, Suran the place.
        var ev = new[] { M("Hama", start: 40), M("Suran", PlaceRelation.Near, start: 10) };
        var r = Geo.Resolve(ev, ev, "Syria")!;
        Assert.Equal("Suran", r.Location);
        Assert.Equal("Hama", r.Admin1);
    }

    [Fact]
    public void CountryFromAGovernorateNameExcludesNamesakesAbroad()
    {
        var doc = new[] { M("Idlib", PlaceRelation.Area), M("Halbeh") };
        var (cc, isFixed) = Geo.DecideCountry(doc, null);
        Assert.Equal("SY", cc);
        Assert.True(isFixed);
    }

    [Fact]
    public void KeyOnlyNamesakeDoesNotOutvoteAnExactTown()
    {
        // Thika (Kenya) and Attica (Greek region) share a transliteration key; the town spelled as written wins.
        var doc = new[] { M("Thika") };
        Assert.Equal("KE", Geo.DecideCountry(doc, null).CountryCode);
        var r = Geo.Resolve(doc, doc, (string?)null)!;
        Assert.Equal("Kenya", r.Country);
    }

    [Fact]
    public void ActorCountriesBreakAnOtherwiseOpenChoice()
    {
        var doc = new[] { M("Zzqy-Unknown") };
        Assert.Equal("SY", Geo.DecideCountry(doc, null, ["Syria", "Syria", "~Russia"]).CountryCode);
    }

    [Theory]
    [InlineData("Tiyas Military Airbase", "Tiyas", "Homs")]
    [InlineData("Hmeimim Air Base", "Hmeimim", "Lattakia")]
    [InlineData("Jroud Arsal", "Arsal", null)]
    public void SiteNamedAfterAPlaceIsNearThatPlace(string site, string core, string? admin1)
    {
        Assert.Equal(core, SiteWords.SiteOf(site));
        var ev = new[] { M(site) };
        var country = admin1 is null ? "Lebanon" : "Syria";
        var r = Geo.Resolve(ev, ev, country)!;
        // The site is beside the place, not the place: precision 2, and the location keeps the report's name of the site.
        Assert.Equal(2, r.GeoPrecision);
        Assert.Equal(site, r.Location);
        Assert.NotNull(r.Latitude);
        if (admin1 is not null) Assert.Equal(admin1, r.Admin1);
        Assert.Contains("a site named after", r.Why);
    }

    [Theory]
    [InlineData("Mandera Town", "Mandera")]
    [InlineData("Zzq Unknown Airbase", null)]
    public void KindWordNamesThePlaceItself(string name, string? bare) => Assert.Equal(bare, SiteWords.SamePlace(name));

    [Fact]
    public void SiteOfAnUnknownPlaceStaysUnplaced()
    {
        var ev = new[] { M("Zzqwy Military Airbase") };
        var r = Geo.Resolve(ev, ev, "Syria")!;
        Assert.Null(r.Latitude);
        Assert.Equal(3, r.GeoPrecision);
    }

    [Fact]
    public void UnfoundVillageStaysTheLocationNameWithTheWiderPlacesPoint()
    {
        var ev = new[] { M("Dahr al-Aswad"), M("Rural Damascus", PlaceRelation.Area, "rural") };
        var r = Geo.Resolve(ev, ev, "Syria")!;
        Assert.Equal("Dahr al-Aswad", r.Location);
        Assert.Equal("Rural Damascus", r.Admin1);
        Assert.Equal(3, r.GeoPrecision);
    }

    [Fact]
    public void UnresolvableVillageStillGivesCountryAndLocationWithoutCoordinates()
    {
        var ev = new[] { M("Zzqy-Unknown") };
        var r = Geo.Resolve(ev, ev, "Syria")!;
        Assert.Equal("Syria", r.Country);
        Assert.Equal("Zzqy-Unknown", r.Location);
        Assert.Null(r.Latitude);
    }

    [Fact]
    public void LocationNamesAreAscii()
    {
        Assert.Equal("Jisr ash Shughur", Geocoder.Ascii("Jisr ash Shughūr"));
        Assert.Equal("Uqayribat", Geocoder.Ascii("‘Uqayribāt"));
        Assert.Equal("Al-Rashdeen", Geocoder.LocationName("al-Rashdeen"));
    }
}
