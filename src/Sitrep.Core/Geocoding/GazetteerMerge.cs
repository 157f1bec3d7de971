using System.Globalization;

namespace Sitrep.Core.Geocoding;

/// <summary>What a merge of Who's On First rows into GeoNames data did, for the build log and the tests.</summary>
public sealed record GazetteerMergeReport(
    int RowsRead,
    int MergedById,
    int MergedByNameAndDistance,
    int Added,
    int AdminUnitsNamed,
    int Admin1ByVote,
    int Admin1ByName,
    int Admin1Synthetic,
    int Admin1ByNeighbour,
    int Admin2ByVote,
    int Admin2ByName,
    int Admin2Synthetic);

/// <summary>
/// Merges village-level Who's On First localities into GeoNames data: a row with the GeoNames id of a place already
/// there, or with its name key within 2 km, adds its names to that place; any other row becomes a new place.
/// </summary>
/// <remarks>
/// WOF gives admin areas by name, GeoNames by code, and ACLED's admin spellings are keyed by GeoNames code. So each
/// WOF admin name is mapped to the code most of its GeoNames-matched places carry (a vote), else to the code whose
/// name has the same key, else it gets a code of its own ("W" + a stable number) with the WOF name. A place WOF leaves
/// without an admin1 takes its nearest coded neighbour's within 30 km: an empty admin1 is worse than a border guess there.
/// </remarks>
public static class GazetteerMerge
{
    private const double SameNameKm = 2;
    private const double NeighbourKm = 30;
    private const double SplitNeighbourKm = 80;

    /// <summary>Adds the rows to <paramref name="data"/> in place.</summary>
    public static GazetteerMergeReport Merge(GazetteerData data, IEnumerable<WhosOnFirstRow> rows)
    {
        var all = rows.ToList();
        var places = data.Places;
        Parallel.For(0, places.Count, i => places[i] = places[i] with { Keys = places[i].KeysOrCompute() });
        var byId = new Dictionary<int, int>(data.Places.Count);
        for (var i = 0; i < data.Places.Count; i++) byId[data.Places[i].GeonameId] = i;

        // Admin areas first: their names and other names become the admin units' searchable names.
        var localities = all.Where(r => r.PlaceType is "locality" or "neighbourhood" or "borough" or "localadmin").ToList();
        var split = new HashSet<(string Cc, string Name)>();
        var admin1Codes = MapAdmin1(data, all, localities, byId, split, out var a1Vote, out var a1Name, out var a1Synthetic);
        var admin2Codes = MapAdmin2(data, localities, byId, admin1Codes, out var a2Vote, out var a2Name, out var a2Synthetic);
        var unitsNamed = AddAdminAlternates(data, all, admin1Codes, admin2Codes);

        var grid = new SpatialGrid();
        for (var i = 0; i < data.Places.Count; i++) grid.Add(data.Places[i], i);

        var baseCount = data.Places.Count;
        int mergedId = 0, mergedName = 0, added = 0, byNeighbour = 0;
        var usedIds = new HashSet<int>(byId.Keys);
        // Rows with a GeoNames id first, so a namesake without one meets the place it duplicates.
        foreach (var r in localities.OrderBy(r => r.GeonameId is null ? 1 : 0).ThenBy(r => r.WofId))
        {
            admin1Codes.TryGetValue((r.CountryCode, r.Admin1), out var a1);
            if (a1 is null && split.Contains((r.CountryCode, r.Admin1)))
            {
                a1 = grid.Near(r.CountryCode, r.Latitude, r.Longitude, SplitNeighbourKm)
                    .Where(i => i < baseCount && data.Places[i].Admin1Code.Length > 0)
                    .Select(i => data.Places[i])
                    .MinBy(o => GeoMath.DistanceKm(r.Latitude, r.Longitude, o.Latitude, o.Longitude))?.Admin1Code;
                if (a1 is not null) byNeighbour++;
            }

            admin2Codes.TryGetValue((r.CountryCode, a1 ?? string.Empty, r.Admin2), out var a2);
            if (r.GeonameId is { } gn && byId.TryGetValue(gn, out var existing))
            {
                data.Places[existing] = WithNames(data.Places[existing], r, a1, a2);
                mergedId++;
                continue;
            }

            var key = PlaceNameKey.Of(r.Name);
            var twin = grid.Near(r.CountryCode, r.Latitude, r.Longitude, SameNameKm)
                .Where(i => data.Places[i].KeysOrCompute().Contains(key)
                    && GeoMath.DistanceKm(r.Latitude, r.Longitude, data.Places[i].Latitude, data.Places[i].Longitude) <= SameNameKm)
                .Select(i => (int?)i).FirstOrDefault();
            if (twin is { } t)
            {
                data.Places[t] = WithNames(data.Places[t], r, a1, a2);
                mergedName++;
                continue;
            }

            var id = NewId(r, usedIds);
            var fclass = r.PlaceType == "localadmin" ? 'A' : 'P';
            var fcode = r.PlaceType == "localadmin" ? "ADM3"
                : r.FeatureCode.Length > 0 ? r.FeatureCode
                : r.PlaceType is "neighbourhood" or "borough" ? "PPLX"
                : r.IsCurrent == 0 ? "PPLH"
                : "PPL";
            var place = new RawPlace(id, r.Name, Math.Round(r.Latitude, 5), Math.Round(r.Longitude, 5), fclass, fcode, r.CountryCode,
                a1 ?? string.Empty, a2 ?? string.Empty, string.Empty, r.Population, AlternateNames.Filter(r.Name, string.Empty, r.AlternateNames));
            place = place with { Keys = place.KeysOrCompute() };
            byId[id] = data.Places.Count;
            grid.Add(place, data.Places.Count);
            data.Places.Add(place);
            added++;
        }

        // Places still without an admin1 (WOF leaves some border villages without one) take their nearest neighbour's.
        for (var i = 0; i < data.Places.Count; i++)
        {
            var p = data.Places[i];
            if (p.Admin1Code.Length > 0 || p.FeatureClass != 'P') continue;
            var nearest = grid.Near(p.CountryCode, p.Latitude, p.Longitude, NeighbourKm)
                .Select(j => data.Places[j])
                .Where(o => o.Admin1Code.Length > 0)
                .MinBy(o => GeoMath.DistanceKm(p.Latitude, p.Longitude, o.Latitude, o.Longitude));
            if (nearest is null) continue;
            data.Places[i] = p with { Admin1Code = nearest.Admin1Code, Admin2Code = p.Admin2Code.Length > 0 ? p.Admin2Code : nearest.Admin2Code };
            byNeighbour++;
        }

        return new GazetteerMergeReport(all.Count, mergedId, mergedName, added, unitsNamed, a1Vote, a1Name, a1Synthetic, byNeighbour, a2Vote, a2Name, a2Synthetic);
    }

