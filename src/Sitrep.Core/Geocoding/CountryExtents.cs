namespace Sitrep.Core.Geocoding;

/// <summary>
/// A rough size and position for each country (its centroid and the farthest of its provinces' centroids), worked out
/// once from the gazetteer, to tell neighbours from countries a continent apart.
/// </summary>
/// <remarks>
/// Armed groups fight near home: a village name whose only namesake is three thousand kilometres from the home of
/// every group a report names is a coincidence of spelling, not a second front. The extent is generous on purpose (provinces'
/// centroids plus a margin), so border areas and neighbours always count as near.
/// </remarks>
public sealed class CountryExtents
{
    /// <summary>Extra reach beyond the farthest province centroid: provinces extend past their centroids.</summary>
    public const double MarginKm = 250;

    /// <summary>How far apart two countries' extents may be and still count as the same region.</summary>
    public const double NearKm = 600;

    private readonly Dictionary<string, (double Lat, double Lon, double RadiusKm)> _extents = new(StringComparer.Ordinal);

    /// <summary>The extents of every country in <paramref name="gazetteer"/>.</summary>
    public CountryExtents(Gazetteer gazetteer)
    {
        // From the index's centroids directly: making every country and province object for this took 9 MB at the first report.
        foreach (var (code, lat, lon) in gazetteer.UnitCentroids(AdminLevel.Country)) _extents[code] = (lat, lon, MarginKm);
        foreach (var (code, lat, lon) in gazetteer.UnitCentroids(AdminLevel.Admin1))
        {
            if (!_extents.TryGetValue(code, out var e)) continue;
            var d = GeoMath.DistanceKm(e.Lat, e.Lon, lat, lon) + MarginKm;
            if (d > e.RadiusKm) _extents[code] = e with { RadiusKm = d };
        }
    }

    /// <summary>True when the two countries' extents touch: the same country or neighbours (or either is unknown).</summary>
    /// <remarks>Stricter than <see cref="Near"/>, which also counts countries a sea or one country apart (Syria and Yemen).</remarks>
    public bool Adjacent(string a, string b)
    {
        if (a == b) return true;
        if (!_extents.TryGetValue(a, out var x) || !_extents.TryGetValue(b, out var y)) return true;
        return GeoMath.DistanceKm(x.Lat, x.Lon, y.Lat, y.Lon) - x.RadiusKm - y.RadiusKm <= 0;
    }

    /// <summary>True when the two countries are the same, neighbours or close (or either is unknown: no evidence against).</summary>
    public bool Near(string a, string b)
    {
        if (a == b) return true;
        if (!_extents.TryGetValue(a, out var x) || !_extents.TryGetValue(b, out var y)) return true;
        return GeoMath.DistanceKm(x.Lat, x.Lon, y.Lat, y.Lon) - x.RadiusKm - y.RadiusKm <= NearKm;
    }
}
