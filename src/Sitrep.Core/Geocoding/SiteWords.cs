using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Geocoding;

/// <summary>The words of data/lexicons/en/sites.tsv: a mention that names a site at a place ("Tiyas Airbase") or the place with a kind word ("Mandera Town").</summary>
public static class SiteWords
{
    private static readonly Lazy<(TieredRegex[] Same, TieredRegex[] After, TieredRegex[] Before)> Patterns = new(Load);

    /// <summary>The name without a kind word that still names the place itself ("Mandera Town" → "Mandera"), or null.</summary>
    public static string? SamePlace(string name)
    {
        foreach (var r in Patterns.Value.Same)
        {
            if (r.Current.Match(name) is { Success: true, Index: > 0 } m) return name[..m.Index];
        }

        return null;
    }

    /// <summary>The place a site is named after ("Tiyas Military Airbase" → "Tiyas", "Jroud Arsal" → "Arsal"), or null.</summary>
    /// <remarks>The geocoder asks it of every mention it cannot place, for every event that names one: kept per name.</remarks>
    public static string? SiteOf(string name) => SiteMemo.Get(name, SiteOfUncached);

    private static readonly BoundedMemo<string, string?> SiteMemo = new(200_000, StringComparer.Ordinal);

    private static string? SiteOfUncached(string name)
    {
        foreach (var r in Patterns.Value.After)
        {
            if (r.Current.Match(name) is { Success: true, Index: > 0 } m) return Trimmed(name[..m.Index]);
        }

        foreach (var r in Patterns.Value.Before)
        {
            if (r.Current.Match(name) is { Success: true } m && m.Length < name.Length) return Trimmed(name[m.Length..]);
        }

        return null;
    }

    // A core shorter than a real name ("al") is not worth a lookup.
    private static string? Trimmed(string core)
    {
        var t = core.Trim(' ', '-', ',');
        return t.Length >= 3 ? t : null;
    }

    private static (TieredRegex[] Same, TieredRegex[] After, TieredRegex[] Before) Load()
    {
        List<TieredRegex> same = [], after = [], before = [];
        // The geocoder asks every mention it cannot place, so these are compiled like the lexicons.
        var options = RegexCompilation.With(RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);
        foreach (var (line, cells) in LexiconFile.Read("sites.tsv"))
        {
            var list = cells.Cell(0) switch
            {
                "same-after" => same,
                "site-after" => after,
                "site-before" => before,
                var kind => throw new InvalidDataException($"sites.tsv line {line}: unknown kind '{kind}'"),
            };
            list.Add(new TieredRegex(cells.Cell(1), options));
        }

        return (same.ToArray(), after.ToArray(), before.ToArray());
    }
}