    private static RawPlace WithNames(RawPlace p, WhosOnFirstRow r, string? a1, string? a2)
    {
        var names = AlternateNames.Filter(p.Name, string.Empty, p.AlternateNames.Append(r.Name).Concat(r.AlternateNames));
        var merged = p with
        {
            AlternateNames = names,
            // GeoNames leaves most Syrian and Afghan towns without a district; WOF knows it.
            Admin1Code = p.Admin1Code.Length > 0 ? p.Admin1Code : a1 ?? string.Empty,
            Admin2Code = p.Admin2Code.Length > 0 || p.Admin1Code != (a1 ?? p.Admin1Code) ? p.Admin2Code : a2 ?? string.Empty,
            Population = Math.Max(p.Population, r.Population),
            Keys = null,
        };
        return merged with { Keys = merged.KeysOrCompute() };
    }

    /// <summary>The GeoNames id when WOF gives one, else the negated WOF id (GeoNames ids are positive, so they never meet).</summary>
    private static int NewId(WhosOnFirstRow r, HashSet<int> used)
    {
        if (r.GeonameId is { } gn && used.Add(gn)) return gn;
        var id = r.WofId is > 0 and <= int.MaxValue ? -(int)r.WofId : -(int)(r.WofId % int.MaxValue) - 1;
        while (!used.Add(id)) id = id == int.MinValue ? -1 : id - 1;
        return id;
    }

