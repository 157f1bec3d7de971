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

    internal static CountryEntry? CountryHint(DocumentAnnotations doc, List<SentenceView> main)
    {
        // A country named as a place ("in Syria", "Syria's Idlib") beats a demonym ("Turkish soldiers").
        foreach (var m in main)
        {
            foreach (var c in m.Countries)
            {
                if (!c.IsDemonym) return c.Country;
            }
        }
        // The country the report names most often; the first named among equals.
        CountryEntry? best = null;
        var bestCount = 0;
        for (var i = 0; i < doc.Countries.Count; i++)
        {
            var c = doc.Countries[i];
            if (c.IsDemonym) continue;
            var seenBefore = false;
            for (var j = 0; j < i && !seenBefore; j++)
            {
                seenBefore = !doc.Countries[j].IsDemonym && EqualityComparer<CountryEntry>.Default.Equals(doc.Countries[j].Country, c.Country);
            }
            if (seenBefore) continue;
            var count = 0;
            for (var j = i; j < doc.Countries.Count; j++)
            {
                if (!doc.Countries[j].IsDemonym && EqualityComparer<CountryEntry>.Default.Equals(doc.Countries[j].Country, c.Country)) count++;
            }
            if (count > bestCount) { best = c.Country; bestCount = count; }
        }
        return best;
    }
}
