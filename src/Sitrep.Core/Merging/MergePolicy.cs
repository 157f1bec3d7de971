using System.Globalization;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Resolution;

namespace Sitrep.Core.Merging;

/// <summary>Whether two reported events are the same incident: the evidence either way, and the nearest rule that would have refused a join.</summary>
public readonly record struct MergeDecision(bool Same, string Why, string? NearestRefusal = null)
{
    /// <summary>The decision and its nearest refusal in one line, as stored with the joining report.</summary>
    public string Explain() => NearestRefusal is { } n ? $"{Why} (nearest refusal: {n})" : Why;
}

/// <summary>
/// Decides whether two reports tell one incident. Only positive evidence joins them: the same specific place, dates
/// both precisions allow, the same family of event types with no conflicting means, and a shared named actor or no
/// conflict between the named ones.
/// </summary>
/// <remarks>
/// Conservative on purpose: a wrong merge hides an incident and its dead, a missed merge only shows it twice, and a
/// user can undo a merge (<c>sitrep events split</c>) but not find a hidden one. The store asks this of the new report
/// and every report already in the incident, so an incident never drifts by chains of near matches.
/// <list type="bullet">
/// <item>Place: both reports place the event at the place their own words name (<see cref="GeocodingNote.PlaceId"/>,
/// geo_precision 1 or 2). The same gazetteer place joins; otherwise points within <see cref="NearKm"/> join when at
/// least one report only says "near"; two reports each in a different village never do. A fallback to a province's or
/// a town's point (precision 3, or a village the gazetteer lacks) never joins anything.</item>
/// <item>Type and means: the same family of event types (<see cref="Family"/>), and no two different means of
/// violence named (an air strike and a shooting in one town on one day are two incidents).</item>
/// <item>Date: two day-precise dates must be the same day; a week-precise report may join a day-precise one inside its
/// week, never another approximate one (that would widen the incident); a month-precise date joins nothing.</item>
/// <item>Outlets: two reports from one outlet are never joined: an outlet tells an incident once, and its second
/// report is another incident or an update (both stay visible; identical texts are linked as reprints).</item>
/// <item>Actors: no side on which both reports name someone and no one in common (descriptions such as "Opposition
/// Rebels" or "Unidentified Armed Group" name no one, data/lexicons/merge.tsv); a battle's sides may be told in either
/// order, one-sided violence's may not ("the army against HTS" and "the army against IS" are two fights; an attack by
/// the RSF and one by another group are two attacks).</item>
/// </list>
/// </remarks>
public static class MergePolicy
{
    /// <summary>Two points this close can be one incident's place when a report only says "near" it.</summary>
    public const double NearKm = 5;

    /// <summary>The widest distance at which any two stored incidents' points may still be compared (the candidate search box).</summary>
    public const double MaxDistanceKm = 10;

    /// <summary>The decision for <paramref name="incoming"/> joining the report <paramref name="existing"/>.</summary>
    public static MergeDecision Decide(ResolvedEvent existing, ResolvedEvent incoming)
    {
        if (Family(existing.EventType) != Family(incoming.EventType))
        {
            return new(false, $"types of different families ({existing.EventType} / {incoming.EventType})");
        }

        if (WeaponMeans.Of(existing) is { } ma && WeaponMeans.Of(incoming) is { } mb && ma != mb)
        {
            return new(false, $"the means differ ({ma} / {mb}): two incidents");
        }

        if (SharedOutlet(existing, incoming) is { } outlet)
        {
            return new(false, $"both reports are from {outlet}: an outlet tells an incident once, so its second report is another incident or an update, kept apart");
        }

        if (!Dates(existing, incoming, out var dateWhy, out var dateEdge)) return new(false, dateWhy);
        if (!Places(existing, incoming, out var placeWhy, out var placeEdge)) return new(false, placeWhy);
        if (!Actors(existing, incoming, out var actorWhy, out var actorEdge)) return new(false, actorWhy);
        var nearest = string.Join("; ", new[] { placeEdge, dateEdge, actorEdge }.Where(x => x is not null));
        var type = existing.EventType == incoming.EventType ? $"both {existing.EventType}" : $"{existing.EventType} / {incoming.EventType}, both {Family(existing.EventType)}";
        return new(true, $"{placeWhy}; {dateWhy}; {actorWhy}; {type}", nearest.Length > 0 ? nearest : null);
    }

    /// <summary>
    /// The decision for <paramref name="incoming"/> joining the incident told by <paramref name="reports"/>: it must agree
    /// with each of them, not with the incident's combined record, so no chain of near matches widens an incident.
    /// </summary>
    public static MergeDecision DecideIncident(IReadOnlyList<ResolvedEvent> reports, ResolvedEvent incoming)
    {
        if (reports.Count == 0) return new(false, "no report in the incident");
        MergeDecision? first = null;
        foreach (var r in reports)
        {
            var d = Decide(r, incoming);
            if (!d.Same) return reports.Count == 1 ? d : d with { Why = $"refused by report {string.Join(",", r.DocIds)}: {d.Why}" };
            first ??= d;
        }

        var f = first!.Value;
        return reports.Count == 1 ? f : f with { Why = $"{f.Why}; agrees with each of the incident's {reports.Count} reports" };
    }

