using System.Globalization;
using System.Text;

namespace Sitrep.Core.Geocoding;

/// <summary>A GeoNames gazetteer: places, admin units and countries, indexed by transliteration-tolerant keys.</summary>
/// <remarks>
/// All indexes are precomputed (<see cref="GazetteerIndexFile"/>, written by data/gazetteer/build.sh and by
/// <c>sitrep gazetteer import</c>): a load inflates one file into flat arrays and builds nothing. Place and
/// AdminUnit objects are made on first lookup and then kept, so repeated lookups return the same instances.
/// Fuzzy place lookups use a small deletion index per country, built on that country's first fuzzy lookup.
/// </remarks>
public sealed class Gazetteer
{
    /// <summary>Name of the embedded bundled index (GeoNames cities500 merged with Who's On First localities).</summary>
    public const string BundledResource = "Sitrep.Gazetteer.gazetteer.sgi";

    /// <summary>File name of the index of bundled data plus local overlays, next to the overlays.</summary>
    public const string OverlayIndexName = "overlay-index" + GazetteerIndexFile.Extension;

    private const string AliasResource = "Sitrep.Gazetteer.acled-admin-aliases.tsv";

    private static readonly Lazy<Gazetteer> Bundled = new(LoadBundledCore, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<GazetteerIndexFile.Header> BundledHeader = new(() =>
    {
        using var s = OpenBundled();
        return GazetteerIndexFile.ReadHeader(s);
    });

    private readonly GazetteerIndex _ix;
    // Places made so far, in chunks made on first touch: one array for every place was 11 MB to clear at each start
    // (1.4 million places), of which a report reads a few dozen.
    private const int PlaceChunk = 1024;
    private readonly Place?[]?[] _places;
    private readonly int _placeCount;
    private readonly Lazy<int[]> _byPopulation;
    private readonly Lazy<Dictionary<string, Place>> _capitals;
    private readonly AdminUnit?[] _units;
    private readonly AdminUnit[]?[] _adminHits;
    private readonly LatitudeOrder?[] _groupByLatitude;

    /// <summary>An admin1 group's places (<see cref="Members"/>) in ascending latitude (<see cref="Lats"/>, in degrees).</summary>
    private sealed record LatitudeOrder(double[] Lats, int[] Members);
    private readonly Lazy<FuzzyIndex>[] _countryFuzzy;
    private readonly Lazy<FuzzyIndex> _adminFuzzy;
    private readonly Lazy<FuzzyIndex> _globalFuzzy;

    // A fuzzy search generates many deletions; the same few thousand names are asked again and again.
    private readonly BoundedMemo<(string Key, int Max), IReadOnlyList<(Place Place, int Distance)>> _fuzzyMemo = new(100_000);
    private readonly BoundedMemo<(string Key, string Country, int Max), IReadOnlyList<(Place Place, int Distance)>> _countryFuzzyMemo = new(100_000);

    private Gazetteer(GazetteerIndex ix)
    {
        _ix = ix;
        _placeCount = ix.PlaceCount;
        _places = new Place?[]?[(ix.PlaceCount + PlaceChunk - 1) / PlaceChunk];
        _byPopulation = new Lazy<int[]>(PopulationOrder, LazyThreadSafetyMode.ExecutionAndPublication);
        _capitals = new Lazy<Dictionary<string, Place>>(Capitals, LazyThreadSafetyMode.ExecutionAndPublication);
        _units = new AdminUnit?[ix.UnitLevel.Length];
        _groupByLatitude = new LatitudeOrder?[ix.GroupPlaceStart.Length - 1];
        _adminHits = new AdminUnit[]?[ix.AdminKeys.Count];
        Places = new PlaceList(this);
        _countryFuzzy = new Lazy<FuzzyIndex>[ix.CountryCodes.Count];
        for (var c = 0; c < _countryFuzzy.Length; c++)
        {
            var country = c;
            _countryFuzzy[c] = new Lazy<FuzzyIndex>(() => new FuzzyIndex(
                Enumerable.Range(ix.CountryKeyStart[country], ix.CountryKeyStart[country + 1] - ix.CountryKeyStart[country])
                    .Select(j => ix.Keys.Decode(ix.CountryKeys[j]))));
        }

        _adminFuzzy = new Lazy<FuzzyIndex>(() => new FuzzyIndex(Enumerable.Range(0, ix.AdminKeys.Count).Select(ix.AdminKeys.Decode)));
        _globalFuzzy = new Lazy<FuzzyIndex>(() => new FuzzyIndex(Enumerable.Range(0, ix.Keys.Count).Select(ix.Keys.Decode)));
    }

    /// <summary>The ACLED admin spellings (data/gazetteer/acled-admin-aliases.tsv) and a hash of the file, which an index records.</summary>
    internal static Lazy<(Dictionary<string, string> Table, ulong Hash)> Aliases { get; } = new(ReadAliases);

    public IReadOnlyList<Place> Places { get; }

    public int KeyCount => _ix.Keys.Count;

    public IEnumerable<AdminUnit> Countries => Units(AdminLevel.Country);

    public IEnumerable<AdminUnit> Admin1Units => Units(AdminLevel.Admin1);

    public IEnumerable<AdminUnit> Admin2Units => Units(AdminLevel.Admin2);

    /// <summary>The gazetteer shipped inside Sitrep.Core (GeoNames cities500); loaded once per process and shared, as it is immutable.</summary>
    public static Gazetteer LoadBundled() => Bundled.Value;

    /// <summary>The bundled gazetteer plus the local overlay imported by <c>sitrep gazetteer import</c> (overlay rows replace bundled rows by geonameid).</summary>
    /// <remarks>
    /// With overlays this loads <see cref="OverlayIndexName"/>, the index import writes of bundled data plus overlays. The
    /// index records a stamp of what it was built from (bundled index, key rules, alias table, overlay files' names, sizes
    /// and times); when that no longer matches (a new Sitrep version, overlay files copied in by hand) it is rebuilt here
    /// once and written back, so only the first run after such a change pays for the merge.
    /// </remarks>
    public static Gazetteer LoadDefault(string? sitrepHome = null)
    {
        var overlays = GeoNamesImporter.OverlayFiles(sitrepHome);
        if (sitrepHome is null || overlays.Count == 0)
        {
            return LoadBundled();
        }

        var path = Path.Combine(GeoNamesImporter.GazetteerDirectory(sitrepHome), OverlayIndexName);
        var stamp = OverlayStamp(overlays);
        try
        {
            if (File.Exists(path) && GazetteerIndexFile.ReadHeader(path).SourceStamp == stamp)
            {
                return new Gazetteer(GazetteerIndexFile.Read(path));
            }
        }
        catch (Exception e) when (e is IOException or InvalidDataException or EndOfStreamException)
        {
            // A damaged or foreign file is rebuilt below like a stale one.
        }

        return new Gazetteer(BuildOverlayIndex(overlays, path, stamp));
    }

    /// <summary>Writes <see cref="OverlayIndexName"/> for the current overlays now (import calls this), or deletes it when there are none.</summary>
    public static void WriteOverlayIndex(string sitrepHome)
    {
        var overlays = GeoNamesImporter.OverlayFiles(sitrepHome);
        var path = Path.Combine(GeoNamesImporter.GazetteerDirectory(sitrepHome), OverlayIndexName);
        if (overlays.Count == 0)
        {
            File.Delete(path);
            return;
        }

        BuildOverlayIndex(overlays, path, OverlayStamp(overlays));
    }

    private static GazetteerIndex BuildOverlayIndex(IReadOnlyList<string> overlays, string path, ulong stamp)
    {
        var sets = new List<GazetteerData> { ReadBundledData() };
        sets.AddRange(overlays.Select(o => GazetteerFile.Read(o, alternateNames: false)));
        var (index, source) = GazetteerIndex.Build(sets, Aliases.Value.Table, Aliases.Value.Hash);
        try
        {
            GazetteerIndexFile.WriteAtomic(index, source, path, stamp);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only home still works, only without the saved index.
        }

        return index;
    }

    /// <summary>What an overlay index depends on: the bundled index, the key rules, the alias table and the overlay files.</summary>
    private static ulong OverlayStamp(IReadOnlyList<string> overlays)
    {
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"{BundledHeader.Value.ContentId}|{PlaceNameKey.Version}|{Aliases.Value.Hash}");
        foreach (var o in overlays)
        {
            var fi = new FileInfo(o);
            sb.Append(CultureInfo.InvariantCulture, $"|{fi.Name}:{fi.Length}:{fi.LastWriteTimeUtc.Ticks}");
        }

        var stamp = KeyTable.Hash(Encoding.UTF8.GetBytes(sb.ToString()));
        return stamp == 0 ? 1 : stamp;
    }

