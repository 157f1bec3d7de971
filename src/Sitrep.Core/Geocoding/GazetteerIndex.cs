using System.Runtime.InteropServices;

namespace Sitrep.Core.Geocoding;

/// <summary>Everything a <see cref="Gazetteer"/> looks things up in, as flat arrays that <see cref="GazetteerIndexFile"/> writes and reads as they are.</summary>
/// <remarks>
/// Strings are indexes into one pool (<see cref="Str"/>); a place's country, admin1 and admin2 codes and resolved names
/// are one index into <see cref="Combos"/> (six pool indexes per distinct country/admin1/admin2 triple). Posting lists
/// keep the order the former chained Dictionary gave (last place first), so lookups return places in the same order.
/// </remarks>
internal sealed class GazetteerIndex
{
    /// <summary>Pool indexes per entry of <see cref="Combos"/>: country code, admin1 code, admin2 code, country name, admin1 name, admin2 name.</summary>
    public const int ComboWidth = 6;

    /// <summary>Pool indexes per admin unit: country code, country name, admin1 code, admin1 name, admin2 code, admin2 name, name.</summary>
    public const int UnitWidth = 7;

    public required int KeyVersion { get; init; }

    /// <summary>Hash of the ACLED alias table the names were resolved with (a changed table makes the index stale).</summary>
    public required ulong AliasHash { get; init; }

    public required KeyTable Str { get; init; }

    public required IndexArray<int> PlaceId { get; init; }

    public required IndexArray<int> PlaceName { get; init; }

    /// <summary>Latitude in 1e-5 degrees, GeoNames' own precision.</summary>
    public required IndexArray<int> PlaceLat { get; init; }

    public required IndexArray<int> PlaceLon { get; init; }

    public required IndexArray<byte> PlaceClass { get; init; }

    public required IndexArray<int> PlaceCode { get; init; }

    public required IndexArray<int> PlaceCombo { get; init; }

    public required IndexArray<int> PlaceAdmin3 { get; init; }

    public required IndexArray<long> PlacePopulation { get; init; }

    /// <summary>Place indexes in geonameid order, for binary search.</summary>
    public required IndexArray<int> PlacesById { get; init; }

    public required IndexArray<int> Combos { get; init; }

    /// <summary>Place name keys, in the order of their first place.</summary>
    public required KeyTable Keys { get; init; }

    public required IndexArray<int> KeyPostingStart { get; init; }

    public required IndexArray<int> KeyPostings { get; init; }

    public required IndexArray<byte> UnitLevel { get; init; }

    public required IndexArray<int> UnitStr { get; init; }

    /// <summary>Latitude and longitude of each unit's centroid.</summary>
    public required IndexArray<double> UnitCoord { get; init; }

    public required IndexArray<int> UnitMembers { get; init; }

    /// <summary>"0:CC", "1:CC.A1", "2:CC.A1.A2" per unit, in unit order.</summary>
    public required KeyTable UnitCodes { get; init; }

    public required KeyTable AdminKeys { get; init; }

    public required IndexArray<int> AdminPostingStart { get; init; }

    public required IndexArray<int> AdminPostings { get; init; }

    /// <summary>"CC.A1" of every admin1 that has populated places.</summary>
    public required KeyTable Admin1Groups { get; init; }

    /// <summary>Per admin1 group: its populated places (IsInOrBeside).</summary>
    public required IndexArray<int> GroupPlaceStart { get; init; }

    public required IndexArray<int> GroupPlaces { get; init; }

    /// <summary>Per admin1 group: places with a known district and district seats, with that district's name (InferAdmin2).</summary>
    public required IndexArray<int> GroupDistrictStart { get; init; }

    public required IndexArray<int> GroupDistrictPlace { get; init; }

    public required IndexArray<int> GroupDistrictName { get; init; }

    /// <summary>Country codes that have places; per country the ids of the keys of its places, ascending (per-country fuzzy index).</summary>
    public required KeyTable CountryCodes { get; init; }

