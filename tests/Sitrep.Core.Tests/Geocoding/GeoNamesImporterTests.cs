using System.Text;
using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

public sealed class GeoNamesImporterTests : IDisposable
{
    private readonly string _home = Path.Combine(Path.GetTempPath(), "sitrep-geo-" + Guid.NewGuid().ToString("N"));

    public GeoNamesImporterTests() => Directory.CreateDirectory(_home);

    public void Dispose() => Directory.Delete(_home, recursive: true);

    private static string Row(int id, string name, double lat, double lon, string fclass, string fcode, string cc, string a1, string a2, long pop, string alts = "") =>
        string.Join('\t', id.ToString(), name, name, alts, lat.ToString(System.Globalization.CultureInfo.InvariantCulture),
            lon.ToString(System.Globalization.CultureInfo.InvariantCulture), fclass, fcode, cc, "", a1, a2, "", "", pop.ToString(), "", "300", "Asia/Damascus", "2024-01-01");

    private string Write(string name, params string[] lines)
    {
        var path = Path.Combine(_home, name);
        File.WriteAllText(path, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
        return path;
    }

    // A village that cities500 lacks, in Idlib governorate near Jisr al-Shughur (coordinates made up for the test).
    private const int VillageId = 990000001;

    private string SyriaDump() => Write(
        "SY.txt",
        Row(VillageId, "Al Ghassaniyah", 35.85, 36.29, "P", "PPL", "SY", "12", "", 0, "al-Gassaneyah,الغسانية"),
        Row(990000002, "Tall Sitrep", 35.90, 36.40, "P", "PPL", "SY", "12", "", 120),
        Row(990000003, "Jabal Test", 35.70, 36.30, "T", "MT", "SY", "12", "", 0),
        "not\tenough\tcolumns",
        Row(990000004, "Bad Coord", 35.0, 36.0, "P", "PPL", "SY", "12", "", 0).Replace("\t35\t", "\tabc\t"));

    [Fact]
    public void ImportsStreamsCountsBadRowsAndLoadsAsOverlay()
    {
        var path = SyriaDump();
        // Append a line with invalid UTF-8 bytes.
        using (var fs = new FileStream(path, FileMode.Append))
        {
            fs.Write([0x39, 0x39, 0x09, 0xC3, 0x28, 0x0A]);
        }

        var importer = new GeoNamesImporter(_home);
        var report = importer.Import([path]);
        Assert.Equal(2, report.PlacesImported);
        Assert.Equal(1, report.RowsSkippedByFeatureClass);
        Assert.Equal(3, report.Malformed);
        Assert.Contains(report.Issues, i => i.Line == 4 && i.Reason.Contains("column count"));
        Assert.Contains(report.Issues, i => i.Line == 5 && i.Reason.Contains("coordinates"));
        Assert.Contains(report.Issues, i => i.Line == 6 && i.Reason.Contains("UTF-8"));
        Assert.Single(GeoNamesImporter.OverlayFiles(_home));

        var g = Gazetteer.LoadDefault(_home);
        // The bundled gazetteer has several Syrian villages of that name; the imported row is one of them, in Idleb.
        var village = Assert.Single(g.Lookup("al-Gassaneyah"), p => p.GeonameId == VillageId);
        Assert.Equal("Idleb", village.Admin1Name);
        Assert.Single(g.Lookup("الغسانية"), p => p.GeonameId == VillageId);
        Assert.NotNull(g.ById(170063) ?? g.Lookup("Aleppo").FirstOrDefault());
    }

    [Fact]
    public void WithTheVillageImportedTheEventGetsPrecisionOne()
    {
        new GeoNamesImporter(_home).Import([SyriaDump()]);
        var geo = new Geocoder(Gazetteer.LoadDefault(_home));
        var ev = new[] { new PlaceMention("al-Gassaneyah", 0, 13, PlaceRelation.In), new PlaceMention("Idlib", 20, 25, PlaceRelation.Area) };
        var r = geo.Resolve(ev, ev, "Syria")!;
        Assert.Equal(VillageId, r.Chosen!.Place.GeonameId);
        Assert.Equal(1, r.GeoPrecision);
        Assert.Equal("Idleb", r.Admin1);
    }

    [Fact]
    public void ReimportIsIdempotentAndReplacesById()
    {
        var importer = new GeoNamesImporter(_home);
        var path = SyriaDump();
        importer.Import([path]);
        var first = File.ReadAllBytes(GeoNamesImporter.OverlayFiles(_home).Single());
        importer.Import([path]);
        Assert.Equal(first, File.ReadAllBytes(GeoNamesImporter.OverlayFiles(_home).Single()));

        var moved = Write("SY-update.txt", Row(VillageId, "Al Ghassaniyah", 35.86, 36.30, "P", "PPL", "SY", "12", "", 50));
        importer.Import([moved]);
        var g = Gazetteer.LoadDefault(_home);
        var v = g.ById(VillageId)!;
        Assert.Equal(35.86, v.Latitude, 5);
        Assert.Equal(50, v.Population);
        Assert.NotNull(g.ById(990000002));
        Assert.Empty(Directory.GetFiles(Path.Combine(_home, "gazetteer"), "*.tmp", SearchOption.AllDirectories));
        Assert.Empty(Directory.GetDirectories(Path.Combine(_home, "gazetteer")));
    }

    [Fact]
    public void AlternateNamesFileAttachesNamesToImportedPlaces()
    {
        var importer = new GeoNamesImporter(_home);
        var alt = Write(
            "alternateNamesV2.txt",
            string.Join('\t', "1", VillageId.ToString(), "en", "Ghassaniyeh Village", "", "", "", "", "", ""),
            string.Join('\t', "2", VillageId.ToString(), "link", "https://example.org/x", "", "", "", "", "", ""),
            string.Join('\t', "3", "notanumber", "en", "X", "", "", "", "", "", ""),
            string.Join('\t', "4", "123456789", "en", "Nowhere Known", "", "", "", "", "", ""));
        var report = importer.Import([SyriaDump(), alt]);
        Assert.Equal(1, report.AlternateNamesAttached);
        Assert.Contains(report.Issues, i => i.File == alt && i.Line == 3);
        var g = Gazetteer.LoadDefault(_home);
        Assert.Contains(g.Lookup("Ghassaniyeh Village"), p => p.GeonameId == VillageId);
    }

    [Fact]
    public void AdminRowsFeedAdminNames()
    {
        var importer = new GeoNamesImporter(_home);
        var path = Write(
            "KE.txt",
            Row(990000010, "Testland County", 0.5, 37.5, "A", "ADM1", "KE", "99", "", 0),
            Row(990000011, "Kijiji Test", 0.5, 37.5, "P", "PPL", "KE", "99", "", 10));
        var report = importer.Import([path]);
        Assert.Equal(1, report.AdminNamesImported);
        var p = Gazetteer.LoadDefault(_home).ById(990000011)!;
        Assert.Equal("Testland", p.Admin1Name);
        Assert.Equal("Kenya", p.CountryName);
    }

    [Fact]
    public void ImportWritesTheOverlayIndexAndAStaleOneIsRebuilt()
    {
        new GeoNamesImporter(_home).Import([SyriaDump()]);
        var index = Path.Combine(GeoNamesImporter.GazetteerDirectory(_home), Gazetteer.OverlayIndexName);
        Assert.True(File.Exists(index));
        var overlay = Assert.Single(GeoNamesImporter.OverlayFiles(_home));
        var written = File.GetLastWriteTimeUtc(index);
        Assert.Contains(Gazetteer.LoadDefault(_home).Lookup("Tall Sitrep"), p => p.GeonameId == 990000002);
        Assert.Equal(written, File.GetLastWriteTimeUtc(index));

        // An overlay changed behind the index's back (copied in by hand): its stamp no longer matches, so it is rebuilt.
        File.SetLastWriteTimeUtc(overlay, DateTime.UtcNow.AddMinutes(1));
        Assert.Contains(Gazetteer.LoadDefault(_home).Lookup("Al Ghassaniyah"), p => p.GeonameId == VillageId);
        Assert.NotEqual(written, File.GetLastWriteTimeUtc(index));
    }

    [Fact]
    public void MissingFileIsAnErrorBeforeAnythingIsWritten()
    {
        Assert.Throws<FileNotFoundException>(() => new GeoNamesImporter(_home).Import([Path.Combine(_home, "nope.txt")]));
        Assert.Empty(GeoNamesImporter.OverlayFiles(_home));
    }
}