    /// <summary>Loads gazetteer files, index or older format (later files replace earlier rows with the same geonameid).</summary>
    public static Gazetteer Load(params string[] paths)
    {
        if (paths.Length == 1 && GazetteerIndexFile.IsIndex(paths[0]))
        {
            var ix = GazetteerIndexFile.Read(paths[0]);
            if (IsCurrent(ix.KeyVersion, ix.AliasHash)) return new Gazetteer(ix);
        }

        return Build(paths.Select(p => GazetteerIndexFile.IsIndex(p)
            ? GazetteerIndexFile.ReadData(p, alternateNames: false)
            : GazetteerFile.Read(p, alternateNames: false)).ToList());
    }

    /// <summary>Builds a gazetteer from already-read data sets (later sets win on geonameid); seconds for the bundled data, which a load avoids.</summary>
    public static Gazetteer Build(IReadOnlyList<GazetteerData> sets) =>
        new(GazetteerIndex.Build(sets, Aliases.Value.Table, Aliases.Value.Hash).Index);

    /// <summary>True if the embedded index was built under the current key rules and alias table (else a load rebuilds it, slowly).</summary>
    internal static bool BundledIndexIsCurrent => IsCurrent(BundledHeader.Value.KeyVersion, BundledHeader.Value.AliasHash);

