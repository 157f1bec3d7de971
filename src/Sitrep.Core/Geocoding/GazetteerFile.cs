using System.IO.Compression;
using System.Text;

namespace Sitrep.Core.Geocoding;

/// <summary>A place as stored in a gazetteer file: GeoNames codes, not yet joined to admin or country names.</summary>
public sealed record RawPlace(
    int GeonameId,
    string Name,
    double Latitude,
    double Longitude,
    char FeatureClass,
    string FeatureCode,
    string CountryCode,
    string Admin1Code,
    string Admin2Code,
    string Admin3Code,
    long Population,
    IReadOnlyList<string> AlternateNames)
{
    /// <summary>The distinct <see cref="PlaceNameKey"/> keys of the name and alternate names, when already known.</summary>
    public string[]? Keys { get; init; }

    /// <summary>The keys, computed now if the file did not carry keys of the current version.</summary>
    public string[] KeysOrCompute()
    {
        if (Keys is not null) return Keys;
        var set = new HashSet<string>(StringComparer.Ordinal);
        var k = PlaceNameKey.Of(Name);
        if (k.Length > 0) set.Add(k);
        foreach (var alt in AlternateNames)
        {
            k = PlaceNameKey.Of(alt);
            if (k.Length > 0) set.Add(k);
        }

        return set.ToArray();
    }
}

/// <summary>The contents of one gazetteer file: places plus the country and admin name tables they refer to.</summary>
public sealed class GazetteerData
{
    /// <summary>ISO2 → English country name.</summary>
    public Dictionary<string, string> Countries { get; } = new(StringComparer.Ordinal);

    /// <summary>ISO2 → other names of the country (for lookups of a country by name).</summary>
    public Dictionary<string, List<string>> CountryAlternates { get; } = new(StringComparer.Ordinal);

    /// <summary>"CC.A1" → GeoNames admin1 name.</summary>
    public Dictionary<string, string> Admin1Names { get; } = new(StringComparer.Ordinal);

    /// <summary>"CC.A1.A2" → GeoNames admin2 name.</summary>
    public Dictionary<string, string> Admin2Names { get; } = new(StringComparer.Ordinal);

    /// <summary>"CC.A1" or "CC.A1.A2" → other names of that admin unit (e.g. Arabic or local spellings), looked up like its own name.</summary>
    /// <remarks>Optional: the gazetteer index keeps it, the older per-country overlay format does not.</remarks>
    public Dictionary<string, List<string>> AdminAlternates { get; } = new(StringComparer.Ordinal);

    public List<RawPlace> Places { get; } = new();
}

/// <summary>Reads and writes the compact gzip'd binary gazetteer format shared by the bundled file and local overlays.</summary>
/// <remarks>
/// Binary rather than TSV because parsing 200 k rows of text with a million alternate names costs more than the
/// one-second load budget; gzip because the names compress about fourfold and inflate at hundreds of MB/s.
/// Coordinates are stored as integer 1e-5 degrees, which is exactly GeoNames' own precision. Each place also
/// carries its name keys, tagged with <see cref="PlaceNameKey.Version"/>: computing a million keys is most of a
/// load otherwise, and a file written under other key rules falls back to recomputing them from the names.
/// </remarks>
public static class GazetteerFile
{
    private const string Magic = "SITREP-GAZ";
    private const int FormatVersion = 2;

    public static void Write(GazetteerData data, Stream output)
    {
        using var gz = new GZipStream(output, CompressionLevel.SmallestSize, leaveOpen: true);
        using var w = new BinaryWriter(gz, Encoding.UTF8, leaveOpen: true);
        w.Write(Magic);
        w.Write(FormatVersion);
        w.Write(PlaceNameKey.Version);
        w.Write(data.Countries.Count);
        foreach (var (cc, name) in data.Countries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(cc);
            w.Write(name);
            var alts = data.CountryAlternates.TryGetValue(cc, out var a) ? a : [];
            w.Write(alts.Count);
            foreach (var alt in alts)
            {
                w.Write(alt);
            }
        }

        WriteTable(w, data.Admin1Names);
        WriteTable(w, data.Admin2Names);
        w.Write(data.Places.Count);
        foreach (var p in data.Places)
        {
            w.Write(p.GeonameId);
            w.Write(p.Name);
            w.Write((int)Math.Round(p.Latitude * 1e5));
            w.Write((int)Math.Round(p.Longitude * 1e5));
            w.Write((byte)p.FeatureClass);
            w.Write(p.FeatureCode);
            w.Write(p.CountryCode);
            w.Write(p.Admin1Code);
            w.Write(p.Admin2Code);
            w.Write(p.Admin3Code);
            w.Write7BitEncodedInt64(p.Population);
            w.Write7BitEncodedInt(p.AlternateNames.Count);
            foreach (var n in p.AlternateNames)
            {
                w.Write(n);
            }

            var keys = p.Keys ?? p.KeysOrCompute();
            w.Write7BitEncodedInt(keys.Length);
            foreach (var k in keys)
            {
                w.Write(k);
            }
        }
    }

