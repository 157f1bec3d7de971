using System.Globalization;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Merging;

namespace Sitrep.Core.Resolution;

/// <summary>Folds the events one report tells of one incident (the lead, its elaborations, a later confirmation) into one event.</summary>
/// <remarks>
/// A news story tells its incident several times: the lead, a paragraph with the place and the dead, an official's toll,
/// the funeral. Each telling is coded on its own first; here the tellings that cannot be told apart become one event.
/// Two tellings are one incident when their types are of one family, their dates agree (or one has no date of its own),
/// and their places agree (the same place, within <see cref="NearKm"/>, one inside the other's province or district, or
/// one unplaced). Two clashes in two towns or on two days stay two events. The lead (first telling) gives the fields;
/// the others fill what it lacks; the toll is the first one stated, in reading order.
/// </remarks>
public static class ReportIncidents
{
    /// <summary>Two points of one report this close are one place.</summary>
    public const double NearKm = 10;

    /// <summary>The events of one report, each incident folded into one event, in the order the incidents are first told.</summary>
    public static IReadOnlyList<ResolvedEvent> Fold(IReadOnlyList<ResolvedEvent> events)
    {
        if (events.Count < 2) return events;
        var groups = new List<List<ResolvedEvent>>();
        // Only incidents told within the last Window events are candidates: a story retells its incident nearby, and a
        // long report (a 200-page situation report) is folded in time linear in its length, not quadratic.
        var open = new List<(List<ResolvedEvent> Members, int Last)>();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (open.Count > Window) open.RemoveAll(g => g.Last < i - Window);
            // "..., and a drone strike killed two further east": the clause was cut from the telling before it to stay apart.
            var at = e.Elsewhere ? -1 : open.FindIndex(g => g.Last >= i - Window && g.Members.All(m => SameIncident(m, e, out _)));
            if (at < 0)
            {
                var group = new List<ResolvedEvent> { e };
                groups.Add(group);
                open.Add((group, i));
            }
            else
            {
                open[at].Members.Add(e);
                open[at] = (open[at].Members, i);
            }
        }
        return groups.Count == events.Count ? events : groups.Select(Combine).ToList();
    }

    /// <summary>How many events back (in reading order) a retelling may follow the last telling of its incident.</summary>
    public const int Window = 40;

    /// <summary>True when <paramref name="a"/> and <paramref name="b"/>, told by one report, can be the same incident.</summary>
    public static bool SameIncident(ResolvedEvent a, ResolvedEvent b, out string why)
    {
        var crowd = OneCrowd(a, b) || OneCrowd(b, a);
        var intercepted = Interception(a, b) || Interception(b, a);
        if (MergePolicy.Family(a.EventType) != MergePolicy.Family(b.EventType) && !crowd && !intercepted)
        {
            why = "types of different families";
            return false;
        }
        if (a.EventType == b.EventType && a.SubEventType != b.SubEventType && DistinctMeans(a.SubEventType, b.SubEventType))
        {
            why = $"different means ({a.SubEventType} / {b.SubEventType})";
            return false;
        }
        if (a.EventType == b.EventType && a.SubEventType != b.SubEventType && (DistinctAct(a) || DistinctAct(b))
            && a.Location.Length > 0 && b.Location.Length > 0 && !string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase))
        {
            why = $"another act at another place ({a.SubEventType} at {a.Location} / {b.SubEventType} at {b.Location})";
            return false;
        }
        if (a.EventType != b.EventType && Specificity(a) > 1 && Specificity(b) > 1 && !crowd && !intercepted)
        {
            why = $"two kinds of incident told in their own words ({a.SubEventType} / {b.SubEventType})";
            return false;
        }
        if (a.EventDate != b.EventDate && OwnDate(a) && OwnDate(b) && !LaterToll(a, b) && !LaterToll(b, a))
        {
            why = $"different dates ({a.EventDate} / {b.EventDate})";
            return false;
        }
        if (!Places(a, b, out why)) return false;
        why = $"one telling: {why}";
        return true;
    }

    /// <summary>
    /// <paramref name="other"/> tells the crowd <paramref name="demonstration"/> tells, on its day at its very place: the same
    /// demonstration in other words ("protesters gathered", "groups threw stones at police"), or its dead and hurt told only
    /// as a killing by nobody named or by the state ("two young men were shot dead near the square").
    /// </summary>
    /// <remarks>A killing by a named armed group on that day and at that place stays its own incident.</remarks>
    private static bool OneCrowd(ResolvedEvent demonstration, ResolvedEvent other)
    {
        if (MergePolicy.Family(demonstration.EventType) != Demonstrations || demonstration.EventDate != other.EventDate
            || !SamePoint(demonstration, other)) return false;
        if (MergePolicy.Family(other.EventType) == Demonstrations) return true;
        return other.EventType == Acled.EventType.ViolenceAgainstCivilians.Name && Specificity(other) == 1
            && (MergePolicy.IsVague(other.Actor1) || other.Inter1 == Acled.InterCode.StateForces.Name);
    }

    private static readonly string Demonstrations = MergePolicy.Family(Acled.EventType.Protests.Name);

    /// <summary>
    /// <paramref name="interception"/> stops missiles, rockets or drones that <paramref name="strike"/> fired on its day at its
    /// very place: "about 30 rockets were launched at the town, most of which were intercepted" is one barrage, told twice.
    /// </summary>
    private static bool Interception(ResolvedEvent interception, ResolvedEvent strike) =>
        interception.SubEventType == Acled.SubEventType.DisruptedWeaponsUse.Name && AirOrGround.Contains(strike.SubEventType)
        && interception.EventDate == strike.EventDate && SamePoint(interception, strike)
        // A region the report names for a night of drones ("the western regions") is no very place.
        && interception.GeoPrecision is < 3 && strike.GeoPrecision is < 3;

    /// <summary>Both tellings name one place: the same name, or one gazetteer point (a street told as "Nairobi - Moi Avenue" and as "Moi Avenue").</summary>
    private static bool SamePoint(ResolvedEvent a, ResolvedEvent b) =>
        a.Location.Length > 0 && string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase)
        || a.Latitude is { } lat1 && a.Longitude is { } lon1 && b.Latitude is { } lat2 && b.Longitude is { } lon2
            && GeoMath.DistanceKm(lat1, lon1, lat2, lon2) < SamePointKm;

    /// <summary>Two points of one report this close are one gazetteer place told in two ways.</summary>
    public const double SamePointKm = 0.1;

    // How hard the state or the crowd went: a demonstration told as calm and, at the same place that day, as violent was violent.
    private static int Severity(ResolvedEvent e) =>
        e.SubEventType == Acled.SubEventType.ViolentDemonstration.Name || e.SubEventType == Acled.SubEventType.MobViolence.Name ? 4
        : e.SubEventType == Acled.SubEventType.ExcessiveForceAgainstProtesters.Name ? 3
        : e.SubEventType == Acled.SubEventType.ProtestWithIntervention.Name ? 2
        : e.SubEventType == Acled.SubEventType.PeacefulProtest.Name ? 1 : 0;

    // An air raid and an artillery barrage on one village are two incidents; a bombing told once as a blast and once as a
    // suicide attack is one.
    private static readonly HashSet<string> AirOrGround = new(StringComparer.Ordinal)
    {
        Acled.SubEventType.AirDroneStrike.Name, Acled.SubEventType.ShellingArtilleryMissile.Name,
    };

    private static bool DistinctMeans(string a, string b) => AirOrGround.Contains(a) && AirOrGround.Contains(b);

    // Killings in one village and kidnappings in the next are two incidents of one raid: an abduction or a rape is its own
    // act, told in its own words, not the toll of the killing beside it.
    private static readonly HashSet<string> OwnActs = new(StringComparer.Ordinal)
    {
        Acled.SubEventType.AbductionForcedDisappearance.Name, Acled.SubEventType.SexualViolence.Name,
    };

    private static bool DistinctAct(ResolvedEvent e) => OwnActs.Contains(e.SubEventType);

    /// <summary>
    /// <paramref name="later"/> only counts dead or hurt (specificity 1), a day or two after <paramref name="incident"/>, at
    /// the same named place: the toll rising or bodies found after the incident, not a second one.
    /// </summary>
    private static bool LaterToll(ResolvedEvent incident, ResolvedEvent later)
    {
        if (Specificity(later) != 1 || Specificity(incident) == 1) return false;
        if (!MergePolicy.TryDate(incident.EventDate, out var d1) || !MergePolicy.TryDate(later.EventDate, out var d2)) return false;
        var days = d2.DayNumber - d1.DayNumber;
        return days is >= 1 and <= 2 && incident.Location.Length > 0
            && string.Equals(incident.Location, later.Location, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>How much a telling says about what happened: 1 when only a death or an attack word decided its type
    /// ("three were killed"), 3 for a weapon or a change of ground, 2 otherwise.</summary>
    /// <remarks>A telling that only counts the dead joins the incident a more specific telling describes, and gives way to
    /// it for the type.</remarks>
    private static int Specificity(ResolvedEvent e)
    {
        var rule = e.Classification ?? "";
        if (rule.StartsWith("AttackOnCivilians", StringComparison.Ordinal) || rule.StartsWith("ViolenceOnArmed", StringComparison.Ordinal)
            || rule.StartsWith("OtherDevelopment", StringComparison.Ordinal)) return 1;
        if (e.EventType == Acled.EventType.ExplosionsRemoteViolence.Name || rule.StartsWith("Territory", StringComparison.Ordinal)
            || rule.StartsWith("CoderLabel", StringComparison.Ordinal)) return 3;
        return 2;
    }

    /// <summary>The event's date comes from its own words, not from the publication date.</summary>
    private static bool OwnDate(ResolvedEvent e) => e.Evidence.TryGetValue("event_date", out var l) && l.Count > 0;

    private static bool Places(ResolvedEvent a, ResolvedEvent b, out string why)
    {
        if (a.Country.Length > 0 && b.Country.Length > 0 && !string.Equals(a.Country, b.Country, StringComparison.OrdinalIgnoreCase))
        {
            why = $"countries differ ({a.Country} / {b.Country})";
            return false;
        }
        if (a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2)
        {
            why = "one telling names no place";
            return true;
        }
        if (string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase))
        {
            why = $"same place ({a.Location})";
            return true;
        }
        var km = GeoMath.DistanceKm(lat1, lon1, lat2, lon2);
        if (km < SamePointKm)
        {
            why = $"one point ({a.Location} / {b.Location})";
            return true;
        }
        // Two tellings that each say what happened, at two named places, are two incidents however close the places are.
        if (km <= NearKm && (Specificity(a) == 1 || Specificity(b) == 1))
        {
            why = $"places {km.ToString("0.0", CultureInfo.InvariantCulture)} km apart";
            return true;
        }
        if (Contains(a, b) || Contains(b, a))
        {
            why = $"one place inside the other ({a.Location} / {b.Location})";
            return true;
        }
        why = $"two places ({a.Location} / {b.Location})";
        return false;
    }

    /// <summary>The region <paramref name="outer"/> is placed at (a province or district) holds <paramref name="inner"/>.</summary>
    /// <remarks>A place named like the other's district but placed as a town (precision 1) may be the district ("in Idleb")
    /// or the town; told with another kind of incident, beyond a town's reach, it is the town: "five civilians shot in the
    /// town of X" and "fighting in Y, a river town also in X" are two incidents.</remarks>
    private static bool Contains(ResolvedEvent outer, ResolvedEvent inner) =>
        outer.GeoPrecision == 3 && outer.Admin1.Length > 0 && outer.Admin1 == inner.Admin1
            && (outer.Admin2.Length == 0 || outer.Admin2 == inner.Admin2)
        || outer.Location.Length > 0 && (outer.Location == inner.Admin1 || outer.Location == inner.Admin2)
            && (outer.GeoPrecision != 1 || outer.EventType == inner.EventType || WithinKm(outer, inner, NearKm));

    private static bool WithinKm(ResolvedEvent a, ResolvedEvent b, double km) =>
        a.Latitude is not { } lat1 || a.Longitude is not { } lon1 || b.Latitude is not { } lat2 || b.Longitude is not { } lon2
        || GeoMath.DistanceKm(lat1, lon1, lat2, lon2) <= km;

    private static ResolvedEvent Combine(List<ResolvedEvent> members)
    {
        if (members.Count == 1) return members[0];
        // The most specific telling gives the type and the sides; the first among equals, since a lead tells most.
        var top = members.Max(Specificity);
        var lead = members.First(m => Specificity(m) == top);
        // A crowd told calm and violent, or its dead told as a bare killing, was the most violent of its tellings.
        var severest = members.Max(Severity);
        if (severest > 0) lead = members.First(m => Severity(m) == severest);
        // A barrage told as fired and as intercepted: a strike if it hurt anyone, else the weapons stopped.
        if (members.Any(m => m.SubEventType == Acled.SubEventType.DisruptedWeaponsUse.Name) && members.Any(m => AirOrGround.Contains(m.SubEventType))
            && members.All(m => m.Fatalities == 0 && m.Injuries is null or 0))
            lead = members.First(m => m.SubEventType == Acled.SubEventType.DisruptedWeaponsUse.Name);
        var placed = members.Where(m => m.Latitude is not null).OrderBy(m => m.GeoPrecision ?? 9).FirstOrDefault();
        var first = members[0];
        var dated = members.FirstOrDefault(OwnDate) ?? first;
        var tolled = members.FirstOrDefault(m => EventCombiner.StatesDeaths(m) && m.Fatalities > 0)
            ?? members.FirstOrDefault(EventCombiner.StatesDeaths) ?? lead;
        var hurt = members.FirstOrDefault(m => m.Injuries is > 0) ?? lead;

        var evidence = new Dictionary<string, IReadOnlyList<Evidence>>(lead.Evidence, StringComparer.Ordinal);
        foreach (var m in members)
        {
            foreach (var (field, list) in m.Evidence) evidence.TryAdd(field, list);
        }
        SetFrom(evidence, dated, "event_date");
        SetFrom(evidence, tolled, "fatalities");
        SetFrom(evidence, hurt, "injuries");

        var result = lead with
        {
            EventId = first.EventId,
            EventDate = dated.EventDate,
            Year = dated.Year,
            TimePrecision = dated.TimePrecision,
            Fatalities = SidesToll(members) is { } sides && sides > tolled.Fatalities ? sides : tolled.Fatalities,
            Injuries = hurt.Injuries ?? lead.Injuries,
            Evidence = evidence,
            Claims = members.SelectMany(m => m.Claims).Distinct().ToList(),
            Warnings = members.SelectMany(m => m.Warnings).Distinct(StringComparer.Ordinal).ToList(),
            Classification = $"{lead.Classification}; the report tells this incident {members.Count} times, folded into one",
        };
        // Protesters told as peaceful or dispersed, and shot, killed or hurt there that day by the state or by nobody named: force
        // against them (OneCrowd admits only such a killing into a demonstration).
        if ((lead.SubEventType == Acled.SubEventType.PeacefulProtest.Name || lead.SubEventType == Acled.SubEventType.ProtestWithIntervention.Name)
            && members.Any(m => m.EventType == Acled.EventType.ViolenceAgainstCivilians.Name))
        {
            result = result with
            {
                SubEventType = Acled.SubEventType.ExcessiveForceAgainstProtesters.Name,
                Classification = result.Classification + "; protesters were attacked there that day: excessive force against protesters",
            };
        }
        if (placed is not null && !ReferenceEquals(placed, lead) && (lead.Latitude is null || (placed.GeoPrecision ?? 9) < (lead.GeoPrecision ?? 9)))
        {
            result = result with
            {
                Country = placed.Country, Iso = placed.Iso, Region = placed.Region, Admin1 = placed.Admin1, Admin2 = placed.Admin2,
                Admin3 = placed.Admin3, Location = placed.Location, Latitude = placed.Latitude, Longitude = placed.Longitude,
                GeoPrecision = placed.GeoPrecision, Geocoding = placed.Geocoding,
            };
            SetFrom(evidence, placed, "location");
            SetFrom(evidence, placed, "geo_precision");
        }
        return result;
    }

    /// <summary>
    /// The dead of each side as first told, summed: a lead that counts the soldiers and a later paragraph that counts the
    /// attackers the army says it killed together give the battle's toll. Null unless every telling that counts the dead
    /// says whose they were.
    /// </summary>
    private static int? SidesToll(List<ResolvedEvent> members)
    {
        var sides = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var m in members)
        {
            if (!EventCombiner.StatesDeaths(m) || m.Fatalities == 0) continue;
            if (m.FatalitiesBySide is not { } bySide) return null;
            foreach (var (side, n) in bySide) sides.TryAdd(side, n);
        }
        return sides.Count > 1 ? sides.Values.Sum() : null;
    }

    private static void SetFrom(Dictionary<string, IReadOnlyList<Evidence>> evidence, ResolvedEvent from, string field)
    {
        if (from.Evidence.TryGetValue(field, out var list)) evidence[field] = list;
    }
}