    private static bool IsCurrent(int keyVersion, ulong aliasHash) => keyVersion == PlaceNameKey.Version && aliasHash == Aliases.Value.Hash;

    /// <summary>A fresh load of the bundled index, not the shared instance (benchmarks time it).</summary>
    internal static Gazetteer LoadBundledUncached() => LoadBundledCore();

    /// <summary>The bundled data as GazetteerData (what the former load built from; benchmarks time that path).</summary>
    internal static GazetteerData ReadBundledDataForBenchmark() => ReadBundledData();

    private static Gazetteer LoadBundledCore()
    {
        using var s = OpenBundled();
        // The runtime maps the assembly image, so its resource is memory already: read in place when it is stored raw.
        var ix = (s is UnmanagedMemoryStream image ? GazetteerIndexFile.Map(image) : null) ?? GazetteerIndexFile.Read(s);
        // An index older than the key rules or the alias table would give wrong answers; rebuilding from the data it
        // carries is slow but right (a test fails until data/gazetteer/build.sh is rerun).
        return IsCurrent(ix.KeyVersion, ix.AliasHash) ? new Gazetteer(ix) : Build([ReadBundledData()]);
    }

    private static Stream OpenBundled() =>
        typeof(Gazetteer).Assembly.GetManifestResourceStream(BundledResource)
        ?? throw new InvalidOperationException($"The bundled gazetteer ({BundledResource}) is missing from Sitrep.Core; run data/gazetteer/build.sh and rebuild.");

    private static GazetteerData ReadBundledData()
    {
        using var s = OpenBundled();
        return GazetteerIndexFile.ReadData(s, alternateNames: false);
    }