    public required IndexArray<int> CountryStr { get; init; }

    public required IndexArray<int> CountryKeyStart { get; init; }

    public required IndexArray<int> CountryKeys { get; init; }

    public int PlaceCount => PlaceId.Length;

    public int ComboOf(int place, int field) => Combos[(PlaceCombo[place] * ComboWidth) + field];

    /// <summary>Builds the index from data sets (later sets win on geonameid), resolving admin names through <paramref name="aliases"/>.</summary>
    /// <remarks>This is the former load-time work of Gazetteer, step for step, so both give identical results.</remarks>
    /// <returns>The index, and the merged data it was built from (whose alternate names and raw tables a written index keeps).</returns>
    public static (GazetteerIndex Index, GazetteerData Source) Build(IReadOnlyList<GazetteerData> sets, IReadOnlyDictionary<string, string> aliases, ulong aliasHash)
    {
        var merged = Merge(sets, out var rawList);
        var countryNames = merged.Countries;
        var countryAlts = merged.CountryAlternates;
        var admin1Names = merged.Admin1Names;
        var admin2Names = merged.Admin2Names;
        var adminAlts = merged.AdminAlternates;

        string CountryName(string cc) =>
            aliases.TryGetValue("0:" + cc, out var a) ? a : countryNames.TryGetValue(cc, out var n) ? n : cc;
        string Admin1Name(string cc, string a1) =>
            a1.Length == 0 ? string.Empty
            : aliases.TryGetValue($"1:{cc}.{a1}", out var a) ? a
            : admin1Names.TryGetValue($"{cc}.{a1}", out var n) ? Gazetteer.DisplayAdminName(n) : string.Empty;
        string Admin2Name(string cc, string a1, string a2) =>
            a2.Length == 0 ? string.Empty
            : aliases.TryGetValue($"2:{cc}.{a1}.{a2}", out var a) ? a
            : admin2Names.TryGetValue($"{cc}.{a1}.{a2}", out var n) ? Gazetteer.DisplayAdminName(n) : string.Empty;

        var pool = new Dictionary<string, int>(StringComparer.Ordinal);
        var poolList = new List<string>();
        int S(string s)
        {
            ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(pool, s, out var existed);
            if (!existed)
            {
                id = poolList.Count;
                poolList.Add(s);
            }

            return id;
        }

        var n = rawList.Length;
        var placeId = new int[n];
        var placeName = new int[n];
        var placeLat = new int[n];
        var placeLon = new int[n];
        var placeClass = new byte[n];
        var placeCode = new int[n];
        var placeCombo = new int[n];
        var placeA3 = new int[n];
        var placePop = new long[n];
        var combos = new List<int>();
        var comboNames = new List<(string C, string A1, string A2)>();
        var comboIds = new Dictionary<(string, string, string), int>();
        var keysPerPlace = new string[n][];
        for (var i = 0; i < n; i++)
        {
            var r = rawList[i];
            if (!comboIds.TryGetValue((r.CountryCode, r.Admin1Code, r.Admin2Code), out var c))
            {
                var names = (CountryName(r.CountryCode), Admin1Name(r.CountryCode, r.Admin1Code), Admin2Name(r.CountryCode, r.Admin1Code, r.Admin2Code));
                c = comboNames.Count;
                comboIds[(r.CountryCode, r.Admin1Code, r.Admin2Code)] = c;
                comboNames.Add(names);
                combos.AddRange([S(r.CountryCode), S(r.Admin1Code), S(r.Admin2Code), S(names.Item1), S(names.Item2), S(names.Item3)]);
            }

            placeId[i] = r.GeonameId;
            placeName[i] = S(r.Name);
            placeLat[i] = Fixed(r.Latitude);
            placeLon[i] = Fixed(r.Longitude);
            placeClass[i] = (byte)r.FeatureClass;
            placeCode[i] = S(r.FeatureCode);
            placeCombo[i] = c;
            placeA3[i] = S(r.Admin3Code);
            placePop[i] = r.Population;
            keysPerPlace[i] = r.Keys!;
        }

        // Keys missing (an overlay written under older key rules) are the expensive part, so computed in parallel.
        Parallel.For(0, n, i => keysPerPlace[i] ??= rawList[i].KeysOrCompute());
        double Lat(int i) => placeLat[i] / 1e5;
        double Lon(int i) => placeLon[i] / 1e5;

        // Key ids in order of first place; each posting list last place first, as the former hash chains were.
        var keyIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var keyList = new List<string>();
        var entries = 0;
        foreach (var ks in keysPerPlace) entries += ks.Length;
        var entryKey = new int[entries];
        var e = 0;
        foreach (var ks in keysPerPlace)
        {
            foreach (var k in ks)
            {
                ref var id = ref CollectionsMarshal.GetValueRefOrAddDefault(keyIds, k, out var existed);
                if (!existed)
                {
                    id = keyList.Count;
                    keyList.Add(k);
                }

                entryKey[e++] = id;
            }
        }

        var postStart = new int[keyList.Count + 1];
        foreach (var k in entryKey) postStart[k + 1]++;
        for (var k = 0; k < keyList.Count; k++) postStart[k + 1] += postStart[k];
        var fill = postStart[1..].ToArray();
        var postings = new int[entries];
        e = 0;
        for (var i = 0; i < n; i++)
        {
            foreach (var _ in keysPerPlace[i])
            {
                var k = entryKey[e++];
                postings[--fill[k]] = i;
            }
        }

        // Admin units get centroids from their member places: GeoNames' admin rows are not in cities500.
        var sums = new Dictionary<(string, string, string), (double Lat, double Lon, int N)>();
        for (var i = 0; i < n; i++)
        {
            var r = rawList[i];
            if (r.FeatureClass != 'P') continue;
            ref var s = ref CollectionsMarshal.GetValueRefOrAddDefault(sums, (r.CountryCode, r.Admin1Code, r.Admin2Code), out _);
            s = (s.Lat + Lat(i), s.Lon + Lon(i), s.N + 1);
        }

        var acc = new Dictionary<string, (double Lat, double Lon, int N, string Cc, string A1, string A2)>(StringComparer.Ordinal);
        void Add(string key, (double Lat, double Lon, int N) v, string cc, string a1, string a2)
        {
            acc.TryGetValue(key, out var s);
            acc[key] = (s.Lat + v.Lat, s.Lon + v.Lon, s.N + v.N, cc, a1, a2);
        }

        foreach (var ((cc, a1, a2), v) in sums)
        {
            Add("0:" + cc, v, cc, string.Empty, string.Empty);
            if (a1.Length > 0) Add($"1:{cc}.{a1}", v, cc, a1, string.Empty);
            if (a2.Length > 0 && comboNames[comboIds[(cc, a1, a2)]].A2.Length > 0) Add($"2:{cc}.{a1}.{a2}", v, cc, a1, a2);
        }

        // District seats: cities500 gives most Syrian and Afghan towns no admin2 code, but each district is named
        // after its seat ("Jisr al-Shughur District"), so the seat is found by name and then stands for the district.
        var seats = new Dictionary<string, List<(int Seat, string Admin2Name)>>(StringComparer.Ordinal);
        var uncoded = new HashSet<(string, string)>();
        foreach (var ((cc, a1, a2), _) in sums)
        {
            if (a2.Length == 0) uncoded.Add((cc, a1));
        }

        var keyCache = new Dictionary<string, string>(StringComparer.Ordinal);
        string Key(string name)
        {
            if (!keyCache.TryGetValue(name, out var k)) keyCache[name] = k = PlaceNameKey.Of(name);
            return k;
        }

        int SeatRank(int p, string admin2Code) =>
            (rawList[p].Admin2Code == admin2Code ? 4 : 0) + (rawList[p].FeatureCode == "PPLA2" ? 2 : rawList[p].FeatureCode is "PPLA" or "PPLC" ? 1 : 0);

        foreach (var (code, geoName) in admin2Names)
        {
            var parts = code.Split('.');
            // Only admin1s with places lacking a district code need seats to infer it.
            if (parts.Length != 3 || !uncoded.Contains((parts[0], parts[1]))) continue;
            var display = Admin2Name(parts[0], parts[1], parts[2]);
            var seat = -1;
            foreach (var k in new[] { Key(Gazetteer.StripAdminWords(geoName)), Key(display) }.Distinct())
            {
                if (!keyIds.TryGetValue(k, out var kid)) continue;
                for (var pi = postStart[kid]; pi < postStart[kid + 1]; pi++)
                {
                    var c = postings[pi];
                    var rc = rawList[c];
                    if (rc.CountryCode != parts[0] || rc.Admin1Code != parts[1] || rc.FeatureClass != 'P') continue;
                    if (rc.Admin2Code.Length > 0 && rc.Admin2Code != parts[2]) continue;
                    if (seat < 0 || SeatRank(c, parts[2]) > SeatRank(seat, parts[2])) seat = c;
                }
            }

            if (seat < 0) continue;
            var a1Key = parts[0] + "." + parts[1];
            if (!seats.TryGetValue(a1Key, out var list)) seats[a1Key] = list = new();
            list.Add((seat, display));
            var unitKey = $"2:{code}";
            if (!acc.ContainsKey(unitKey)) acc[unitKey] = (Lat(seat), Lon(seat), 1, parts[0], parts[1], parts[2]);
        }

        var unitLevel = new List<byte>();
        var unitStr = new List<int>();
        var unitCoord = new List<double>();
        var unitMembers = new List<int>();
        var unitCodes = new List<string>();
        var adminLists = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        void AddUnit(string code, AdminLevel level, (string Cc, string A1, string A2) s, string cn, string a1Name, string a2Name, string name, double lat, double lon, int members, List<string> names)
        {
            var u = unitLevel.Count;
            unitCodes.Add(code);
            unitLevel.Add((byte)level);
            unitStr.AddRange([S(s.Cc), S(cn), S(s.A1), S(a1Name), S(s.A2), S(a2Name), S(name)]);
            unitCoord.AddRange([lat, lon]);
            unitMembers.Add(members);
            foreach (var key in names.Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!adminLists.TryGetValue(key, out var l)) adminLists[key] = l = new List<int>(1);
                l.Add(u);
            }
        }

