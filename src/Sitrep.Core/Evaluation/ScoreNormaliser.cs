using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Evaluation;

/// <summary>The comparison normalisers of score.py: labels, places, actors, dates and the haversine distance.</summary>
public static partial class ScoreNormaliser
{
    /// <summary>Mean Earth radius used for haversine distances, in kilometres.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>A candidate within this distance agrees on location.</summary>
    public const double MatchRadiusKm = 25.0;

    private static readonly ConcurrentDictionary<string, string> LabelCache = new();
    private static readonly ConcurrentDictionary<string, string> PlaceCache = new();
    private static readonly ConcurrentDictionary<string, string> ActorCache = new();
    private static readonly ConcurrentDictionary<string, string> DateCache = new();
    private static readonly ConcurrentDictionary<int, string> RuneFoldCache = new();

    private const string Apostrophes = "'\u2019\u2018`\u00b4\u02bc\u02bb\u02bf\u02be";

    [GeneratedRegex(@"^(?:al|el|ar|ash|as|ad|at|az) ", RegexOptions.CultureInvariant)]
    private static partial Regex Article();

    [GeneratedRegex(@"(?:" + PyText.SpaceClass + @"*\([^()]*\))+" + PyText.SpaceClass + @"*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingParens();

    [GeneratedRegex(" ?/ ?", RegexOptions.CultureInvariant)]
    private static partial Regex Slash();

    [GeneratedRegex(@"\A(\d{4})-(\d{1,2})-(\d{1,2})", RegexOptions.CultureInvariant)]
    private static partial Regex IsoDate();

    /// <summary>Labels: whitespace collapsed, no spaces around "/", casefolded.</summary>
    public static string NormLabel(string s) => LabelCache.GetOrAdd(s, static s =>
        PyText.CaseFold(Slash().Replace(PyText.CollapseSpaces(s), "/")));

    /// <summary>Places: folded (see <see cref="Fold"/>), then one leading Arabic article stripped.</summary>
    public static string NormPlace(string s) => PlaceCache.GetOrAdd(s, static s =>
    {
        string f = Fold(s);
        var m = Article().Match(f);
        return m.Success ? f[m.Length..] : f;
    });

    /// <summary>Actors: trailing parentheticals dropped (repeatedly), then folded.</summary>
    public static string NormActor(string s) => ActorCache.GetOrAdd(s, static s => Fold(TrailingParens().Replace(s, "", 1)));

    /// <summary>Dates to YYYY-MM-DD where recognised, else the stripped, casefolded text.</summary>
    public static string NormDate(string s) => DateCache.GetOrAdd(s, static s =>
    {
        s = PyText.Strip(s);
        var m = IsoDate().Match(s);
        if (m.Success)
        {
            return string.Create(CultureInfo.InvariantCulture,
                $"{Digits(m.Groups[1].Value):0000}-{Digits(m.Groups[2].Value):00}-{Digits(m.Groups[3].Value):00}");
        }
        return PyDates.TryParse(s) ?? PyText.CaseFold(s);
    });

    internal static int Digits(string s)
    {
        int v = 0;
        foreach (char c in s.Trim()) v = v * 10 + CharUnicodeInfo.GetDecimalDigitValue(c);
        return v;
    }

    /// <summary>Lowercase, drop diacritics (NFKD) and apostrophes, other punctuation and hyphens to single spaces, trimmed.</summary>
    public static string Fold(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool pending = false;
        foreach (Rune r in s.EnumerateRunes())
        {
            foreach (char c in FoldRune(r))
            {
                if (c == ' ') { pending = sb.Length > 0; continue; }
                if (pending) { sb.Append(' '); pending = false; }
                sb.Append(c);
            }
        }
        return sb.ToString();
    }

    /// <summary>The fold of one code point: word characters as they end up, every other character as a space.</summary>
    internal static string FoldRune(Rune r)
    {
        if (r.Value < 0x80)
        {
            char c = (char)r.Value;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9') return ((char)r.Value).ToString();
            if (c is >= 'A' and <= 'Z') return ((char)(c | 0x20)).ToString();
            return Apostrophes.Contains(c) ? "" : " ";
        }
        if (UnicodeTables.FoldOverrides.TryGetValue(r.Value, out string? o)) return o;
        return RuneFoldCache.GetOrAdd(r.Value, static v => ComputeFoldRune(new Rune(v)));
    }

    internal static string ComputeFoldRune(Rune r)
    {
        string s = r.ToString();
        if (Apostrophes.Contains(s)) return "";
        var kept = new StringBuilder();
        foreach (Rune x in UnicodeTables.DecomposeStripped(r).EnumerateRunes()) kept.Append(PyText.CaseFold(x));
        var sb = new StringBuilder();
        foreach (Rune x in kept.ToString().EnumerateRunes())
        {
            if (x.IsBmp && Apostrophes.Contains((char)x.Value)) continue;
            if (PyText.IsAlnum(x)) sb.Append(x.ToString());
            else sb.Append(' ');
        }
        return sb.ToString();
    }

    /// <summary>Great-circle distance in kilometres, computed exactly as score.py does.</summary>
    public static double HaversineKm(double lat1, double lon1, double lat2, double lon2)
    {
        const double DegToRad = Math.PI / 180.0;
        double p1 = lat1 * DegToRad, p2 = lat2 * DegToRad;
        double a = Math.Pow(Math.Sin((p2 - p1) / 2), 2)
            + Math.Cos(p1) * Math.Cos(p2) * Math.Pow(Math.Sin((lon2 - lon1) * DegToRad / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1.0, Math.Sqrt(a)));
    }
}