    /// <summary>
    /// The admin2 of the nearest district seat or district-coded place in the same admin1, for places GeoNames leaves without
    /// one (most Syrian villages in cities500). Null beyond 40 km, where a neighbour's district says little.
    /// </summary>
    public (string Name, double DistanceKm)? InferAdmin2(Place p)
    {
        if (p.Admin2Name.Length > 0) return (p.Admin2Name, 0);
        var g = _ix.Admin1Groups.Find(p.CountryCode + "." + p.Admin1Code);
        if (g < 0 || _ix.GroupDistrictStart[g] == _ix.GroupDistrictStart[g + 1]) return null;
        var best = -1;
        var bestD = double.MaxValue;
        for (var i = _ix.GroupDistrictStart[g]; i < _ix.GroupDistrictStart[g + 1]; i++)
        {
            var o = _ix.GroupDistrictPlace[i];
            var d = GeoMath.DistanceKm(p.Latitude, p.Longitude, _ix.PlaceLat[o] / 1e5, _ix.PlaceLon[o] / 1e5);
            // Strictly nearer only: on a tie the first member wins, as MinBy did.
            if (best < 0 || d < bestD)
            {
                best = i;
                bestD = d;
            }
        }

        return bestD <= 40 ? (_ix.Str[_ix.GroupDistrictName[best]], bestD) : null;
    }

    /// <summary>
    /// True if the place lies in the admin1 by code, or within <paramref name="slackKm"/> of one of its places: GeoNames
    /// still carries pre-2010 province codes for some Kenyan towns (Thika under Nairobi), so a code alone is not proof.
    /// </summary>
    public bool IsInOrBeside(Place p, string countryCode, string admin1Code, double slackKm = 25)
    {
        if (p.CountryCode == countryCode && p.Admin1Code == admin1Code) return true;
        return IsBeside(p, _ix.Admin1Groups.Find(countryCode + "." + admin1Code), slackKm);
    }

    /// <summary><see cref="IsInOrBeside(Place, string, string, double)"/> for an admin1 key "CC.A1" (split at its first dot).</summary>
    /// <remarks>The geocoder fences every candidate with its keys; taking the key whole spares two substrings and a concatenation per test.</remarks>
    internal bool IsInOrBeside(Place p, string admin1Key, double slackKm = 25)
    {
        var dot = admin1Key.IndexOf('.');
        if (p.CountryCode.AsSpan().SequenceEqual(admin1Key.AsSpan(0, dot)) && p.Admin1Code.AsSpan().SequenceEqual(admin1Key.AsSpan(dot + 1))) return true;
        return IsBeside(p, _ix.Admin1Groups.Find(admin1Key), slackKm);
    }

    private bool IsBeside(Place p, int g, double slackKm)
    {
        if (g < 0) return false;
        // Only places within 0.2 degrees of latitude can count, and they are one run of the group sorted by latitude
        // (x - lat is monotone in x), so a binary search skips the rest of a province of thousands of places.
        var (lats, members) = GroupByLatitude(g);
        int lo = 0, hi = lats.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (lats[mid] - p.Latitude > -0.2) hi = mid;
            else lo = mid + 1;
        }
        for (var i = lo; i < lats.Length && lats[i] - p.Latitude < 0.2; i++)
        {
            var lat = lats[i];
            if (Math.Abs(lat - p.Latitude) < 0.2 && GeoMath.DistanceKm(p.Latitude, p.Longitude, lat, _ix.PlaceLon[members[i]] / 1e5) <= slackKm) return true;
        }