        foreach (var (key, s) in acc)
        {
            var lat = s.Lat / s.N;
            var lon = s.Lon / s.N;
            var cn = CountryName(s.Cc);
            switch (key[0])
            {
                case '0':
                {
                    var names = new List<string> { cn };
                    if (countryNames.TryGetValue(s.Cc, out var cname)) names.Add(cname);
                    if (countryAlts.TryGetValue(s.Cc, out var alts)) names.AddRange(alts);
                    AddUnit(key, AdminLevel.Country, (s.Cc, string.Empty, string.Empty), cn, string.Empty, string.Empty, cn, lat, lon, s.N, names);
                    break;
                }
                case '1':
                {
                    var name = Admin1Name(s.Cc, s.A1);
                    if (name.Length == 0) continue;
                    var names = new List<string> { name };
                    if (admin1Names.TryGetValue($"{s.Cc}.{s.A1}", out var g)) names.AddRange([g, Gazetteer.DisplayAdminName(g)]);
                    // WOF's other names carry admin words ("Douma District"), which a query drops too.
                    if (adminAlts.TryGetValue($"{s.Cc}.{s.A1}", out var alts)) names.AddRange(alts.Select(Gazetteer.StripAdminWords));
                    AddUnit(key, AdminLevel.Admin1, (s.Cc, s.A1, string.Empty), cn, name, string.Empty, name, lat, lon, s.N, names);
                    break;
                }
                default:
                {
                    var name = Admin2Name(s.Cc, s.A1, s.A2);
                    var names = new List<string> { name };
                    if (admin2Names.TryGetValue($"{s.Cc}.{s.A1}.{s.A2}", out var g)) names.AddRange([g, Gazetteer.DisplayAdminName(g)]);
                    if (adminAlts.TryGetValue($"{s.Cc}.{s.A1}.{s.A2}", out var alts)) names.AddRange(alts.Select(Gazetteer.StripAdminWords));
                    AddUnit(key, AdminLevel.Admin2, (s.Cc, s.A1, s.A2), cn, Admin1Name(s.Cc, s.A1), name, name, lat, lon, s.N, names);
                    break;
                }
            }
        }

