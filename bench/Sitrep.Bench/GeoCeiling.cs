using System.Globalization;
using Sitrep.Core.Evaluation;
using Sitrep.Core.Geocoding;

namespace Sitrep.Bench;

/// <summary>How well any geocoder could do on a gold set with a given gazetteer: the ceiling set by its coverage.</summary>
/// <remarks>
/// For each gold row: is there a gazetteer place whose name key equals the gold location's (or a fuzzy key within the
/// geocoder's edit bound) within 10 / 25 km of the gold point, and how far is the nearest place of any name. A gold
/// village that the gazetteer lacks cannot be placed within 10 km by name, whatever the disambiguation does.
/// </remarks>
public static class GeoCeiling
{
    /// <summary>Runs the `geo-ceiling` subcommand.</summary>
    public static int Run(Args args)
    {
        var goldPath = args.Required("--gold");
        var gazetteer = Gazetteer.LoadDefault();
        var places = gazetteer.Places.Where(p => p.FeatureClass == 'P').ToArray();
        // A coarse grid so nearest-place queries do not scan every place.
        var grid = places.GroupBy(p => Cell(p.Latitude, p.Longitude)).ToDictionary(g => g.Key, g => g.ToArray());
        int rows = 0, sameName10 = 0, sameName25 = 0, fuzzy10 = 0, any10 = 0, any25 = 0, nameKnown = 0;
        var nearest = new List<double>();
        foreach (var row in GoldReader.ReadFile(goldPath).Rows)
        {
            string Field(string name) => row.TryGetValue(name, out var v) ? v : "";
            if (!double.TryParse(Field("latitude"), CultureInfo.InvariantCulture, out var lat)
                || !double.TryParse(Field("longitude"), CultureInfo.InvariantCulture, out var lon))
            {
                continue;
            }

            rows++;
            var location = Field("location");
            var exact = gazetteer.Lookup(location);
            if (exact.Count > 0) nameKnown++;
            if (exact.Any(p => GeoMath.DistanceKm(lat, lon, p.Latitude, p.Longitude) <= 10)) sameName10++;
            if (exact.Any(p => GeoMath.DistanceKm(lat, lon, p.Latitude, p.Longitude) <= 25)) sameName25++;
            // Fuzzy within the gold row's country, as the geocoder matches fuzzily only inside a known country.
            var fuzzy = gazetteer.CountryCodeOf(Field("country")) is { } cc ? gazetteer.LookupFuzzy(location, cc) : [];
            if (exact.Any(p => GeoMath.DistanceKm(lat, lon, p.Latitude, p.Longitude) <= 10)
                || fuzzy.Any(x => GeoMath.DistanceKm(lat, lon, x.Place.Latitude, x.Place.Longitude) <= 10)) fuzzy10++;
            var best = double.MaxValue;
            var (ci, cj) = Cell(lat, lon);
            for (var di = -1; di <= 1; di++)
            for (var dj = -1; dj <= 1; dj++)
            {
                if (!grid.TryGetValue((ci + di, cj + dj), out var cell)) continue;
                foreach (var p in cell) best = Math.Min(best, GeoMath.DistanceKm(lat, lon, p.Latitude, p.Longitude));
            }

            nearest.Add(best);
            if (best <= 10) any10++;
            if (best <= 25) any25++;
        }

        nearest.Sort();
        string Pct(int n) => rows == 0 ? "n/a" : (100.0 * n / rows).ToString("0.0", CultureInfo.InvariantCulture) + " %";
        Console.WriteLine($"# gazetteer ceiling on {goldPath}: {rows} gold rows with coordinates, {gazetteer.Places.Count} places");
        Console.WriteLine($"gold location name found (exact key):           {Pct(nameKnown)}");
        Console.WriteLine($"same-name place within 10 km (exact key):       {Pct(sameName10)}");
        Console.WriteLine($"same-name place within 10 km (exact or fuzzy):  {Pct(fuzzy10)}");
        Console.WriteLine($"same-name place within 25 km (exact key):       {Pct(sameName25)}");
        Console.WriteLine($"any populated place within 10 km:               {Pct(any10)}");
        Console.WriteLine($"any populated place within 25 km:               {Pct(any25)}");
        if (nearest.Count > 0)
        {
            Console.WriteLine($"median distance to the nearest place:           {nearest[nearest.Count / 2]:0.0} km");
        }

        return 0;
    }

    private static (int, int) Cell(double lat, double lon) => ((int)Math.Floor(lat / 0.25), (int)Math.Floor(lon / 0.25));
}
