using System.Globalization;
using Sitrep.Core.Documents;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Merging;
using Sitrep.Core.Resolution;

namespace Sitrep.Storage.Tests;

/// <summary>
/// Random events crowded into a few places and weeks, with the spellings, cases, missing fields and precisions that sit
/// on the edges of MergePolicy, and the full scan the store used before candidates were narrowed in SQL.
/// </summary>
internal static class MergeCandidates
{
    private static readonly string[] Admin1s = ["Idlib", "idlib", "IDLIB", "Aleppo", "İdlib", "Idlıb", "Ḥamā", "ḤAMĀ", ""];
    private static readonly string[] Admin2s = ["Ariha", "ARIHA", "Jisr al-Shughur", ""];
    private static readonly string[] Locations = ["Maarat al-Numan", "Ma'arrat an-Nu'man", "MAARAT AL-NUMAN", "Ariha", "Saraqib", ""];
    private static readonly string[] Countries = ["Syria", "syria", "Türkiye", "TÜRKIYE", ""];
    private static readonly string[] Actors = ["Military Forces of Syria", "military forces of syria", "HTS", "", "Unidentified Armed Group (Syria)"];
    private static readonly string[] Types = ["Battles", "Explosions/Remote violence", "Battles", "Violence against civilians", "Protests", "Riots", "Strategic developments"];
    private static readonly int[] Precisions = [1, 1, 1, 1, 2, 2, 3, 0, 4];
    private static readonly string?[] PlaceIds = ["170063", "170063", "170063", "170063", "169112", "-421190429", null];

    // Centres: one ordinary, one beside the antimeridian, one near the pole, so every way the box is built is exercised.
    private static readonly (double Lat, double Lon)[] Centres = [(35.9, 36.6), (35.9, 36.6), (35.9, 36.6), (-16.5, 179.97), (88.95, 20.0)];

    /// <summary>Document number <paramref name="k"/>, holding one random event.</summary>
    public static ProcessedDocument Document(Random rng, int k)
    {
        var key = $"gen-{k:D4}";
        var date = new DateOnly(2024, 3, 20).AddDays(rng.Next(0, 3));
        var (clat, clon) = Centres[rng.Next(Centres.Length)];
        var placed = rng.Next(5) > 0;
        var e = new ResolvedEvent
        {
            EventId = key + "-e1",
            DocIds = [key],
            EventDate = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Year = date.Year,
            TimePrecision = Pick(rng, Precisions),
            EventType = Pick(rng, Types),
            SubEventType = "Armed clash",
            Actor1 = Pick(rng, Actors),
            Actor2 = Pick(rng, Actors),
            Country = Pick(rng, Countries),
            Admin1 = Pick(rng, Admin1s),
            Admin2 = Pick(rng, Admin2s),
            Location = Pick(rng, Locations),
            // Up to about 12 km apart, so many pairs fall either side of the 5 km rule.
            Latitude = placed ? clat + (rng.NextDouble() - 0.5) * 0.11 : null,
            Longitude = placed ? Math.Clamp(clon + (rng.NextDouble() - 0.5) * 0.11, -180, 180) : null,
            GeoPrecision = rng.Next(4) is var g && g == 0 ? null : g,
            Geocoding = new GeocodingNote("generated", "generated", null) { PlaceId = Pick(rng, PlaceIds) },
            Source = "Outlet " + rng.Next(40),
            Fatalities = rng.Next(10),
        };
        var doc = new Document(key, date, e.Source, null, $"Generated report {k}.");
        return new ProcessedDocument(doc, ProcessedDocument.HashOf(doc.Text), [], [e]);
    }

    /// <summary>
    /// The incident the store should find for <paramref name="e"/> by reading every stored event of its type within
    /// 31 days, nearest date then nearest point first, and asking MergePolicy about each of its reports: (null, null)
    /// for a new one.
    /// </summary>
    public static (string? Id, string? Why) FullScan(EventStore store, ResolvedEvent e)
    {
        var date = DateOnly.ParseExact(e.EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var all = store.Query(new EventFilter { From = date.AddDays(-31), To = date.AddDays(31) })
            .Where(x => MergePolicy.Family(x.EventType) == MergePolicy.Family(e.EventType));
        static double Km(ResolvedEvent a, ResolvedEvent b) =>
            a.Latitude is { } la && a.Longitude is { } oa && b.Latitude is { } lb && b.Longitude is { } ob ? GeoMath.DistanceKm(la, oa, lb, ob) : double.MaxValue;
        foreach (var existing in all.OrderBy(x => Math.Abs(DateOnly.ParseExact(x.EventDate, "yyyy-MM-dd", CultureInfo.InvariantCulture).DayNumber - date.DayNumber)).ThenBy(x => Km(x, e)))
        {
            var d = MergePolicy.DecideIncident(store.Reports(existing.EventId).Select(m => m.Event).ToList(), e);
            if (d.Same) return (existing.EventId, d.Explain());
        }

        return (null, null);
    }

    /// <summary>A random point within <paramref name="km"/> of (lat, lon) by GeoMath, or null when it cannot be placed in range.</summary>
    public static (double Lat, double Lon) Near(Random rng, double lat, double lon, double km)
    {
        // Stepping along a random bearing from the centre keeps every point inside the distance, edges included.
        var bearing = rng.NextDouble() * 2 * Math.PI;
        var d = km * Math.Sqrt(rng.NextDouble()) / GeoMath.EarthRadiusKm;
        var p1 = lat * Math.PI / 180;
        var l1 = lon * Math.PI / 180;
        var p2 = Math.Asin(Math.Sin(p1) * Math.Cos(d) + Math.Cos(p1) * Math.Sin(d) * Math.Cos(bearing));
        var l2 = l1 + Math.Atan2(Math.Sin(bearing) * Math.Sin(d) * Math.Cos(p1), Math.Cos(d) - Math.Sin(p1) * Math.Sin(p2));
        return (p2 * 180 / Math.PI, l2 * 180 / Math.PI);
    }

    private static T Pick<T>(Random rng, T[] items) => items[rng.Next(items.Length)];
}
