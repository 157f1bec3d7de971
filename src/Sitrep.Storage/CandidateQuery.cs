using System.Globalization;
using Sitrep.Core.Merging;
using Sitrep.Core.Resolution;

namespace Sitrep.Storage;

/// <summary>
/// The SQL that finds the stored incidents a new report's event could join: a superset of what
/// <see cref="MergePolicy.Decide"/> can accept, narrowed with indexed columns so that ingest does not slow down as the
/// store grows.
/// </summary>
/// <remarks>
/// Each clause is implied by a condition MergePolicy checks, so no incident it would accept is left out:
/// <list type="bullet">
/// <item>type: Decide requires an event type of the same family (at most three types; plain SQL equality on each).</item>
/// <item>date: Decide's window is set by the coarser of the two time precisions, so there is one arm per stored
/// precision, each with the window that precision allows (an index range on (event_type, time_precision, event_date)),
/// and one arm with the widest window for precisions outside 1–3.</item>
/// <item>place: every way Decide accepts a place needs either the same admin1 (case-insensitive) or both points within
/// <see cref="MergePolicy.MaxDistanceKm"/>. The admin1 test folds ASCII case only (SQLite's lower, PostgreSQL's
/// translate: no locale), so it is used only when the new event's admin1 is ASCII; the distance test is a
/// latitude/longitude box that contains every point within the distance.</item>
/// </list>
/// Rows that pass are checked with MergePolicy on their columns before any JSON record is parsed.
/// </remarks>
internal sealed record CandidateQuery(string Sql, IReadOnlyList<(string Name, object? Value)> Args)
{
    /// <summary>The columns every arm selects, in this order.</summary>
    private const string Columns =
        "e.event_id, e.event_date, e.time_precision, e.country, e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.geo_precision, e.actor1, e.actor2, e.record, e.event_type";

    /// <summary>The query for <paramref name="incoming"/> (dated <paramref name="date"/>) in a store of <paramref name="kind"/>; it also needs @d, the new document's id.</summary>
    public static CandidateQuery For(ResolvedEvent incoming, DateOnly date, StoreKind kind)
    {
        // Reports of one incident may code it as different types of one family (MergePolicy.Family).
        var family = MergePolicy.TypesOfFamily(incoming.EventType);
        var args = new List<(string, object?)>();
        for (var i = 0; i < 3; i++) args.Add(($"t{i}x", family[Math.Min(i, family.Count - 1)]));
        var p = incoming.TimePrecision;
        var arms = new List<string>();
        foreach (var q in new[] { 1, 2, 3 })
        {
            var (from, to) = Window(Math.Max(p, q), date);
            arms.Add($"e.time_precision = {q} AND e.event_date BETWEEN @f{q} AND @t{q}");
            args.Add(($"f{q}", Iso(from)));
            args.Add(($"t{q}", Iso(to)));
        }

        // A precision outside 1-3 (never written today) still gets every window Decide could give it. Two one-sided
        // arms, so that each is a range of the index; an OR of the two would send SQLite to scan the type's dates.
        var (month0, month1) = Window(3, date);
        arms.Add("e.time_precision < 1 AND e.event_date BETWEEN @f0 AND @t0");
        arms.Add("e.time_precision > 3 AND e.event_date BETWEEN @f0 AND @t0");
        args.Add(("f0", Iso(Min(month0, AddDays(date, -6)))));
        args.Add(("t0", Iso(Max(month1, AddDays(date, 6)))));

        var place = Place(incoming, kind, args);
        var where = place is null ? "" : " AND " + place;
        // Without statistics SQLite's planner prefers events_type_date (every precision's rows in the window, each read
        // from the table to test its precision); the merge index answers each arm from a narrow range.
        var table = kind == StoreKind.Sqlite ? "events e INDEXED BY events_merge_candidates" : "events e";
        var union = string.Join(" UNION ALL ", arms.Select(a => $"SELECT {Columns} FROM {table} WHERE e.event_type IN (@t0x, @t1x, @t2x) AND {a}{where}"));
        var sql = $"SELECT * FROM ({union}) c " +
            "WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = c.event_id AND s.document_id = @d) ORDER BY c.event_date, c.event_id";
        return new CandidateQuery(sql, args);
    }

