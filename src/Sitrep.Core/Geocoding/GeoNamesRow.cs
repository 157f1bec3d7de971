using System.Globalization;

namespace Sitrep.Core.Geocoding;

/// <summary>Parses one line of a GeoNames 19-column dump (allCountries.txt, XX.txt, cities500.txt).</summary>
public static class GeoNamesRow
{
    public const int ColumnCount = 19;

    /// <summary>Parses a line; on failure returns false and a reason fit to show a user next to the line number.</summary>
    public static bool TryParse(string line, out RawPlace? place, out string? error)
    {
        place = null;
        var cols = line.Split('\t');
        if (cols.Length != ColumnCount)
        {
            error = $"wrong column count ({cols.Length}, expected {ColumnCount})";
            return false;
        }

        if (!int.TryParse(cols[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            error = $"non-numeric geonameid '{Clip(cols[0])}'";
            return false;
        }

        if (!double.TryParse(cols[4], NumberStyles.Float, CultureInfo.InvariantCulture, out var lat) || lat is < -90 or > 90
            || !double.TryParse(cols[5], NumberStyles.Float, CultureInfo.InvariantCulture, out var lon) || lon is < -180 or > 180)
        {
            error = $"non-numeric or out-of-range coordinates '{Clip(cols[4])}', '{Clip(cols[5])}'";
            return false;
        }

        if (cols[1].Length == 0)
        {
            error = "empty name";
            return false;
        }

        long.TryParse(cols[14], NumberStyles.None, CultureInfo.InvariantCulture, out var pop);
        var alts = AlternateNames.Filter(cols[1], cols[2], cols[3].Length == 0 ? [] : cols[3].Split(','));
        place = new RawPlace(
            id, cols[1], lat, lon,
            cols[6].Length > 0 ? cols[6][0] : ' ',
            cols[7], cols[8], cols[10], cols[11], cols[12], pop, alts);
        error = null;
        return true;
    }

    private static string Clip(string s) => s.Length > 40 ? s[..40] + "…" : s;
}

/// <summary>Decides which alternate names are worth keeping in a compact gazetteer.</summary>
public static class AlternateNames
{
    /// <summary>Keeps Latin, Arabic and Cyrillic names, drops codes and links, and drops names whose key another kept name already has.</summary>
    public static string[] Filter(string name, string asciiName, IEnumerable<string> candidates)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { PlaceNameKey.Of(name) };
        var kept = new List<string>();
        if (asciiName.Length > 0 && seen.Add(PlaceNameKey.Of(asciiName)))
        {
            kept.Add(asciiName);
        }

        foreach (var raw in candidates)
        {
            var alt = raw.Trim();
            if (!IsUseful(alt))
            {
                continue;
            }

            var key = PlaceNameKey.Of(alt);
            if (key.Length > 0 && seen.Add(key))
            {
                kept.Add(alt);
            }
        }

        return kept.ToArray();
    }

    /// <summary>True for a name in a script Sitrep's sources use, that is not a code, a link or a postcode.</summary>
    public static bool IsUseful(string alt)
    {
        if (alt.Length < 2 || alt.Length > 80 || alt.Contains("://", StringComparison.Ordinal))
        {
            return false;
        }

        var letters = 0;
        var upper = 0;
        foreach (var c in alt)
        {
            if (char.IsDigit(c))
            {
                return false;
            }

            if (!char.IsLetter(c))
            {
                continue;
            }

            letters++;
            if (char.IsUpper(c))
            {
                upper++;
            }

            if (!IsWantedScript(c))
            {
                return false;
            }
        }

        // Airport and other short all-caps codes ("DAM", "OSDI") are not names a report would use.
        return letters >= 2 && !(upper == letters && letters <= 4);
    }

    private static bool IsWantedScript(char c) =>
        c < '\u0250'                                   // Basic Latin to Latin Extended-B
        || (c >= '\u1E00' && c <= '\u1EFF')           // Latin Extended Additional (ḩ, ẕ ...)
        || (c >= '\u0400' && c <= '\u04FF')           // Cyrillic
        || (c >= '\u0600' && c <= '\u06FF')           // Arabic (incl. Persian, Pashto letters)
        || (c >= '\u0750' && c <= '\u077F');          // Arabic Supplement
}