    /// <summary>
    /// True when <paramref name="incoming"/> may join the incident whose stored row is <paramref name="row"/> (its
    /// columns only: no gazetteer id, no associates): implied by Decide passing for every report of the incident, since
    /// the row's date and place are those of one of its reports. Only incidents that pass are read report by report.
    /// </summary>
    public static bool MayJoin(ResolvedEvent row, ResolvedEvent incoming)
    {
        if (Family(row.EventType) != Family(incoming.EventType)) return false;
        if (!Specific(incoming, out _) || row.GeoPrecision is not (1 or 2) || row.Latitude is not { } lat || row.Longitude is not { } lon) return false;
        if (row.Country.Length > 0 && incoming.Country.Length > 0 && !Same(row.Country, incoming.Country)) return false;
        return GeoMath.DistanceKm(lat, lon, incoming.Latitude!.Value, incoming.Longitude!.Value) <= NearKm && Dates(row, incoming, out _, out _);
    }

    /// <summary>True when the event could join any incident at all: it is placed where its own words say.</summary>
    public static bool CanJoinAny(ResolvedEvent e) => Specific(e, out _) && TryDate(e.EventDate, out _);

    private static bool Dates(ResolvedEvent a, ResolvedEvent b, out string why, out string? edge)
    {
        edge = null;
        if (!TryDate(a.EventDate, out var da) || !TryDate(b.EventDate, out var db))
        {
            why = "a date is missing";
            return false;
        }

        var pa = Math.Max(1, a.TimePrecision);
        var pb = Math.Max(1, b.TimePrecision);
        if (pa == 1 && pb == 1)
        {
            var ok = da == db;
            why = ok ? $"same day {a.EventDate}" : $"different days ({a.EventDate} / {b.EventDate})";
            edge = ok ? "any other day would refuse" : null;
            return ok;
        }

        if (pa > 2 || pb > 2)
        {
            why = $"a date known only to the month ({(pa > 2 ? a.EventDate : b.EventDate)}) is no evidence of one incident";
            return false;
        }

        if (pa > 1 && pb > 1)
        {
            why = $"both dates approximate ({a.EventDate} at precision {pa} / {b.EventDate} at precision {pb}): joining them would widen the incident";
            return false;
        }

        // One day-precise date inside the other's window.
        var (day, coarse, precision) = pa == 1 ? (da, db, pb) : (db, da, pa);
        var inside = Math.Abs(day.DayNumber - coarse.DayNumber) <= 6;
        why = $"{day:yyyy-MM-dd} {(inside ? "inside" : "outside")} the other report's week ({coarse:yyyy-MM-dd}, precision {precision})";
        edge = inside ? "a day outside that week would refuse" : null;
        return inside;
    }

    private static bool Places(ResolvedEvent a, ResolvedEvent b, out string why, out string? edge)
    {
        edge = null;
        if (a.Country.Length > 0 && b.Country.Length > 0 && !Same(a.Country, b.Country))
        {
            why = $"countries differ ({a.Country} / {b.Country})";
            return false;
        }

        if (!Specific(a, out var ia) || !Specific(b, out var ib))
        {
            why = $"no specific place in both ({Describe(a)} / {Describe(b)}): a province's or a fallback point is not evidence of one incident";
            return false;
        }

        var km = GeoMath.DistanceKm(a.Latitude!.Value, a.Longitude!.Value, b.Latitude!.Value, b.Longitude!.Value);
        var kmText = km.ToString("0.0", CultureInfo.InvariantCulture);
        // (The same gazetteer place with points apart is an offset: "12 km north of X" is not "in X".)
        if (ia == ib && km <= NearKm)
        {
            why = $"same place ({a.Location} / {b.Location}, gazetteer {ia})";
            edge = "another gazetteer place would need a report saying only 'near' within " + NearKm.ToString("0", CultureInfo.InvariantCulture) + " km";
            return true;
        }

        if (a.GeoPrecision == 1 && b.GeoPrecision == 1)
        {
            why = $"two different places ({a.Location} / {b.Location}, {kmText} km apart)";
            return false;
        }

        if (km <= NearKm)
        {
            why = $"places {kmText} km apart and one report says only 'near' ({a.Location} / {b.Location})";
            edge = $"refused beyond {NearKm.ToString("0", CultureInfo.InvariantCulture)} km";
            return true;
        }

        why = $"places {kmText} km apart ({a.Location} / {b.Location})";
        return false;
    }

    /// <summary>
    /// The family of an event type: outlets code one incident differently within a family (an air raid that killed
    /// civilians is an air strike to one, an attack on civilians to another; a protest to one is a riot to another),
    /// never across them.
    /// </summary>
    public static string Family(string eventType) =>
        eventType == Acled.EventType.Protests.Name || eventType == Acled.EventType.Riots.Name ? "demonstrations"
        : eventType == Acled.EventType.StrategicDevelopments.Name ? "strategic developments"
        : "political violence";

