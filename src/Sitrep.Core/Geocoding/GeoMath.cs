namespace Sitrep.Core.Geocoding;

/// <summary>Great-circle helpers on a spherical Earth (the error against WGS84 is far below what reports state).</summary>
public static class GeoMath
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance in kilometres.</summary>
    public static double DistanceKm(double lat1, double lon1, double lat2, double lon2)
    {
        var p1 = ToRad(lat1);
        var p2 = ToRad(lat2);
        var dp = p2 - p1;
        var dl = ToRad(lon2 - lon1);
        var a = Math.Sin(dp / 2) * Math.Sin(dp / 2) + Math.Cos(p1) * Math.Cos(p2) * Math.Sin(dl / 2) * Math.Sin(dl / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>The point <paramref name="distanceKm"/> from a start along an initial bearing (degrees clockwise from north).</summary>
    public static (double Latitude, double Longitude) Destination(double lat, double lon, double distanceKm, double bearingDegrees)
    {
        var d = distanceKm / EarthRadiusKm;
        var b = ToRad(bearingDegrees);
        var p1 = ToRad(lat);
        var l1 = ToRad(lon);
        var p2 = Math.Asin(Math.Sin(p1) * Math.Cos(d) + Math.Cos(p1) * Math.Sin(d) * Math.Cos(b));
        var l2 = l1 + Math.Atan2(Math.Sin(b) * Math.Sin(d) * Math.Cos(p1), Math.Cos(d) - Math.Sin(p1) * Math.Sin(p2));
        var lonDeg = (ToDeg(l2) + 540) % 360 - 180;
        return (Math.Round(ToDeg(p2), 5), Math.Round(lonDeg, 5));
    }

    private static double ToRad(double deg) => deg * Math.PI / 180;

    private static double ToDeg(double rad) => rad * 180 / Math.PI;
}