        var (adminKeys, adminStart, adminPostings) = Flatten(adminLists);

        // Per admin1: populated places in place order (IsInOrBeside), and for InferAdmin2 the district-coded places
        // followed by the district seats, the order the former GroupBy over both gave (ties go to the first).
        var groupPlaces = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var groupDistricts = new Dictionary<string, List<(int Place, int Name)>>(StringComparer.Ordinal);
        for (var i = 0; i < n; i++)
        {
            if (placeClass[i] != 'P') continue;
            var g = rawList[i].CountryCode + "." + rawList[i].Admin1Code;
            if (!groupPlaces.TryGetValue(g, out var l)) groupPlaces[g] = l = new();
            l.Add(i);
            var a2 = comboNames[placeCombo[i]].A2;
            if (a2.Length == 0) continue;
            if (!groupDistricts.TryGetValue(g, out var d)) groupDistricts[g] = d = new();
            d.Add((i, S(a2)));
        }

        foreach (var (_, list) in seats)
        {
            foreach (var (seat, name) in list)
            {
                var g = rawList[seat].CountryCode + "." + rawList[seat].Admin1Code;
                if (!groupDistricts.TryGetValue(g, out var d)) groupDistricts[g] = d = new();
                d.Add((seat, S(name)));
            }
        }