    /// <summary>The ACLED event types of <paramref name="eventType"/>'s family (the type itself included, even if it is none of ACLED's).</summary>
    public static IReadOnlyList<string> TypesOfFamily(string eventType)
    {
        var family = TypesByFamily.GetValueOrDefault(Family(eventType), []);
        return family.Contains(eventType) ? family : [.. family, eventType];
    }

    private static readonly Dictionary<string, string[]> TypesByFamily = Acled.EventType.All
        .GroupBy(t => Family(t.Name)).ToDictionary(g => g.Key, g => g.Select(t => t.Name).ToArray(), StringComparer.Ordinal);

    /// <summary>The items of a ';'-separated field (outlets in <c>source</c>, actors in <c>assoc_actor_1</c>), trimmed, empty ones dropped.</summary>
    public static string[] Items(string list) => list.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);

    /// <summary>An outlet both reports name (their source fields split at ';'), or null; an unknown outlet is nobody's.</summary>
    private static string? SharedOutlet(ResolvedEvent a, ResolvedEvent b)
    {
        var theirs = Items(b.Source);
        return Items(a.Source).FirstOrDefault(o => theirs.Contains(o, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>True when the event is placed where its own words say, at precision 1 or 2, with coordinates.</summary>
    private static bool Specific(ResolvedEvent e, out string id)
    {
        id = e.Geocoding?.PlaceId ?? "";
        return id.Length > 0 && e.GeoPrecision is 1 or 2 && e.Latitude is not null && e.Longitude is not null;
    }

    private static bool Actors(ResolvedEvent a, ResolvedEvent b, out string why, out string? edge)
    {
        edge = null;
        var (a1, a2) = Sides(a);
        var (b1, b2) = Sides(b);
        var shared = a1.Concat(a2).Where(x => b1.Contains(x) || b2.Contains(x)).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // A side conflicts when both reports name someone on it and no one in common. Reports of a battle may tell its
        // sides in either order, so the swapped order counts too; in one-sided violence the second side is the victims.
        static bool Conflict(HashSet<string> x, HashSet<string> y) => x.Count > 0 && y.Count > 0 && !x.Overlaps(y);
        var direct = !Conflict(a1, b1) && !Conflict(a2, b2);
        var battle = a.EventType == Acled.EventType.Battles.Name && b.EventType == Acled.EventType.Battles.Name;
        var swapped = battle && !Conflict(a1, b2) && !Conflict(a2, b1);
        if (!direct && !swapped)
        {
            string Names(HashSet<string> s1, HashSet<string> s2) => $"{(s1.Count > 0 ? string.Join(", ", s1) : "unnamed")} vs {(s2.Count > 0 ? string.Join(", ", s2) : "unnamed")}";
            why = $"actors conflict ({Names(a1, a2)} / {Names(b1, b2)})";
            return false;
        }

        why = shared.Count > 0 ? $"actor in common: {string.Join(", ", shared)}"
            : a1.Count + a2.Count + b1.Count + b2.Count == 0 ? "no actor named in either report beyond unidentified groups, civilians or crowds"
            : $"no conflicting actor (the reports name {(direct ? "different sides" : "the two sides in turn")}: {string.Join(", ", a1.Concat(a2))} / {string.Join(", ", b1.Concat(b2))})";
        edge = "a different named actor on the same side would refuse";
        return true;
    }

    /// <summary>The named actors on each side (actor1 and its associates, actor2 and its associates).</summary>
    private static (HashSet<string> Side1, HashSet<string> Side2) Sides(ResolvedEvent e)
    {
        static HashSet<string> Named(params string[] names) => names.SelectMany(Items).Where(n => !IsVague(n)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return (Named(e.Actor1, e.AssocActor1), Named(e.Actor2, e.AssocActor2));
    }

    /// <summary>An actor another report may have named differently or not at all: nobody, or a description (data/lexicons/merge.tsv).</summary>
    internal static bool IsVague(string actor) => actor.Length == 0 || Descriptive.Value.IsMatch(actor);

    private static readonly Lazy<System.Text.RegularExpressions.Regex> Descriptive = new(() =>
    {
        var patterns = new List<string>();
        foreach (var (line, cells) in LexiconFile.Read("merge.tsv"))
        {
            if (cells.Cell(0) != "descriptive-actor") throw new InvalidDataException($"merge.tsv line {line}: unknown kind '{cells.Cell(0)}'");
            patterns.Add("(?:" + cells.Cell(1) + ")");
        }

        return new System.Text.RegularExpressions.Regex("^(?:" + string.Join("|", patterns) + ")$",
            System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    });

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    private static string Describe(ResolvedEvent e) =>
        (e.Location.Length > 0 ? e.Location : e.Admin1.Length > 0 ? e.Admin1 : e.Country.Length > 0 ? e.Country : "no place")
        + (e.GeoPrecision is { } p ? $" at precision {p}" : "");

    internal static bool TryDate(string s, out DateOnly d) => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out d);
}