    /// <summary>Writes to a temp file next to <paramref name="path"/> and renames it over, so readers never see half a file.</summary>
    public static void WriteAtomic(GazetteerData data, string path)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                Write(data, fs);
                fs.Flush(flushToDisk: true);
            }

            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp))
            {
                File.Delete(tmp);
            }
        }
    }

    /// <summary>Reads a gazetteer file; without <paramref name="alternateNames"/> the raw alternate names are skipped (lookups only need their keys).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public static GazetteerData Read(Stream input, bool alternateNames = true)
    {
        using var gz = new GZipStream(input, CompressionMode.Decompress, leaveOpen: true);
        using var buffered = new BufferedStream(gz, 1 << 16);
        using var r = new BinaryReader(buffered, Encoding.UTF8, leaveOpen: true);
        if (r.ReadString() != Magic)
        {
            throw new InvalidDataException("Not a Sitrep gazetteer file.");
        }

        var version = r.ReadInt32();
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Gazetteer format version {version} is not {FormatVersion}; rebuild it (data/gazetteer/build.sh) or re-import.");
        }

        var keysUsable = r.ReadInt32() == PlaceNameKey.Version;
        var data = new GazetteerData();
        var nCountries = r.ReadInt32();
        for (var i = 0; i < nCountries; i++)
        {
            var cc = r.ReadString();
            data.Countries[cc] = r.ReadString();
            var nAlt = r.ReadInt32();
            var alts = new List<string>(nAlt);
            for (var j = 0; j < nAlt; j++)
            {
                alts.Add(r.ReadString());
            }

            data.CountryAlternates[cc] = alts;
        }

        ReadTable(r, data.Admin1Names);
        ReadTable(r, data.Admin2Names);
        var n = r.ReadInt32();
        data.Places.Capacity = n;
        var scratch = new byte[256];
        // Codes repeat across hundreds of thousands of rows; interning them keeps the heap small.
        var pool = new Dictionary<string, string>(StringComparer.Ordinal);
        string Intern(string s) => pool.TryGetValue(s, out var v) ? v : pool[s] = s;
        for (var i = 0; i < n; i++)
        {
            var id = r.ReadInt32();
            var name = r.ReadString();
            var lat = r.ReadInt32() / 1e5;
            var lon = r.ReadInt32() / 1e5;
            var fc = (char)r.ReadByte();
            var fcode = Intern(r.ReadString());
            var cc = Intern(r.ReadString());
            var a1 = Intern(r.ReadString());
            var a2 = Intern(r.ReadString());
            var a3 = Intern(r.ReadString());
            var pop = r.Read7BitEncodedInt64();
            var nNames = r.Read7BitEncodedInt();
            var keepNames = alternateNames || !keysUsable;
            var names = nNames == 0 || !keepNames ? Array.Empty<string>() : new string[nNames];
            for (var j = 0; j < nNames; j++)
            {
                if (keepNames)
                {
                    names[j] = r.ReadString();
                }
                else
                {
                    // Skip the length-prefixed UTF-8 bytes without building a string.
                    var len = r.Read7BitEncodedInt();
                    if (scratch.Length < len) scratch = new byte[len * 2];
                    buffered.ReadExactly(scratch, 0, len);
                }
            }

            var nKeys = r.Read7BitEncodedInt();
            var keys = new string[nKeys];
            for (var j = 0; j < nKeys; j++)
            {
                keys[j] = r.ReadString();
            }

            data.Places.Add(new RawPlace(id, name, lat, lon, fc, fcode, cc, a1, a2, a3, pop, names) { Keys = keysUsable ? keys : null });
        }

        return data;
    }

    public static GazetteerData Read(string path, bool alternateNames = true)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(fs, alternateNames);
    }

    private static void WriteTable(BinaryWriter w, Dictionary<string, string> table)
    {
        w.Write(table.Count);
        foreach (var (k, v) in table.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            w.Write(k);
            w.Write(v);
        }
    }

    private static void ReadTable(BinaryReader r, Dictionary<string, string> table)
    {
        var n = r.ReadInt32();
        for (var i = 0; i < n; i++)
        {
            var k = r.ReadString();
            table[k] = r.ReadString();
        }
    }
}
