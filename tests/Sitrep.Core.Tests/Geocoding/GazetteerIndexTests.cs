using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

public class GazetteerIndexTests
{
    private static readonly Lazy<(ReferenceGazetteer Old, Gazetteer New)> Pair = new(() =>
    {
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.BundledResource)!;
        var data = GazetteerIndexFile.ReadData(s, alternateNames: false);
        return (ReferenceGazetteer.Build([data]), Gazetteer.LoadBundled());
    });

    [Fact]
    public void BundledIndexIsCurrent()
    {
        // Fails after a change to PlaceNameKey rules or acled-admin-aliases.tsv until data/gazetteer/build.sh is rerun
        // (until then every load rebuilds the index from the data it carries: right, but seconds slow).
        Assert.True(Gazetteer.BundledIndexIsCurrent, "rerun data/gazetteer/build.sh");
    }

    [Fact]
    public void PlacesUnitsAndKeysMatchTheFormerBuild()
    {
        var (old, now) = Pair.Value;
        Assert.Equal(old.KeyCount, now.KeyCount);
        Assert.Equal(old.Places.Count, now.Places.Count);
        for (var i = 0; i < old.Places.Count; i++) Assert.Equal(old.Places[i], now.Places[i]);
        Assert.Equal(old.Countries, now.Countries);
        Assert.Equal(old.Admin1Units, now.Admin1Units);
        Assert.Equal(old.Admin2Units, now.Admin2Units);
        foreach (var u in old.Countries) Assert.Equal(u, now.Country(u.CountryCode));
        foreach (var u in old.Admin1Units) Assert.Equal(u, now.Admin1(u.CountryCode, u.Admin1Code));
        foreach (var u in old.Admin2Units) Assert.Equal(u, now.Admin2(u.CountryCode, u.Admin1Code, u.Admin2Code));

        foreach (var p in old.Places.Where((_, i) => i % 37 == 0))
        {
            Assert.Equal(p, now.ById(p.GeonameId));
        }

        Assert.Null(now.ById(-5));
    }

    [Fact]
    public void LookupsMatchTheFormerBuild()
    {
        var (old, now) = Pair.Value;
        var names = SampleNames(old);
        foreach (var name in names)
        {
            Assert.Equal(old.Lookup(name), now.Lookup(name));
            Assert.Equal(old.ContainsKey(PlaceNameKey.Of(name)), now.ContainsKey(PlaceNameKey.Of(name)));
            Assert.Equal(old.LookupAdmin(name, allowFuzzy: false), now.LookupAdmin(name, allowFuzzy: false));
            Assert.Equal(old.CountryCodeOf(name), now.CountryCodeOf(name));
            // Fuzzy hits: the same set; the order among equal distances was an artifact of an unstable sort over the
            // former world-wide index of place and admin keys, which no longer exists.
            Assert.Equal(Sorted(old.LookupAdmin(name)), Sorted(now.LookupAdmin(name)));
        }

        foreach (var cc in new[] { "SY", "sy", "KE", "Kenya", "Afghanistan", "XX", "", "  " })
        {
            Assert.Equal(old.CountryCodeOf(cc), now.CountryCodeOf(cc));
            Assert.Equal(old.Country(cc), now.Country(cc));
        }
    }

    [Fact]
    public void FuzzyLookupsMatchTheFormerBuildWorldWideAndPerCountry()
    {
        var (old, now) = Pair.Value;
        var rng = new Random(11);
        var names = SampleNames(old).Where((_, i) => i % 3 == 0).Select(n => n.Length > 5 && rng.Next(2) == 0 ? Misspell(n, rng) : n).ToList();
        var misspelt = SampleNames(old).Select(n => n.Length > 5 ? Misspell(n, rng) : n).ToList();
        foreach (var name in misspelt)
        {
            Assert.Equal(Sorted(old.LookupAdmin(name)), Sorted(now.LookupAdmin(name)));
        }

        foreach (var name in names)
        {
            var before = old.LookupFuzzy(name);
            var world = now.LookupFuzzy(name);
            Assert.Equal(Sorted(before), Sorted(world));
            foreach (var cc in before.Select(x => x.Place.CountryCode).Append("SY").Distinct())
            {
                // Per country: exactly the world-wide hits of that country, in the same order.
                Assert.Equal(world.Where(x => x.Place.CountryCode == cc), now.LookupFuzzy(name, cc));
            }
        }

        Assert.Empty(now.LookupFuzzy("Aleppo", "ZZ"));
    }

    [Fact]
    public void DistrictInferenceAndAdminProximityMatchTheFormerBuild()
    {
        var (old, now) = Pair.Value;
        var admin1s = old.Admin1Units.Where((_, i) => i % 7 == 0).ToList();
        foreach (var p in old.Places.Where((p, i) => i % 23 == 0 || p.CountryCode is "SY" or "AF"))
        {
            Assert.Equal(old.InferAdmin2(p), now.InferAdmin2(p));
            foreach (var a in admin1s.Where(a => a.CountryCode == p.CountryCode).Take(4).Append(new AdminUnit(AdminLevel.Admin1, "ZZ", "", "01", "", "", "", "", 0, 0, 0)))
            {
                Assert.Equal(old.IsInOrBeside(p, a.CountryCode, a.Admin1Code), now.IsInOrBeside(p, a.CountryCode, a.Admin1Code));
            }
        }
    }

    [Fact]
    public void AdminProximityByKeyMatchesTheFormerBuildNearProvinceBorders()
    {
        // Every admin1 of the place's country, so the places just across a border (the latitude run search) are asked too.
        var (old, now) = Pair.Value;
        var beside = 0;
        foreach (var p in old.Places.Where((p, i) => p.CountryCode is "SY" or "KE" && i % 5 == 0))
        {
            foreach (var a in old.Admin1Units.Where(a => a.CountryCode == p.CountryCode))
            {
                var expected = old.IsInOrBeside(p, a.CountryCode, a.Admin1Code);
                Assert.Equal(expected, now.IsInOrBeside(p, a.CountryCode + "." + a.Admin1Code));
                Assert.Equal(expected, now.IsInOrBeside(p, a.CountryCode, a.Admin1Code));
                if (expected && a.Admin1Code != p.Admin1Code) beside++;
            }
        }
        Assert.True(beside > 100, $"only {beside} places beside another province");
    }

    [Fact]
    public void AnIndexRoundTripsItsDataAndIndexesAdminAlternates()
    {
        var data = new GazetteerData();
        data.Countries["SY"] = "Syria";
        data.CountryAlternates["SY"] = ["Syrian Arab Republic"];
        data.Admin1Names["SY.12"] = "Idlib Governorate";
        data.Admin2Names["SY.12.1201"] = "Jisr al-Shughur District";
        data.AdminAlternates["SY.12"] = ["محافظة إدلب"];
        data.AdminAlternates["SY.12.1201"] = ["Dschisr asch-Schughur"];
        data.Places.Add(new RawPlace(1, "Jisr ash Shughur", 35.81418, 36.31983, 'P', "PPLA2", "SY", "12", "", "", 39311, ["جسر الشغور"]));
        data.Places.Add(new RawPlace(2, "Al Ghassaniyah", 35.85, 36.29, 'P', "PPL", "SY", "12", "1201", "", 0, []));
        var file = Path.Combine(Path.GetTempPath(), $"sitrep-index-{Guid.NewGuid():N}{GazetteerIndexFile.Extension}");
        try
        {
            using (var fs = File.Create(file)) GazetteerIndexFile.Write(data, fs);
            var g = Gazetteer.Load(file);
            Assert.Equal("Idleb", Assert.Single(g.LookupAdmin("محافظة إدلب", allowFuzzy: false)).Name);
            Assert.Equal(AdminLevel.Admin2, Assert.Single(g.LookupAdmin("Dschisr asch-Schughur", allowFuzzy: false)).Level);
            Assert.Equal(1, Assert.Single(g.Lookup("جسر الشغور")).GeonameId);
            Assert.Equal("Jisr al Shughur", g.InferAdmin2(g.ById(1)!)!.Value.Name);
            Assert.Equal(g.Places, Gazetteer.Build([data]).Places);

            var back = GazetteerIndexFile.ReadData(file);
            Assert.Equal(data.Countries, back.Countries);
            Assert.Equal(data.AdminAlternates["SY.12"], back.AdminAlternates["SY.12"]);
            Assert.Equal(data.Admin2Names, back.Admin2Names);
            Assert.Equal(["جسر الشغور"], back.Places[0].AlternateNames);
            Assert.Equal(data.Places[0].KeysOrCompute().Order(), back.Places[0].Keys!.Order());
            Assert.Equal(35.81418, back.Places[0].Latitude);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static List<string> SampleNames(ReferenceGazetteer old) =>
        old.Places.Where((_, i) => i % 211 == 0).Select(p => p.Name)
            .Concat(old.Admin1Units.Select(u => u.Name + " Province"))
            .Concat(old.Admin2Units.Where((_, i) => i % 13 == 0).Select(u => u.Name))
            .Concat(old.Countries.Select(c => c.Name))
            .Concat(["Jisr al-Shugoor", "Deir Ezzorr", "Nairoby", "Mazar Sharef", "Idlibb", "Turkana County", "Rural Damascus", "دمشق", "Дамаск", ""])
            .ToList();

    private static List<(Place, int)> Sorted(IEnumerable<(Place Place, int Distance)> hits) =>
        hits.OrderBy(h => h.Distance).ThenBy(h => h.Place.GeonameId).Select(h => (h.Place, h.Distance)).ToList();

    private static List<AdminUnit> Sorted(IEnumerable<AdminUnit> units) =>
        units.OrderBy(u => u.Level).ThenBy(u => u.CountryCode, StringComparer.Ordinal).ThenBy(u => u.Admin1Code, StringComparer.Ordinal)
            .ThenBy(u => u.Admin2Code, StringComparer.Ordinal).ThenBy(u => u.Name, StringComparer.Ordinal).ToList();

    private static string Misspell(string name, Random rng)
    {
        var i = rng.Next(1, name.Length - 1);
        return rng.Next(3) switch
        {
            0 => name[..i] + name[i] + name[i..],
            1 => name[..i] + name[(i + 1)..],
            _ => name[..(i - 1)] + name[i] + name[i - 1] + name[(i + 1)..],
        };
    }
}
