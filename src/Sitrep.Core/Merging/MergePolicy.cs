using System.Globalization;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Merging;

/// <summary>Whether two reported events are the same incident, and the reason either way.</summary>
public readonly record struct MergeDecision(bool Same, string Why);

/// <summary>
/// Decides whether two events from different reports describe one incident: dates compatible within their precision,
/// the same place (by name, within <see cref="MaxDistanceKm"/>, or the same district when either is only placed by
/// area), compatible actors and the same event type.
/// </summary>
/// <remarks>
/// Conservative on purpose: a wrong merge hides an incident, a missed merge only shows it twice, and a user can
/// undo a merge (<c>sitrep events split</c>) but not find a hidden one.
/// </remarks>
public static class MergePolicy
{
    /// <summary>Two points this close are the same place for merging.</summary>
    public const double MaxDistanceKm = 10;

    /// <summary>The decision for <paramref name="incoming"/> joining <paramref name="existing"/>.</summary>
    public static MergeDecision Decide(ResolvedEvent existing, ResolvedEvent incoming)
    {
        if (!DatesCompatible(existing, incoming, out var dateWhy)) return new(false, dateWhy);
        if (!string.Equals(existing.EventType, incoming.EventType, StringComparison.Ordinal))
        {
            return new(false, $"types differ ({existing.EventType} / {incoming.EventType})");
        }

        if (!PlacesCompatible(existing, incoming, out var placeWhy)) return new(false, placeWhy);
        if (!ActorsCompatible(existing, incoming, out var actorWhy)) return new(false, actorWhy);
        return new(true, $"{dateWhy}; {placeWhy}; {actorWhy}; both {existing.EventType}");
    }

    private static bool DatesCompatible(ResolvedEvent a, ResolvedEvent b, out string why)
    {
        if (!TryDate(a.EventDate, out var da) || !TryDate(b.EventDate, out var db))
        {
            why = "a date is missing";
            return false;
        }

        // The coarser precision sets the window: a day-precise report matches a week- or month-precise one inside it.
        var precision = Math.Max(a.TimePrecision, b.TimePrecision);
        var gap = Math.Abs(da.DayNumber - db.DayNumber);
        var ok = precision switch
        {
            1 => gap == 0,
            2 => gap <= 6,
            _ => da.Year == db.Year && da.Month == db.Month,
        };
        why = ok
            ? gap == 0 ? $"same date {a.EventDate}" : $"dates {a.EventDate} and {b.EventDate} compatible at time precision {precision}"
            : $"dates {a.EventDate} and {b.EventDate} differ at time precision {precision}";
        return ok;
    }

    private static bool PlacesCompatible(ResolvedEvent a, ResolvedEvent b, out string why)
    {
        if (a.Country.Length > 0 && b.Country.Length > 0 && !Same(a.Country, b.Country))
        {
            why = $"countries differ ({a.Country} / {b.Country})";
            return false;
        }

        if (a.Location.Length > 0 && PlaceNameKey.Cached(a.Location) == PlaceNameKey.Cached(b.Location) && Same(a.Admin1, b.Admin1))
        {
            why = $"same place ({a.Location} / {b.Location})";
            return true;
        }

        if (a.Latitude is { } alat && a.Longitude is { } alon && b.Latitude is { } blat && b.Longitude is { } blon)
        {
            var km = GeoMath.DistanceKm(alat, alon, blat, blon);
            if (km <= MaxDistanceKm)
            {
                why = $"places {km.ToString("0.0", CultureInfo.InvariantCulture)} km apart ({a.Location} / {b.Location})";
                return true;
            }
        }

        // A report that only names the district or province is compatible with a precise one inside that district.
        var coarse = (a.GeoPrecision ?? 3) >= 2 || (b.GeoPrecision ?? 3) >= 2;
        if (coarse && a.Admin2.Length > 0 && Same(a.Admin2, b.Admin2) && Same(a.Admin1, b.Admin1))
        {
            why = $"same district {a.Admin2} at lower geo precision";
            return true;
        }

        why = $"places differ ({Describe(a)} / {Describe(b)})";
        return false;
    }

    private static bool ActorsCompatible(ResolvedEvent a, ResolvedEvent b, out string why)
    {
        bool C(string x, string y) => Same(x, y) || IsVague(x) || IsVague(y);
        var direct = C(a.Actor1, b.Actor1) && C(a.Actor2, b.Actor2);
        var swapped = C(a.Actor1, b.Actor2) && C(a.Actor2, b.Actor1);
        if (direct || swapped)
        {
            why = Same(a.Actor1, b.Actor1) && Same(a.Actor2, b.Actor2) ? "same actors" : "actors compatible (one side unnamed in a report)";
            return true;
        }

        why = $"actors differ ({a.Actor1} vs {a.Actor2} / {b.Actor1} vs {b.Actor2})";
        return false;
    }

    /// <summary>An actor that another report may have named: nobody, or an unidentified group.</summary>
    private static bool IsVague(string actor) =>
        actor.Length == 0 || actor.StartsWith("Unidentified", StringComparison.OrdinalIgnoreCase);

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Describe(ResolvedEvent e) => e.Location.Length > 0 ? e.Location : e.Admin1.Length > 0 ? e.Admin1 : e.Country.Length > 0 ? e.Country : "no place";

    private static bool TryDate(string s, out DateOnly d) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
}
