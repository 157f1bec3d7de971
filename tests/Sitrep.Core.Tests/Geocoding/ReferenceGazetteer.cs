using System.Text;

using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>The gazetteer as it was before the precomputed index (commit dd4390a), kept verbatim as the oracle the index is checked against.</summary>
internal sealed class ReferenceGazetteer
{
    private const string AliasResource = "Sitrep.Gazetteer.acled-admin-aliases.tsv";

    private readonly Place[] _places;
    private readonly Dictionary<int, int> _byId;
    private readonly Dictionary<string, int> _byKey;
    private readonly int[] _next;
    private readonly int[] _entryPlace;
    private readonly Dictionary<string, AdminUnit[]> _adminByKey;
    private readonly Dictionary<string, AdminUnit> _countries;
    private readonly Dictionary<string, AdminUnit> _admin1;
    private readonly Dictionary<string, AdminUnit> _admin2;
    private readonly Lazy<ReferenceFuzzyIndex> _fuzzy;
    private readonly Lazy<Dictionary<string, Place[]>> _byAdmin1;
    private readonly Lazy<Dictionary<string, (Place Place, string Admin2Name)[]>> _withAdmin2;

    private ReferenceGazetteer(
        Place[] places,
        Dictionary<string, int> byKey,
        int[] next,
        int[] entryPlace,
        Dictionary<string, AdminUnit> countries,
        Dictionary<string, AdminUnit> admin1,
        Dictionary<string, AdminUnit> admin2,
        Dictionary<string, AdminUnit[]> adminByKey,
        Dictionary<string, List<(Place Seat, string Admin2Name)>> seats)
    {
        _places = places;
        _byKey = byKey;
        _next = next;
        _entryPlace = entryPlace;
        _countries = countries;
        _admin1 = admin1;
        _admin2 = admin2;
        _adminByKey = adminByKey;
        _byId = new Dictionary<int, int>(places.Length);
        for (var i = 0; i < places.Length; i++)
        {
            _byId[places[i].GeonameId] = i;
        }

        _withAdmin2 = new Lazy<Dictionary<string, (Place Place, string Admin2Name)[]>>(() => _places
            .Where(p => p.Admin2Name.Length > 0 && p.FeatureClass == 'P')
            .Select(p => (Place: p, p.Admin2Name))
            .Concat(seats.Values.SelectMany(l => l).Select(x => (Place: x.Seat, x.Admin2Name)))
            .GroupBy(x => x.Place.CountryCode + "." + x.Place.Admin1Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
        _byAdmin1 = new Lazy<Dictionary<string, Place[]>>(() => _places
            .Where(p => p.FeatureClass == 'P')
            .GroupBy(p => p.CountryCode + "." + p.Admin1Code, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal));
        _fuzzy = new Lazy<ReferenceFuzzyIndex>(() => new ReferenceFuzzyIndex(_byKey.Keys.Concat(_adminByKey.Keys).Distinct(StringComparer.Ordinal)));
    }

    public IReadOnlyList<Place> Places => _places;

    public int KeyCount => _byKey.Count;

    public IEnumerable<AdminUnit> Countries => _countries.Values;

    public IEnumerable<AdminUnit> Admin1Units => _admin1.Values;

    public IEnumerable<AdminUnit> Admin2Units => _admin2.Values;

    /// <summary>Builds a gazetteer from already-read data sets (later sets win on geonameid).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static ReferenceGazetteer Build(IReadOnlyList<GazetteerData> sets)
    {
        var aliases = ReadAliases();
        var countryNames = new Dictionary<string, string>(StringComparer.Ordinal);
        var countryAlts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var admin1Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var admin2Names = new Dictionary<string, string>(StringComparer.Ordinal);
        var adminAlts = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        RawPlace[] rawList;
        if (sets.Count == 1)
        {
            // The common case (bundled only): rows are already unique and in id order.
            var only = sets[0];
            foreach (var (k, v) in only.Countries) countryNames[k] = v;
            foreach (var (k, v) in only.CountryAlternates) countryAlts[k] = v;
            foreach (var (k, v) in only.Admin1Names) admin1Names[k] = v;
            foreach (var (k, v) in only.Admin2Names) admin2Names[k] = v;
            foreach (var (k, v) in only.AdminAlternates) adminAlts[k] = v;
            rawList = only.Places.ToArray();
        }
        else
        {
            var raw = new Dictionary<int, RawPlace>();
            foreach (var set in sets)
            {
                foreach (var (k, v) in set.Countries) countryNames[k] = v;
                foreach (var (k, v) in set.CountryAlternates) countryAlts[k] = v;
                foreach (var (k, v) in set.Admin1Names) admin1Names[k] = v;
                foreach (var (k, v) in set.Admin2Names) admin2Names[k] = v;
                foreach (var (k, v) in set.AdminAlternates) adminAlts[k] = v;
                foreach (var p in set.Places) raw[p.GeonameId] = p;
            }

            rawList = raw.Values.ToArray();
        }

        string CountryName(string cc) =>
            aliases.TryGetValue("0:" + cc, out var a) ? a : countryNames.TryGetValue(cc, out var n) ? n : cc;
        string Admin1Name(string cc, string a1) =>
            a1.Length == 0 ? string.Empty
            : aliases.TryGetValue($"1:{cc}.{a1}", out var a) ? a
            : admin1Names.TryGetValue($"{cc}.{a1}", out var n) ? DisplayAdminName(n) : string.Empty;
        string Admin2Name(string cc, string a1, string a2) =>
            a2.Length == 0 ? string.Empty
            : aliases.TryGetValue($"2:{cc}.{a1}.{a2}", out var a) ? a
            : admin2Names.TryGetValue($"{cc}.{a1}.{a2}", out var n) ? DisplayAdminName(n) : string.Empty;

        var places = new Place[rawList.Length];
        var keysPerPlace = new string[rawList.Length][];
        // Names repeat per (country, admin1, admin2); resolving each combination once keeps a load fast.
        var resolvedNames = new Dictionary<(string, string, string), (string C, string A1, string A2)>();
        for (var i = 0; i < rawList.Length; i++)
        {
            var r = rawList[i];
            if (!resolvedNames.TryGetValue((r.CountryCode, r.Admin1Code, r.Admin2Code), out var n))
            {
                n = (CountryName(r.CountryCode), Admin1Name(r.CountryCode, r.Admin1Code), Admin2Name(r.CountryCode, r.Admin1Code, r.Admin2Code));
                resolvedNames[(r.CountryCode, r.Admin1Code, r.Admin2Code)] = n;
            }

            places[i] = new Place(
                r.GeonameId, r.Name, r.Latitude, r.Longitude, r.FeatureClass, r.FeatureCode, r.CountryCode,
                n.C, r.Admin1Code, n.A1, n.A2, r.Population)
            {
                Admin2Code = r.Admin2Code,
                Admin3Code = r.Admin3Code,
            };
            keysPerPlace[i] = r.Keys!;
        }

        // Keys missing (an overlay written under older key rules) are the expensive part, so computed in parallel.
        Parallel.For(0, rawList.Length, i => keysPerPlace[i] ??= rawList[i].KeysOrCompute());

        // One hash pass: each key's places form a chain through `next`, so no per-key array is allocated.
        var total = 0;
        foreach (var ks in keysPerPlace) total += ks.Length;
        var byKey = new Dictionary<string, int>(total, StringComparer.Ordinal);
        var next = new int[total];
        var entryPlace = new int[total];
        var e = 0;
        for (var i = 0; i < keysPerPlace.Length; i++)
        {
            foreach (var k in keysPerPlace[i])
            {
                ref var head = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(byKey, k, out var existed);
                next[e] = existed ? head : -1;
                entryPlace[e] = i;
                head = e++;
            }
        }

        // Admin units get centroids from their member places: GeoNames' admin rows are not in cities500.
        var sums = new Dictionary<(string, string, string), (double Lat, double Lon, int N)>();
        foreach (var p in places)
        {
            if (p.FeatureClass != 'P') continue;
            ref var s = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(sums, (p.CountryCode, p.Admin1Code, p.Admin2Code), out _);
            s = (s.Lat + p.Latitude, s.Lon + p.Longitude, s.N + 1);
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
            if (a2.Length > 0 && resolvedNames[(cc, a1, a2)].A2.Length > 0) Add($"2:{cc}.{a1}.{a2}", v, cc, a1, a2);
        }

        // District seats: cities500 gives most Syrian and Afghan towns no admin2 code, but each district is named
        // after its seat ("Jisr al-Shughur District"), so the seat is found by name and then stands for the district.
        var seats = new Dictionary<string, List<(Place Seat, string Admin2Name)>>(StringComparer.Ordinal);
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

        foreach (var (code, geoName) in admin2Names)
        {
            var parts = code.Split('.');
            // Only admin1s with places lacking a district code need seats to infer it.
            if (parts.Length != 3 || !uncoded.Contains((parts[0], parts[1]))) continue;
            var display = Admin2Name(parts[0], parts[1], parts[2]);
            Place? seat = null;
            foreach (var k in new[] { Key(StripAdminWords(geoName)), Key(display) }.Distinct())
            {
                if (!byKey.TryGetValue(k, out var head)) continue;
                for (var en = head; en >= 0; en = next[en])
                {
                    var c = places[entryPlace[en]];
                    if (c.CountryCode != parts[0] || c.Admin1Code != parts[1] || c.FeatureClass != 'P') continue;
                    if (c.Admin2Code.Length > 0 && c.Admin2Code != parts[2]) continue;
                    if (seat is null || SeatRank(c, parts[2]) > SeatRank(seat, parts[2])) seat = c;
                }
            }

            if (seat is null) continue;
            var a1Key = parts[0] + "." + parts[1];
            if (!seats.TryGetValue(a1Key, out var list)) seats[a1Key] = list = new();
            list.Add((seat, display));
            var unitKey = $"2:{code}";
            if (!acc.ContainsKey(unitKey)) acc[unitKey] = (seat.Latitude, seat.Longitude, 1, parts[0], parts[1], parts[2]);
        }

        var countries = new Dictionary<string, AdminUnit>(StringComparer.Ordinal);
        var admin1 = new Dictionary<string, AdminUnit>(StringComparer.Ordinal);
        var admin2 = new Dictionary<string, AdminUnit>(StringComparer.Ordinal);
        var adminLists = new Dictionary<string, List<AdminUnit>>(StringComparer.Ordinal);
        void IndexAdmin(AdminUnit u, IEnumerable<string> names)
        {
            foreach (var key in names.Select(Key).Where(k => k.Length > 0).Distinct(StringComparer.Ordinal))
            {
                if (!adminLists.TryGetValue(key, out var l)) adminLists[key] = l = new List<AdminUnit>(1);
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
                    var u = new AdminUnit(AdminLevel.Country, s.Cc, cn, string.Empty, string.Empty, string.Empty, string.Empty, cn, lat, lon, s.N);
                    countries[s.Cc] = u;
                    var names = new List<string> { cn };
                    if (countryNames.TryGetValue(s.Cc, out var n)) names.Add(n);
                    if (countryAlts.TryGetValue(s.Cc, out var alts)) names.AddRange(alts);
                    IndexAdmin(u, names);
                    break;
                }
                case '1':
                {
                    var name = Admin1Name(s.Cc, s.A1);
                    if (name.Length == 0) continue;
                    var u = new AdminUnit(AdminLevel.Admin1, s.Cc, cn, s.A1, name, string.Empty, string.Empty, name, lat, lon, s.N);
                    admin1[$"{s.Cc}.{s.A1}"] = u;
                    var names = new List<string> { name };
                    if (admin1Names.TryGetValue($"{s.Cc}.{s.A1}", out var g)) names.AddRange([g, DisplayAdminName(g)]);
                    if (adminAlts.TryGetValue($"{s.Cc}.{s.A1}", out var alts)) names.AddRange(alts.Select(Gazetteer.StripAdminWords));
                    IndexAdmin(u, names);
                    break;
                }
                default:
                {
                    var name = Admin2Name(s.Cc, s.A1, s.A2);
                    var u = new AdminUnit(AdminLevel.Admin2, s.Cc, cn, s.A1, Admin1Name(s.Cc, s.A1), s.A2, name, name, lat, lon, s.N);
                    admin2[$"{s.Cc}.{s.A1}.{s.A2}"] = u;
                    var names = new List<string> { name };
                    if (admin2Names.TryGetValue($"{s.Cc}.{s.A1}.{s.A2}", out var g)) names.AddRange([g, DisplayAdminName(g)]);
                    if (adminAlts.TryGetValue($"{s.Cc}.{s.A1}.{s.A2}", out var alts)) names.AddRange(alts.Select(Gazetteer.StripAdminWords));
                    IndexAdmin(u, names);
                    break;
                }
            }
        }

        var adminByKey = adminLists.ToDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        return new ReferenceGazetteer(places, byKey, next, entryPlace, countries, admin1, admin2, adminByKey, seats);
    }

    private static int SeatRank(Place p, string admin2Code) =>
        (p.Admin2Code == admin2Code ? 4 : 0) + (p.FeatureCode == "PPLA2" ? 2 : p.FeatureCode is "PPLA" or "PPLC" ? 1 : 0);

    /// <summary>
    /// The admin2 of the nearest district seat or district-coded place in the same admin1, for places GeoNames leaves without
    /// one (most Syrian villages in cities500). Null beyond 40 km, where a neighbour's district says little.
    /// </summary>
    public (string Name, double DistanceKm)? InferAdmin2(Place p)
    {
        if (p.Admin2Name.Length > 0) return (p.Admin2Name, 0);
        var groups = _withAdmin2.Value;
        if (!groups.TryGetValue(p.CountryCode + "." + p.Admin1Code, out var members)) return null;
        var best = members.Select(o => (o.Admin2Name, D: GeoMath.DistanceKm(p.Latitude, p.Longitude, o.Place.Latitude, o.Place.Longitude))).MinBy(x => x.D);
        return best.D <= 40 ? best : null;
    }

    /// <summary>
    /// True if the place lies in the admin1 by code, or within <paramref name="slackKm"/> of one of its places: GeoNames
    /// still carries pre-2010 province codes for some Kenyan towns (Thika under Nairobi), so a code alone is not proof.
    /// </summary>
    public bool IsInOrBeside(Place p, string countryCode, string admin1Code, double slackKm = 25)
    {
        if (p.CountryCode == countryCode && p.Admin1Code == admin1Code) return true;
        if (!_byAdmin1.Value.TryGetValue(countryCode + "." + admin1Code, out var members)) return false;
        foreach (var m in members)
        {
            if (Math.Abs(m.Latitude - p.Latitude) < 0.2 && GeoMath.DistanceKm(p.Latitude, p.Longitude, m.Latitude, m.Longitude) <= slackKm) return true;
        }

        return false;
    }

    /// <summary>Builds the fuzzy index now instead of on the first fuzzy lookup.</summary>
    public void WarmUp() => _ = _fuzzy.Value;

    public Place? ById(int geonameId) => _byId.TryGetValue(geonameId, out var i) ? _places[i] : null;

    /// <summary>Places whose name or an alternate name has the same key as <paramref name="name"/>.</summary>
    public IReadOnlyList<Place> Lookup(string name) => LookupKey(PlaceNameKey.Cached(name));

    /// <summary>Places under an already-computed key.</summary>
    public IReadOnlyList<Place> LookupKey(string key)
    {
        if (key.Length == 0 || !_byKey.TryGetValue(key, out var head))
        {
            return [];
        }

        var result = new List<Place>(2);
        for (var e = head; e >= 0; e = _next[e])
        {
            result.Add(_places[_entryPlace[e]]);
        }

        return result;
    }

    /// <summary>True if some place has exactly this key (no allocation; for hot paths and benchmarks).</summary>
    public bool ContainsKey(string key) => _byKey.ContainsKey(key);

    /// <summary>Places whose key is within a bounded edit distance of the name's key (1 for short keys, 2 for long), found through a deletion index.</summary>
    public IReadOnlyList<(Place Place, int Distance)> LookupFuzzy(string name, int? maxDistance = null)
    {
        var key = PlaceNameKey.Cached(name);
        var max = maxDistance ?? ReferenceFuzzyIndex.DefaultMaxDistance(key.Length);
        return _fuzzyMemo.Get((key, max), k => LookupFuzzyKey(k.Key, k.Max));
    }

    // A fuzzy search generates many deletions; the same few thousand names are asked again and again.
    private readonly BoundedMemo<(string Key, int Max), IReadOnlyList<(Place Place, int Distance)>> _fuzzyMemo = new(100_000);

    /// <summary>A fuzzy lookup of an already-computed key without the memo (benchmarks measure the index itself with it).</summary>
    internal List<(Place Place, int Distance)> LookupFuzzyKey(string key, int maxDistance)
    {
        var result = new List<(Place, int)>();
        foreach (var (k, d) in _fuzzy.Value.Search(key, maxDistance))
        {
            if (_byKey.TryGetValue(k, out var head))
            {
                for (var e = head; e >= 0; e = _next[e]) result.Add((_places[_entryPlace[e]], d));
            }
        }

        return result;
    }

    /// <summary>Countries, admin1 and admin2 units named <paramref name="name"/> (by key; fuzzy at distance 1 when nothing matches exactly and the key is long).</summary>
    public IReadOnlyList<AdminUnit> LookupAdmin(string name, bool allowFuzzy = true)
    {
        var key = PlaceNameKey.Cached(StripAdminWords(name));
        if (key.Length == 0) return [];
        if (_adminByKey.TryGetValue(key, out var units)) return units;
        if (!allowFuzzy || key.Length < 5) return [];
        var found = new List<AdminUnit>();
        foreach (var (k, _) in _fuzzy.Value.Search(key, 1))
        {
            if (_adminByKey.TryGetValue(k, out var u)) found.AddRange(u);
        }

        return found;
    }

    public AdminUnit? Country(string iso2) => _countries.TryGetValue(iso2.ToUpperInvariant(), out var u) ? u : null;

    public AdminUnit? Admin1(string countryCode, string admin1Code) => _admin1.TryGetValue($"{countryCode}.{admin1Code}", out var u) ? u : null;

    public AdminUnit? Admin2(string countryCode, string admin1Code, string admin2Code) =>
        _admin2.TryGetValue($"{countryCode}.{admin1Code}.{admin2Code}", out var u) ? u : null;

    /// <summary>ISO2 of a country given as ISO2 or by (English, native or ACLED) name; null if unknown.</summary>
    public string? CountryCodeOf(string? isoOrName)
    {
        if (string.IsNullOrWhiteSpace(isoOrName)) return null;
        var t = isoOrName.Trim();
        if (t.Length == 2 && _countries.ContainsKey(t.ToUpperInvariant())) return t.ToUpperInvariant();
        var key = PlaceNameKey.Cached(t);
        return _adminByKey.TryGetValue(key, out var units)
            ? units.FirstOrDefault(u => u.Level == AdminLevel.Country)?.CountryCode
            : null;
    }

    private static string StripAdminWords(string name) => Gazetteer.StripAdminWords(name);

    private static string DisplayAdminName(string geonamesName) => Gazetteer.DisplayAdminName(geonamesName);

    private static Dictionary<string, string> ReadAliases()
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream(AliasResource);
        if (s is null) return aliases;
        using var reader = new StreamReader(s, Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length >= 3) aliases[$"{cols[0]}:{cols[1]}"] = cols[2];
        }

        return aliases;
    }
}
