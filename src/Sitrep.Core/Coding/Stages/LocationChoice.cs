using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Incidents;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Coding.Stages;

/// <summary>Places an incident: one group of places per event ("in Idlib and in Hama" is two), most specific first, and
/// the country its sentences name as a place.</summary>
internal static class LocationChoice
{
    public static List<List<PlaceMention>> Groups(Incident inc, List<PlaceMention>? inheritedPlaces)
    {
        var main = inc.Main;
        var lead = inc.Lead;
        // Locations: one event per place joined by "and in/along ..." in the lead sentence; otherwise all mentions inform one location.
        var places = inheritedPlaces ?? SentenceView.Flatten(main, static m => m.Places);
        var locationGroups = new List<List<PlaceMention>>();
        var leadPlaces = lead.Places.ToList();
        var locationSplit = inheritedPlaces is null ? SplitLocations(lead, leadPlaces) : [places];
        if (locationSplit.Count > 1)
        {
            foreach (var g in locationSplit) locationGroups.Add(g.Concat(places.Where(p => !leadPlaces.Contains(p))).ToList());
        }
        else locationGroups.Add(OrderPlaces(places));

        return locationGroups;
    }

    private static List<List<PlaceMention>> SplitLocations(SentenceView lead, List<PlaceMention> places)
    {
        var groups = new List<List<PlaceMention>>();
        if (places.Count < 2) return [places];
        groups.Add([places[0]]);
        for (var i = 1; i < places.Count; i++)
        {
            var between = lead.Between(places[i - 1].End, places[i].Start);
            if (CodingWords.LocationJoin.IsMatch(between) && places[i].Relation is PlaceRelation.Area or PlaceRelation.In && !between.Contains(" of ")) groups.Add([places[i]]);
            else groups[^1].Add(places[i]);
        }
        return groups;
    }

    /// <summary>Most specific first: a named town, then near/offset, then areas.</summary>
    internal static List<PlaceMention> OrderPlaces(List<PlaceMention> places)
    {
        // A stable insertion sort: the lists are a few places long.
        var sorted = new List<PlaceMention>(places.Count);
        foreach (var p in places)
        {
            var rank = PlaceRank(p);
            var at = sorted.Count;
            while (at > 0 && PlaceRank(sorted[at - 1]) > rank) at--;
            sorted.Insert(at, p);
        }
        return sorted;
    }

    private static int PlaceRank(PlaceMention p) => p.Relation switch
    {
        PlaceRelation.Offset => 0,
        PlaceRelation.In => 1,
        PlaceRelation.Near => 2,
        _ => 3,
    };

    internal static CountryEntry? CountryHint(List<SentenceView> main, ReportCountry report)
    {
        // A country named as a place ("in Syria", "Syria's Idlib") beats a demonym ("Turkish soldiers").
        foreach (var m in main)
        {
            for (var cAt = 0; cAt < m.Countries.Count; cAt++)
            {
                var c = m.Countries[cAt];
                if (!c.IsDemonym) return c.Country;
            }
        }
        return report.MostNamed;
    }

    /// <summary>The country a report names most often, counted when an incident first needs it.</summary>
    /// <remarks>One answer per report, found once: asked for every incident, the count made a long report's cost quadratic. The
    /// coder holds it for the report it codes (a table keyed by report cost a weak handle per report).</remarks>
    internal sealed class ReportCountry(DocumentAnnotations doc)
    {
        private bool counted;
        private CountryEntry? country;

        /// <summary>The country the report names most often (not as a demonym); the first named among equals.</summary>
        public CountryEntry? MostNamed
        {
            get
            {
                if (!counted) { country = MostNamedCountry(doc); counted = true; }
                return country;
            }
        }
    }

    /// <summary>The country the report names most often (not as a demonym); the first named among equals.</summary>
    private static CountryEntry? MostNamedCountry(DocumentAnnotations doc)
    {
        var counts = new Dictionary<CountryEntry, int>();
        var order = new List<CountryEntry>();
        foreach (var c in doc.Countries)
        {
            if (c.IsDemonym) continue;
            if (counts.TryGetValue(c.Country, out var n)) counts[c.Country] = n + 1;
            else
            {
                counts[c.Country] = 1;
                order.Add(c.Country);
            }
        }
        CountryEntry? best = null;
        var bestCount = 0;
        foreach (var c in order)
        {
            if (counts[c] > bestCount) { best = c; bestCount = counts[c]; }
        }
        return best;
    }
}