    /// <summary>The event a row's columns describe: every field MergePolicy reads, and nothing else.</summary>
    public static ResolvedEvent Probe(System.Data.Common.DbDataReader r) => new()
    {
        EventId = r.GetString(0),
        DocIds = [],
        EventDate = r.GetString(1),
        TimePrecision = Convert.ToInt32(r.GetValue(2), CultureInfo.InvariantCulture),
        EventType = r.GetString(13),
        SubEventType = "",
        Country = r.GetString(3),
        Admin1 = r.GetString(4),
        Admin2 = r.GetString(5),
        Location = r.GetString(6),
        Latitude = r.IsDBNull(7) ? null : r.GetDouble(7),
        Longitude = r.IsDBNull(8) ? null : r.GetDouble(8),
        GeoPrecision = r.IsDBNull(9) ? null : Convert.ToInt32(r.GetValue(9), CultureInfo.InvariantCulture),
        Actor1 = r.GetString(10),
        Actor2 = r.GetString(11),
    };

    /// <summary>Index of the JSON record column.</summary>
    public const int RecordColumn = 12;

    /// <summary>The dates Decide accepts at the (coarser) precision <paramref name="m"/>.</summary>
    private static (DateOnly From, DateOnly To) Window(int m, DateOnly d) => m switch
    {
        1 => (d, d),
        2 => (AddDays(d, -6), AddDays(d, 6)),
        _ => (new DateOnly(d.Year, d.Month, 1), new DateOnly(d.Year, d.Month, DateTime.DaysInMonth(d.Year, d.Month))),
    };

    /// <summary>The place clause, or null when nothing about the place can be ruled out in SQL.</summary>
    private static string? Place(ResolvedEvent e, StoreKind kind, List<(string, object?)> args)
    {
        // Only an ASCII admin1 can be narrowed: .NET and SQL fold ASCII case alike, and no non-ASCII character
        // ignores case to an ASCII one (CandidateQueryTests checks every one), so a match must be ASCII too.
        if (!IsAscii(e.Admin1)) return null;
        var fold = kind == StoreKind.Sqlite ? "lower(e.admin1)" : "translate(e.admin1, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')";
        args.Add(("a1", AsciiLower(e.Admin1)));
        var clause = $"{fold} = @a1";
        if (Box(e) is { } box)
        {
            args.Add(("s", box.South));
            args.Add(("n", box.North));
            var lon = "";
            if (box.West is { } w && box.East is { } east)
            {
                args.Add(("w", w));
                args.Add(("e", east));
                lon = " AND e.longitude BETWEEN @w AND @e";
            }

            // Coordinates outside the usual ranges are still compared by Decide (the haversine wraps), so they pass.
            clause += $" OR (e.latitude BETWEEN @s AND @n{lon}) OR e.latitude < -90 OR e.latitude > 90 OR e.longitude < -180 OR e.longitude > 180";
        }

        return "(" + clause + ")";
    }

    /// <summary>
    /// A box holding every point within MaxDistanceKm of the event by GeoMath's haversine: latitude differs by at most
    /// d/R radians, longitude by at most 2·asin(sin(d/2R)/cos φmax). Null without coordinates; no longitude bounds
    /// near a pole or the antimeridian.
    /// </summary>
    internal static (double South, double North, double? West, double? East)? Box(ResolvedEvent e)
    {
        if (e.Latitude is not { } lat || e.Longitude is not { } lon || double.IsNaN(lat) || double.IsNaN(lon)) return null;
        if (lat is < -90 or > 90 || lon is < -180 or > 180) return null;
        const double margin = 1.05;
        var angle = MergePolicy.MaxDistanceKm / Sitrep.Core.Geocoding.GeoMath.EarthRadiusKm;
        var dLat = angle * 180 / Math.PI * margin + 1e-6;
        var south = lat - dLat;
        var north = lat + dLat;
        var maxAbsLat = Math.Max(Math.Abs(south), Math.Abs(north));
        if (maxAbsLat >= 89) return (south, north, null, null);
        var s = Math.Sin(angle / 2) / Math.Cos(maxAbsLat * Math.PI / 180);
        if (s >= 1) return (south, north, null, null);
        var dLon = 2 * Math.Asin(s) * 180 / Math.PI * margin + 1e-6;
        if (lon - dLon < -180 || lon + dLon > 180) return (south, north, null, null);
        return (south, north, lon - dLon, lon + dLon);
    }

    private static bool IsAscii(string s) => System.Text.Ascii.IsValid(s);

    private static string AsciiLower(string s) => string.Create(s.Length, s, (span, src) =>
    {
        for (var i = 0; i < src.Length; i++) span[i] = src[i] is >= 'A' and <= 'Z' ? (char)(src[i] + 32) : src[i];
    });

    private static string Iso(DateOnly d) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>DateOnly.AddDays, clamped at the calendar's ends instead of throwing.</summary>
    private static DateOnly AddDays(DateOnly d, int days) =>
        DateOnly.FromDayNumber(Math.Clamp(d.DayNumber + days, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber));

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;
}
