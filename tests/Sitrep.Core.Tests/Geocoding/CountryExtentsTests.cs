using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>Country extents read from the index's centroids are the ones the country and province objects give.</summary>
public class CountryExtentsTests
{
    [Fact]
    public void ExtentsFromCentroidsMatchExtentsFromUnits()
    {
        var g = Gazetteer.LoadBundled();
        // The former construction, from the unit objects.
        var reference = new Dictionary<string, (double Lat, double Lon, double R)>(StringComparer.Ordinal);
        foreach (var c in g.Countries) reference[c.CountryCode] = (c.Latitude, c.Longitude, CountryExtents.MarginKm);
        foreach (var a in g.Admin1Units)
        {
            if (!reference.TryGetValue(a.CountryCode, out var e)) continue;
            var d = GeoMath.DistanceKm(e.Lat, e.Lon, a.Latitude, a.Longitude) + CountryExtents.MarginKm;
            if (d > e.R) reference[a.CountryCode] = e with { R = d };
        }

        var extents = new CountryExtents(g);
        var codes = reference.Keys.Order(StringComparer.Ordinal).ToList();
        Assert.True(codes.Count > 200);
        var near = 0;
        foreach (var a in codes)
        {
            foreach (var b in codes)
            {
                var (x, y) = (reference[a], reference[b]);
                var expected = a == b || GeoMath.DistanceKm(x.Lat, x.Lon, y.Lat, y.Lon) - x.R - y.R <= CountryExtents.NearKm;
                Assert.True(expected == extents.Near(a, b), $"{a} {b}");
                if (expected && a != b) near++;
            }
        }
        Assert.True(near > 100, "some countries are neighbours");
    }
}