    private static Dictionary<(string Cc, string Name), string> MapAdmin1(
        GazetteerData data, List<WhosOnFirstRow> all, List<WhosOnFirstRow> localities, Dictionary<int, int> byId,
        HashSet<(string Cc, string Name)> split, out int byVote, out int byName, out int synthetic)
    {
        byVote = byName = synthetic = 0;
        var votes = new Dictionary<(string, string), Dictionary<string, int>>();
        foreach (var r in localities)
        {
            if (r.Admin1.Length == 0 || r.GeonameId is not { } gn || !byId.TryGetValue(gn, out var i)) continue;
            var code = data.Places[i].Admin1Code;
            if (code.Length == 0 || data.Places[i].CountryCode != r.CountryCode) continue;
            if (!votes.TryGetValue((r.CountryCode, r.Admin1), out var v)) votes[(r.CountryCode, r.Admin1)] = v = new();
            v[code] = v.GetValueOrDefault(code) + 1;
        }

        var regionNames = all.Where(r => r.PlaceType is "region")
            .GroupBy(r => (r.CountryCode, r.Name))
            .ToDictionary(g => g.Key, g => g.SelectMany(r => r.AlternateNames).Prepend(g.Key.Name).ToList());
        var map = new Dictionary<(string Cc, string Name), string>();
        var names = all.Where(r => r.Admin1.Length > 0).Select(r => (r.CountryCode, r.Admin1)).Distinct().OrderBy(x => x.CountryCode, StringComparer.Ordinal).ThenBy(x => x.Admin1, StringComparer.Ordinal);
        foreach (var (cc, name) in names)
        {
            if (votes.TryGetValue((cc, name), out var v) && Winner(v) is { } won)
            {
                map[(cc, name)] = won;
                byVote++;
                continue;
            }

            var keys = (regionNames.TryGetValue((cc, name), out var alts) ? alts : [name]).Select(AdminKey).Where(k => k.Length > 0).ToHashSet(StringComparer.Ordinal);
            var match = data.Admin1Names.Where(kv => kv.Key.StartsWith(cc + ".", StringComparison.Ordinal) && keys.Contains(AdminKey(kv.Value)))
                .Select(kv => kv.Key[(cc.Length + 1)..]).Distinct().ToList();
            if (match.Count == 1)
            {
                map[(cc, name)] = match[0];
                byName++;
                continue;
            }

            if (v is not null)
            {
                // Matched places disagree: WOF's area is an old province since split (Katanga, Kenya's Rift Valley),
                // so each place takes the admin1 of its nearest GeoNames-coded neighbour instead.
                split.Add((cc, name));
                continue;
            }

            var code = SyntheticCode(data.Admin1Names, cc + ".", name);
            data.Admin1Names[cc + "." + code] = name;
            map[(cc, name)] = code;
            synthetic++;
        }

        return map;
    }

    private static Dictionary<(string Cc, string A1, string Name), string> MapAdmin2(
        GazetteerData data, List<WhosOnFirstRow> localities, Dictionary<int, int> byId, Dictionary<(string Cc, string Name), string> admin1,
        out int byVote, out int byName, out int synthetic)
    {
        byVote = byName = synthetic = 0;
        var votes = new Dictionary<(string, string, string), Dictionary<string, int>>();
        foreach (var r in localities)
        {
            if (r.Admin2.Length == 0 || r.GeonameId is not { } gn || !byId.TryGetValue(gn, out var i)) continue;
            var p = data.Places[i];
            if (p.Admin2Code.Length == 0 || !admin1.TryGetValue((r.CountryCode, r.Admin1), out var a1) || p.Admin1Code != a1) continue;
            var k = (r.CountryCode, a1, r.Admin2);
            if (!votes.TryGetValue(k, out var v)) votes[k] = v = new();
            v[p.Admin2Code] = v.GetValueOrDefault(p.Admin2Code) + 1;
        }

        // "CC.A1." + name key → admin2 codes, so each WOF county name is matched without scanning every district.
        var byKey = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (code, n) in data.Admin2Names)
        {
            var cut = code.LastIndexOf('.');
            var k = code[..(cut + 1)] + AdminKey(n);
            if (!byKey.TryGetValue(k, out var l)) byKey[k] = l = new List<string>(1);
            l.Add(code[(cut + 1)..]);
        }