        return false;
    }

    /// <summary>The places of admin1 group <paramref name="g"/> in ascending latitude, built on first use.</summary>
    private LatitudeOrder GroupByLatitude(int g)
    {
        if (Volatile.Read(ref _groupByLatitude[g]) is { } built) return built;
        var start = _ix.GroupPlaceStart[g];
        var members = _ix.GroupPlaces.CopyRange(start, _ix.GroupPlaceStart[g + 1] - start);
        var lats = new double[members.Length];
        for (var i = 0; i < members.Length; i++) lats[i] = _ix.PlaceLat[members[i]] / 1e5;
        Array.Sort(lats, members);
        // Racing threads build equal arrays; whichever lands is as good as the other.
        var made = new LatitudeOrder(lats, members);
        Volatile.Write(ref _groupByLatitude[g], made);
        return made;
    }

    /// <summary>Builds the admin-name fuzzy index now instead of on the first fuzzy admin lookup (place indexes are per country, built on first use).</summary>
    public void WarmUp() => _ = _adminFuzzy.Value;

    /// <summary>Builds the fuzzy index of one country now; false if no place has that country code.</summary>
    public bool WarmUp(string countryCode)
    {
        var c = _ix.CountryCodes.Find(countryCode);
        if (c < 0) return false;
        _ = _countryFuzzy[c].Value;
        return true;
    }

    /// <summary>
    /// The populated places inside a box, most populous first (places without a population after those with one, admin
    /// seats first among them): the names a map shows at the zoom that box is.
    /// </summary>
    public IReadOnlyList<Place> Largest(double west, double south, double east, double north, int count)
    {
        var order = _byPopulation.Value;
        var result = new List<Place>(Math.Min(count, 64));
        int w = (int)Math.Floor(west * 1e5), s = (int)Math.Floor(south * 1e5), e = (int)Math.Ceiling(east * 1e5), n = (int)Math.Ceiling(north * 1e5);
        var lat = _ix.PlaceLat;
        var lon = _ix.PlaceLon;
        foreach (var i in order)
        {
            if (lat[i] < s || lat[i] > n || lon[i] < w || lon[i] > e) continue;
            result.Add(PlaceAt(i));
            if (result.Count >= count) break;
        }

        return result;
    }

    /// <summary>The capital of <paramref name="countryCode"/> (its most populous PPLC place), or null.</summary>
    public Place? Capital(string countryCode) => _capitals.Value.GetValueOrDefault(countryCode);

    private Dictionary<string, Place> Capitals()
    {
        var ix = _ix;
        var best = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ix.PlaceCount; i++)
        {
            if (ix.PlaceClass[i] != (byte)'P' || ix.Str[ix.PlaceCode[i]] != "PPLC") continue;
            var cc = PlaceAt(i).CountryCode;
            if (!best.TryGetValue(cc, out var j) || ix.PlacePopulation[i] > ix.PlacePopulation[j]) best[cc] = i;
        }
        return best.ToDictionary(kv => kv.Key, kv => PlaceAt(kv.Value), StringComparer.Ordinal);
    }

    private int[] PopulationOrder()
    {
        var ix = _ix;
        var populated = Enumerable.Range(0, ix.PlaceCount).Where(i => ix.PlaceClass[i] == (byte)'P').ToArray();
        // Seats before other places of the same population, so a province's capital is named before its villages.
        var seat = populated.Select(i => ix.Str[ix.PlaceCode[i]] is "PPLC" or "PPLA" or "PPLA2" ? 0 : 1).ToArray();
        var keys = populated.Select((i, k) => (Pop: -ix.PlacePopulation[i], Seat: seat[k], Index: i)).ToArray();
        Array.Sort(keys);
        return keys.Select(k => k.Index).ToArray();
    }

    public Place? ById(int geonameId)
    {
        int lo = 0, hi = _ix.PlacesById.Length - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            var id = _ix.PlaceId[_ix.PlacesById[mid]];
            if (id == geonameId) return PlaceAt(_ix.PlacesById[mid]);
            if (id < geonameId) lo = mid + 1; else hi = mid - 1;
        }

        return null;
    }

    /// <summary>Places whose name or an alternate name has the same key as <paramref name="name"/>.</summary>
    public IReadOnlyList<Place> Lookup(string name) => LookupKey(PlaceNameKey.Cached(name));

    /// <summary>Places under an already-computed key.</summary>
    public IReadOnlyList<Place> LookupKey(string key)
    {
        var k = key.Length == 0 ? -1 : _ix.Keys.Find(key);
        if (k < 0)
        {
            return [];
        }

        var result = new List<Place>(Math.Max(2, _ix.KeyPostingStart[k + 1] - _ix.KeyPostingStart[k]));
        for (var i = _ix.KeyPostingStart[k]; i < _ix.KeyPostingStart[k + 1]; i++)
        {
            result.Add(PlaceAt(_ix.KeyPostings[i]));
        }

        return result;
    }

    /// <summary>True if some place has exactly this key (no allocation; for hot paths and benchmarks).</summary>
    public bool ContainsKey(string key) => key.Length > 0 && _ix.Keys.Find(key) >= 0;

    /// <summary>Places anywhere whose key is within a bounded edit distance of the name's key (1 for short keys, 2 for long).</summary>
    /// <remarks>Builds a world-wide deletion index on first use (seconds, hundreds of MB); the geocoder uses the per-country overload.</remarks>
    public IReadOnlyList<(Place Place, int Distance)> LookupFuzzy(string name, int? maxDistance = null)
    {
        var key = PlaceNameKey.Cached(name);
        var max = maxDistance ?? FuzzyIndex.DefaultMaxDistance(key.Length);
        return _fuzzyMemo.Get((key, max), k => LookupFuzzyKey(k.Key, k.Max));
    }

    /// <summary>
    /// Places in one country whose key is within a bounded edit distance of the name's key: the same places, in the same
    /// order, as the world-wide overload filtered to that country, from a deletion index over that country's keys only.
    /// </summary>
    public IReadOnlyList<(Place Place, int Distance)> LookupFuzzy(string name, string countryCode, int? maxDistance = null)
    {
        var key = PlaceNameKey.Cached(name);
        var max = maxDistance ?? FuzzyIndex.DefaultMaxDistance(key.Length);
        return _countryFuzzyMemo.Get((key, countryCode, max), k => LookupFuzzyKey(k.Key, k.Country, k.Max));
    }

    /// <summary>A world-wide fuzzy lookup of an already-computed key without the memo (benchmarks measure the index itself with it).</summary>
    internal List<(Place Place, int Distance)> LookupFuzzyKey(string key, int maxDistance)
    {
        var result = new List<(Place, int)>();
        foreach (var (k, d) in _globalFuzzy.Value.SearchIndexes(key, maxDistance))
        {
            for (var i = _ix.KeyPostingStart[k]; i < _ix.KeyPostingStart[k + 1]; i++) result.Add((PlaceAt(_ix.KeyPostings[i]), d));
        }

        return result;
    }

    /// <summary>A fuzzy lookup within one country of an already-computed key, without the memo.</summary>
    internal List<(Place Place, int Distance)> LookupFuzzyKey(string key, string countryCode, int maxDistance)
    {
        var result = new List<(Place, int)>();
        var c = _ix.CountryCodes.Find(countryCode);
        if (c < 0) return result;
        var cc = _ix.CountryStr[c];
        var start = _ix.CountryKeyStart[c];
        foreach (var (j, d) in _countryFuzzy[c].Value.SearchIndexes(key, maxDistance))
        {
            var k = _ix.CountryKeys[start + j];
            for (var i = _ix.KeyPostingStart[k]; i < _ix.KeyPostingStart[k + 1]; i++)
            {
                var p = _ix.KeyPostings[i];
                if (_ix.ComboOf(p, 0) == cc) result.Add((PlaceAt(p), d));
            }
        }

        return result;
    }

    /// <summary>Countries, admin1 and admin2 units named <paramref name="name"/> (by key; fuzzy at distance 1 when nothing matches exactly and the key is long).</summary>
    public IReadOnlyList<AdminUnit> LookupAdmin(string name, bool allowFuzzy = true)
    {
        var key = PlaceNameKey.Cached(StripAdminWords(name));
        if (key.Length == 0) return [];
        var k = _ix.AdminKeys.Find(key);
        if (k >= 0) return AdminHits(k);
        if (!allowFuzzy || key.Length < 5) return [];
        var found = new List<AdminUnit>();
        foreach (var (i, _) in _adminFuzzy.Value.SearchIndexes(key, 1))
        {
            found.AddRange(AdminHits(i));
        }

        return found;
    }

    public AdminUnit? Country(string iso2) => UnitByCode("0:" + iso2.ToUpperInvariant());

    public AdminUnit? Admin1(string countryCode, string admin1Code) => UnitByCode($"1:{countryCode}.{admin1Code}");

    public AdminUnit? Admin2(string countryCode, string admin1Code, string admin2Code) => UnitByCode($"2:{countryCode}.{admin1Code}.{admin2Code}");

    /// <summary>ISO2 of a country given as ISO2 or by (English, native or ACLED) name; null if unknown.</summary>
    public string? CountryCodeOf(string? isoOrName)
    {
        if (string.IsNullOrWhiteSpace(isoOrName)) return null;
        var t = isoOrName.Trim();
        if (t.Length == 2 && Country(t) is not null) return t.ToUpperInvariant();
        var key = PlaceNameKey.Cached(t);
        var k = key.Length == 0 ? -1 : _ix.AdminKeys.Find(key);
        return k >= 0 ? AdminHits(k).FirstOrDefault(u => u.Level == AdminLevel.Country)?.CountryCode : null;
    }

    private AdminUnit? UnitByCode(string code)
    {
        var u = _ix.UnitCodes.Find(code);
        return u < 0 ? null : UnitAt(u);
    }

    /// <summary>Each unit of <paramref name="level"/> as its country code and centroid, in index order, without making the units.</summary>
    internal IEnumerable<(string CountryCode, double Latitude, double Longitude)> UnitCentroids(AdminLevel level)
    {
        for (var u = 0; u < _ix.UnitLevel.Length; u++)
        {
            // The unit's first string is its country code, as UnitAt reads it.
            if (_ix.UnitLevel[u] == (byte)level) yield return (_ix.Str[_ix.UnitStr[u * GazetteerIndex.UnitWidth]], _ix.UnitCoord[2 * u], _ix.UnitCoord[(2 * u) + 1]);
        }
    }

    private IEnumerable<AdminUnit> Units(AdminLevel level)
    {
        for (var u = 0; u < _ix.UnitLevel.Length; u++)
        {
            if (_ix.UnitLevel[u] == (byte)level) yield return UnitAt(u);
        }
    }

    private AdminUnit[] AdminHits(int key)
    {
        if (Volatile.Read(ref _adminHits[key]) is { } hits) return hits;
        hits = new AdminUnit[_ix.AdminPostingStart[key + 1] - _ix.AdminPostingStart[key]];
        for (var i = 0; i < hits.Length; i++) hits[i] = UnitAt(_ix.AdminPostings[_ix.AdminPostingStart[key] + i]);
        return Interlocked.CompareExchange(ref _adminHits[key], hits, null) ?? hits;
    }

    private AdminUnit UnitAt(int u)
    {
        if (Volatile.Read(ref _units[u]) is { } unit) return unit;
        var s = u * GazetteerIndex.UnitWidth;
        var str = _ix.UnitStr;
        unit = new AdminUnit(
            (AdminLevel)_ix.UnitLevel[u], _ix.Str[str[s]], _ix.Str[str[s + 1]], _ix.Str[str[s + 2]], _ix.Str[str[s + 3]],
            _ix.Str[str[s + 4]], _ix.Str[str[s + 5]], _ix.Str[str[s + 6]], _ix.UnitCoord[2 * u], _ix.UnitCoord[(2 * u) + 1], _ix.UnitMembers[u]);
        return Interlocked.CompareExchange(ref _units[u], unit, null) ?? unit;
    }

    private Place PlaceAt(int i)
    {
        var chunk = Volatile.Read(ref _places[i / PlaceChunk]);
        if (chunk is null)
        {
            chunk = new Place?[PlaceChunk];
            chunk = Interlocked.CompareExchange(ref _places[i / PlaceChunk], chunk, null) ?? chunk;
        }
        if (Volatile.Read(ref chunk[i % PlaceChunk]) is { } place) return place;
        var ix = _ix;
        var c = ix.PlaceCombo[i] * GazetteerIndex.ComboWidth;
        var combos = ix.Combos;
        place = new Place(
            ix.PlaceId[i], ix.Str[ix.PlaceName[i]], ix.PlaceLat[i] / 1e5, ix.PlaceLon[i] / 1e5, (char)ix.PlaceClass[i], ix.Str[ix.PlaceCode[i]],
            ix.Str[combos[c]], ix.Str[combos[c + 3]], ix.Str[combos[c + 1]], ix.Str[combos[c + 4]], ix.Str[combos[c + 5]], ix.PlacePopulation[i])
        {
            Admin2Code = ix.Str[combos[c + 2]],
            Admin3Code = ix.Str[ix.PlaceAdmin3[i]],
        };
        return Interlocked.CompareExchange(ref chunk[i % PlaceChunk], place, null) ?? place;
    }

    /// <summary>The places as a list whose items are made on first access.</summary>
    private sealed class PlaceList(Gazetteer g) : IReadOnlyList<Place>
    {
        public int Count => g._placeCount;

        public Place this[int index] => (uint)index < (uint)g._placeCount ? g.PlaceAt(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<Place> GetEnumerator()
        {
            for (var i = 0; i < g._placeCount; i++) yield return g.PlaceAt(i);
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    /// <summary>Admin words a mention may carry ("Idlib province", "Nairobi County", "rural Aleppo" is handled by the annotator's qualifier).</summary>
    internal static string StripAdminWords(string name)
    {
        return StripMemo.Get(name, StripAdminWordsUncached);
    }

    // Names repeat across reports and candidates; these small functions ran millions of times per corpus.
    private static readonly BoundedMemo<string, string> StripMemo = new(200_000, StringComparer.Ordinal);
    private static readonly BoundedMemo<string, string> DisplayMemo = new(200_000, StringComparer.Ordinal);

    private static string StripAdminWordsUncached(string name)
    {
        // A name of one word has nothing to drop (and is its own join).
        if (!name.AsSpan().ContainsAny(' ', '-')) return name;
        var words = name.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).ToList();
        string[] drop = ["province", "governorate", "county", "district", "region", "state", "muhafazat", "wilayat", "oblast", "countryside", "subcounty", "sub-county"];
        while (words.Count > 1 && drop.Contains(words[^1].ToLowerInvariant())) words.RemoveAt(words.Count - 1);
        return string.Join(' ', words);
    }

    /// <summary>An admin name as ACLED users expect it when no alias exists: ASCII letters, no "County"/"Province" suffix.</summary>
    internal static string DisplayAdminName(string geonamesName)
    {
        return DisplayMemo.Get(geonamesName, DisplayAdminNameUncached);
    }

    private static string DisplayAdminNameUncached(string geonamesName)
    {
        var stripped = StripAdminWords(geonamesName);
        var d = stripped.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(d.Length);
        foreach (var c in d)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(c);
            if (cat is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark) continue;
            sb.Append(c is '\u2019' or '\u02BC' or '\u02BF' or '\u02BE' ? '\'' : LatinFold.Base(c));
        }

        return sb.ToString().Normalize(NormalizationForm.FormC);
    }

    private static (Dictionary<string, string> Table, ulong Hash) ReadAliases()
    {
        var aliases = new Dictionary<string, string>(StringComparer.Ordinal);
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream(AliasResource);
        if (s is null) return (aliases, 0);
        using var ms = new MemoryStream();
        s.CopyTo(ms);
        var bytes = ms.ToArray();
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#') continue;
            var cols = line.Split('\t');
            if (cols.Length >= 3) aliases[$"{cols[0]}:{cols[1]}"] = cols[2];
        }

        // FNV, not SHA: a cryptographic hash would load OpenSSL on every start-up for a 2 KB table.
        return (aliases, KeyTable.Hash(bytes));
    }
}
