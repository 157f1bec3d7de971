using System.Globalization;
using System.Text;

namespace Sitrep.Core.Evaluation;

/// <summary>Python 3.11 (Unicode 14) character data that .NET lacks in invariant-globalization mode or disagrees on.</summary>
internal static partial class UnicodeTables
{
    /// <summary>Casefold results differing from Rune.ToLowerInvariant.</summary>
    public static readonly Dictionary<int, string> CaseFoldOverrides = ParseExplicit(CaseFoldData);

    /// <summary>isalnum results differing from the letter/number general categories.</summary>
    public static readonly Dictionary<int, bool> AlnumOverrides = ParseAlnum(AlnumData);

    /// <summary>Per-code-point fold results differing from the table-driven computation (none known).</summary>
    public static readonly Dictionary<int, string> FoldOverrides = new();

    private static readonly Dictionary<int, string> Decompositions = ParseDecompositions(DecompositionData);

    /// <summary>NFKD of one code point with combining characters removed (Python's unicodedata, Unicode 14).</summary>
    public static string DecomposeStripped(Rune r)
    {
        int v = r.Value;
        if (v is >= 0xAC00 and <= 0xD7A3)
        {
            int s = v - 0xAC00;
            var sb = new StringBuilder(3).Append((char)(0x1100 + s / 588)).Append((char)(0x1161 + s % 588 / 28));
            if (s % 28 != 0) sb.Append((char)(0x11A7 + s % 28));
            return sb.ToString();
        }
        return Decompositions.TryGetValue(v, out var d) ? d : r.ToString();
    }

    private static Dictionary<int, string> ParseDecompositions(string data)
    {
        var map = new Dictionary<int, string>();
        foreach (var e in data.Split(','))
        {
            int plus = e.IndexOf('+');
            if (plus < 0)
            {
                Explicit(map, e);
                continue;
            }
            int cp = Hex(e[..plus]);
            int sep = e.IndexOfAny(['=', '>'], plus);
            int n = Hex(e[(plus + 1)..sep]);
            int target = e[sep] == '>' ? Hex(e[(sep + 1)..]) : -1;
            for (int i = 0; i < n; i++) map[cp + i] = target < 0 ? "" : char.ConvertFromUtf32(target + i);
        }
        return map;
    }

    private static Dictionary<int, string> ParseExplicit(string data)
    {
        var map = new Dictionary<int, string>();
        foreach (var e in data.Split(',', StringSplitOptions.RemoveEmptyEntries)) Explicit(map, e);
        return map;
    }

    private static void Explicit(Dictionary<int, string> map, string e)
    {
        int colon = e.IndexOf(':');
        var sb = new StringBuilder();
        foreach (var x in e[(colon + 1)..].Split('.', StringSplitOptions.RemoveEmptyEntries)) sb.Append(char.ConvertFromUtf32(Hex(x)));
        map[Hex(e[..colon])] = sb.ToString();
    }

    private static Dictionary<int, bool> ParseAlnum(string data)
    {
        var map = new Dictionary<int, bool>();
        foreach (var e in data.Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            // "cp+count=1" or "cp+count=0"
            int plus = e.IndexOf('+'), eq = e.IndexOf('=');
            int cp = Hex(e[..plus]), n = Hex(e[(plus + 1)..eq]);
            for (int i = 0; i < n; i++) map[cp + i] = e[(eq + 1)..] == "1";
        }
        return map;
    }

    private static int Hex(string s) => int.Parse(s, NumberStyles.HexNumber, CultureInfo.InvariantCulture);
}