        var map = new Dictionary<(string, string, string), string>();
        var combos = localities.Where(r => r.Admin2.Length > 0 && admin1.ContainsKey((r.CountryCode, r.Admin1)))
            .Select(r => (r.CountryCode, A1: admin1[(r.CountryCode, r.Admin1)], r.Admin2)).Distinct()
            .OrderBy(x => x.CountryCode, StringComparer.Ordinal).ThenBy(x => x.A1, StringComparer.Ordinal).ThenBy(x => x.Admin2, StringComparer.Ordinal);
        foreach (var (cc, a1, name) in combos)
        {
            if (votes.TryGetValue((cc, a1, name), out var v) && Winner(v) is { } won)
            {
                map[(cc, a1, name)] = won;
                byVote++;
                continue;
            }

            var prefix = $"{cc}.{a1}.";
            var match = byKey.TryGetValue(prefix + AdminKey(name), out var codes) ? codes.Distinct().ToList() : [];
            if (match.Count == 1)
            {
                map[(cc, a1, name)] = match[0];
                byName++;
                continue;
            }

            var code = SyntheticCode(data.Admin2Names, prefix, name);
            data.Admin2Names[prefix + code] = name;
            map[(cc, a1, name)] = code;
            synthetic++;
        }

        return map;
    }

    /// <summary>WOF's other names of regions and counties ("Idleb", "إدلب", "Douma District") become names of the admin units.</summary>
    private static int AddAdminAlternates(GazetteerData data, List<WhosOnFirstRow> all, Dictionary<(string Cc, string Name), string> admin1, Dictionary<(string Cc, string A1, string Name), string> admin2)
    {
        var n = 0;
        foreach (var r in all)
        {
            string? code = null;
            if (r.PlaceType is "region" or "macroregion" && admin1.TryGetValue((r.CountryCode, r.Name), out var a1))
            {
                code = $"{r.CountryCode}.{a1}";
            }
            else if (r.PlaceType is "county" or "macrocounty" && admin1.TryGetValue((r.CountryCode, r.Admin1), out var c1) && admin2.TryGetValue((r.CountryCode, c1, r.Name), out var a2))
            {
                code = $"{r.CountryCode}.{c1}.{a2}";
            }

            if (code is null) continue;
            if (!data.AdminAlternates.TryGetValue(code, out var list)) data.AdminAlternates[code] = list = new List<string>();
            var before = list.Count;
            foreach (var alt in AlternateNames.Filter(r.Name, string.Empty, r.AlternateNames).Prepend(r.Name))
            {
                if (!list.Contains(alt, StringComparer.Ordinal)) list.Add(alt);
            }

            if (before == 0 && list.Count > 0) n++;
        }

        return n;
    }

    /// <summary>The code most matched places carry, if it holds a clear majority (a few border villages vote for the neighbour).</summary>
    private static string? Winner(Dictionary<string, int> votes)
    {
        var total = votes.Values.Sum();
        var best = votes.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).First();
        return best.Value * 2 > total ? best.Key : null;
    }

    private static string AdminKey(string name) => PlaceNameKey.Of(Gazetteer.StripAdminWords(name));

    /// <summary>A code no GeoNames table uses, stable for the same name so a rebuild keeps it.</summary>
    private static string SyntheticCode(Dictionary<string, string> table, string prefix, string name)
    {
        var h = 2166136261u;
        foreach (var c in name) h = (h ^ c) * 16777619u;
        var code = "W" + (h % 100000).ToString("D5", CultureInfo.InvariantCulture);
        while (table.TryGetValue(prefix + code, out var other) && other != name) code += "x";
        return code;
    }

    /// <summary>Places bucketed by country and 0.1° cell, for the 2 km twin check and the 30 km neighbour search.</summary>
    private sealed class SpatialGrid
    {
        private readonly Dictionary<(string Cc, int Lat, int Lon), List<int>> _cells = new();

        public void Add(RawPlace p, int index)
        {
            var k = (p.CountryCode, Cell(p.Latitude), Cell(p.Longitude));
            if (!_cells.TryGetValue(k, out var l)) _cells[k] = l = new List<int>(4);
            l.Add(index);
        }

        public IEnumerable<int> Near(string cc, double lat, double lon, double km)
        {
            var reach = (int)Math.Ceiling(km / 11.0 / Math.Max(0.2, Math.Cos(lat * Math.PI / 180))) + 1;
            int ci = Cell(lat), cj = Cell(lon);
            for (var di = -reach; di <= reach; di++)
            for (var dj = -reach; dj <= reach; dj++)
            {
                if (_cells.TryGetValue((cc, ci + di, cj + dj), out var l))
                {
                    foreach (var i in l) yield return i;
                }
            }
        }

        private static int Cell(double deg) => (int)Math.Floor(deg * 10);
    }
}