        var groupNames = groupPlaces.Keys.Concat(groupDistricts.Keys).Distinct(StringComparer.Ordinal).ToList();
        var groupPlaceStart = new int[groupNames.Count + 1];
        var groupDistrictStart = new int[groupNames.Count + 1];
        var gp = new List<int>();
        var gdp = new List<int>();
        var gdn = new List<int>();
        for (var g = 0; g < groupNames.Count; g++)
        {
            if (groupPlaces.TryGetValue(groupNames[g], out var l)) gp.AddRange(l);
            if (groupDistricts.TryGetValue(groupNames[g], out var d))
            {
                foreach (var (p, nm) in d)
                {
                    gdp.Add(p);
                    gdn.Add(nm);
                }
            }

            groupPlaceStart[g + 1] = gp.Count;
            groupDistrictStart[g + 1] = gdp.Count;
        }

        // Per country: its places' key ids, ascending, so a country's fuzzy index lists keys in the global order.
        var countryIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var countryKeyLists = new List<List<int>>();
        var countryLast = new List<int>();
        for (var k = 0; k < keyList.Count; k++)
        {
            for (var pi = postStart[k]; pi < postStart[k + 1]; pi++)
            {
                var cc = rawList[postings[pi]].CountryCode;
                if (!countryIds.TryGetValue(cc, out var ci))
                {
                    countryIds[cc] = ci = countryKeyLists.Count;
                    countryKeyLists.Add(new List<int>());
                    countryLast.Add(-1);
                }

                if (countryLast[ci] == k) continue;
                countryLast[ci] = k;
                countryKeyLists[ci].Add(k);
            }
        }

        var countryCodes = countryIds.Keys.ToList();
        var countryKeyStart = new int[countryCodes.Count + 1];
        for (var c = 0; c < countryCodes.Count; c++) countryKeyStart[c + 1] = countryKeyStart[c] + countryKeyLists[c].Count;

