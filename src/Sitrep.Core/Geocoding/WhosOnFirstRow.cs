using System.Globalization;
using System.IO.Compression;

namespace Sitrep.Core.Geocoding;

/// <summary>One place of a Who's On First locality extract (the TSV layout of ../shared/gazetteer and data/gazetteer/wof).</summary>
/// <remarks>
/// Columns: wof_id, gn_id, cc, placetype, gn_fcode, is_current, lat, lon, population, admin1, admin2, name, altnames
/// (altnames joined by '|'). Admin1 and Admin2 are names as WOF spells them, not codes: the merge maps them onto
/// GeoNames codes so that ACLED's spellings (acled-admin-aliases.tsv, keyed by code) still apply.
/// </remarks>
public sealed record WhosOnFirstRow(
    long WofId,
    int? GeonameId,
    string CountryCode,
    string PlaceType,
    string FeatureCode,
    int IsCurrent,
    double Latitude,
    double Longitude,
    long Population,
    string Admin1,
    string Admin2,
    string Name,
    IReadOnlyList<string> AlternateNames)
{
    private static readonly string[] Header =
        ["wof_id", "gn_id", "cc", "placetype", "gn_fcode", "is_current", "lat", "lon", "population", "admin1", "admin2", "name", "altnames"];

    /// <summary>Reads a .tsv or .tsv.gz extract; a row that does not parse is reported through <paramref name="onError"/> and skipped.</summary>
    public static IEnumerable<WhosOnFirstRow> ReadFile(string path, Action<string>? onError = null)
    {
        using var fs = File.OpenRead(path);
        using Stream s = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(fs, CompressionMode.Decompress) : fs;
        using var reader = new StreamReader(s);
        var header = reader.ReadLine();
        if (header is null || !header.Split('\t').SequenceEqual(Header))
        {
            throw new InvalidDataException($"{path}: not a Who's On First locality extract (expected the header {string.Join(' ', Header)}).");
        }

        var lineNo = 1;
        while (reader.ReadLine() is { } line)
        {
            lineNo++;
            if (TryParse(line, out var row, out var error))
            {
                yield return row!;
            }
            else
            {
                onError?.Invoke($"{path}:{lineNo}: {error}");
            }
        }
    }

    /// <summary>Parses one data line.</summary>
    public static bool TryParse(string line, out WhosOnFirstRow? row, out string? error)
    {
        row = null;
        var c = line.Split('\t');
        if (c.Length != Header.Length)
        {
            error = $"{c.Length} columns, expected {Header.Length}";
            return false;
        }

        var inv = CultureInfo.InvariantCulture;
        if (!long.TryParse(c[0], NumberStyles.Integer, inv, out var wofId)
            || !double.TryParse(c[6], NumberStyles.Float, inv, out var lat)
            || !double.TryParse(c[7], NumberStyles.Float, inv, out var lon)
            || lat is < -90 or > 90 || lon is < -180 or > 180)
        {
            error = "bad id or coordinates";
            return false;
        }

        int? gn = int.TryParse(c[1], NumberStyles.Integer, inv, out var g) && g > 0 ? g : null;
        _ = int.TryParse(c[5], NumberStyles.Integer, inv, out var current);
        _ = long.TryParse(c[8], NumberStyles.Integer, inv, out var pop);
        var alts = c[12].Length == 0 ? [] : c[12].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        row = new WhosOnFirstRow(wofId, gn, c[2].ToUpperInvariant(), c[3], c[4], current, lat, lon, Math.Max(0, pop), c[9].Trim(), c[10].Trim(), c[11].Trim(), alts);
        error = null;
        return row.Name.Length > 0 && row.CountryCode.Length == 2 ? true : Fail(out error, "no name or country");
    }

    private static bool Fail(out string? error, string message)
    {
        error = message;
        return false;
    }
}