        var byId = Enumerable.Range(0, n).ToArray();
        Array.Sort(placeId.ToArray(), byId);
        merged.Places.AddRange(rawList);
        var index = new GazetteerIndex
        {
            KeyVersion = PlaceNameKey.Version,
            AliasHash = aliasHash,
            Str = KeyTable.Create(poolList, hashed: false),
            PlaceId = placeId,
            PlaceName = placeName,
            PlaceLat = placeLat,
            PlaceLon = placeLon,
            PlaceClass = placeClass,
            PlaceCode = placeCode,
            PlaceCombo = placeCombo,
            PlaceAdmin3 = placeA3,
            PlacePopulation = placePop,
            PlacesById = byId,
            Combos = combos.ToArray(),
            Keys = KeyTable.Create(keyList),
            KeyPostingStart = postStart,
            KeyPostings = postings,
            UnitLevel = unitLevel.ToArray(),
            UnitStr = unitStr.ToArray(),
            UnitCoord = unitCoord.ToArray(),
            UnitMembers = unitMembers.ToArray(),
            UnitCodes = KeyTable.Create(unitCodes),
            AdminKeys = adminKeys,
            AdminPostingStart = adminStart,
            AdminPostings = adminPostings,
            Admin1Groups = KeyTable.Create(groupNames),
            GroupPlaceStart = groupPlaceStart,
            GroupPlaces = gp.ToArray(),
            GroupDistrictStart = groupDistrictStart,
            GroupDistrictPlace = gdp.ToArray(),
            GroupDistrictName = gdn.ToArray(),
            CountryCodes = KeyTable.Create(countryCodes),
            CountryStr = countryCodes.Select(S).ToArray(),
            CountryKeyStart = countryKeyStart,
            CountryKeys = countryKeyLists.SelectMany(l => l).ToArray(),
        };
        return (index, merged);
    }

    /// <summary>The sets merged as the former Gazetteer.Build merged them: name tables overwritten in set order, places by geonameid.</summary>
    private static GazetteerData Merge(IReadOnlyList<GazetteerData> sets, out RawPlace[] rawList)
    {
        // Tables are taken in code order, as gazetteer files always stored them: district seats and admin units are
        // numbered in this order, and it decides ties (which seat names a district when two are equally near).
        static IEnumerable<KeyValuePair<string, T>> Ordered<T>(Dictionary<string, T> d) => d.OrderBy(kv => kv.Key, StringComparer.Ordinal);
        var merged = new GazetteerData();
        foreach (var set in sets)
        {
            foreach (var (k, v) in Ordered(set.Countries)) merged.Countries[k] = v;
            foreach (var (k, v) in Ordered(set.CountryAlternates)) merged.CountryAlternates[k] = v;
            foreach (var (k, v) in Ordered(set.Admin1Names)) merged.Admin1Names[k] = v;
            foreach (var (k, v) in Ordered(set.Admin2Names)) merged.Admin2Names[k] = v;
            foreach (var (k, v) in Ordered(set.AdminAlternates)) merged.AdminAlternates[k] = v;
        }

        if (sets.Count == 1)
        {
            // The common case (bundled only): rows are already unique and in id order.
            rawList = sets[0].Places.ToArray();
        }
        else
        {
            var raw = new Dictionary<int, RawPlace>();
            foreach (var set in sets)
            {
                foreach (var p in set.Places) raw[p.GeonameId] = p;
            }

            rawList = raw.Values.ToArray();
        }

        return merged;
    }

    private static (KeyTable Keys, int[] Start, int[] Postings) Flatten(Dictionary<string, List<int>> lists)
    {
        var keys = lists.Keys.ToList();
        var start = new int[keys.Count + 1];
        var postings = new List<int>();
        for (var i = 0; i < keys.Count; i++)
        {
            postings.AddRange(lists[keys[i]]);
            start[i + 1] = postings.Count;
        }

        return (KeyTable.Create(keys), start, postings.ToArray());
    }

    /// <summary>Degrees as the 1e-5 integers gazetteer files store (GeoNames' own precision).</summary>
    internal static int Fixed(double degrees) => (int)Math.Round(degrees * 1e5);
}
