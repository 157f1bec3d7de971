using System.Globalization;
using System.Numerics;
using System.Text;

namespace Sitrep.Core.Evaluation;

/// <summary>Python 3 string and number semantics that score.py relies on (whitespace, casefold, float parsing, repr, rounding).</summary>
internal static class PyText
{
    /// <summary>Python's str.isspace() for one UTF-16 unit (every Python whitespace character is in the BMP).</summary>
    public static bool IsSpace(char c) => c switch
    {
        >= '\t' and <= '\r' => true,
        >= '\x1c' and <= ' ' => true,
        '\x85' or '\xa0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000' => true,
        >= '\u2000' and <= '\u200a' => true,
        _ => false,
    };

    /// <summary>Regex character class equal to Python's Unicode \s.</summary>
    public const string SpaceClass = @"[\t-\r\x1c-\x20\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]";

    /// <summary>str.strip() with no argument.</summary>
    public static string Strip(string s)
    {
        int a = 0, b = s.Length;
        while (a < b && IsSpace(s[a])) a++;
        while (b > a && IsSpace(s[b - 1])) b--;
        return a == 0 && b == s.Length ? s : s[a..b];
    }

    /// <summary>" ".join(s.split()).</summary>
    public static string CollapseSpaces(string s)
    {
        var sb = new StringBuilder(s.Length);
        bool pending = false;
        foreach (char c in s)
        {
            if (IsSpace(c)) { pending = sb.Length > 0; continue; }
            if (pending) { sb.Append(' '); pending = false; }
            sb.Append(c);
        }
        return sb.ToString();
    }

    /// <summary>str.casefold().</summary>
    public static string CaseFold(string s)
    {
        bool ascii = true;
        foreach (char c in s)
        {
            if (c >= 0x80) { ascii = false; break; }
        }
        if (ascii) return s.ToLowerInvariant();
        var sb = new StringBuilder(s.Length);
        foreach (Rune r in s.EnumerateRunes()) sb.Append(CaseFold(r));
        return sb.ToString();
    }

    /// <summary>Casefold of one code point (Unicode full case folding, as Python 3.11 / Unicode 14).</summary>
    public static string CaseFold(Rune r)
    {
        if (UnicodeTables.CaseFoldOverrides.TryGetValue(r.Value, out string? special)) return special;
        return Rune.ToLowerInvariant(r).ToString();
    }

    /// <summary>Python's str.isalnum() for one code point (the \w class minus underscore).</summary>
    public static bool IsAlnum(Rune r)
    {
        if (UnicodeTables.AlnumOverrides.TryGetValue(r.Value, out bool v)) return v;
        return Rune.GetUnicodeCategory(r) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber => true,
            _ => false,
        };
    }

    /// <summary>Compares strings by code point, as Python compares str.</summary>
    public static int CompareCodePoints(string a, string b)
    {
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            Rune.DecodeFromUtf16(a.AsSpan(i), out Rune ra, out int na);
            Rune.DecodeFromUtf16(b.AsSpan(j), out Rune rb, out int nb);
            if (ra.Value != rb.Value) return ra.Value.CompareTo(rb.Value);
            i += na;
            j += nb;
        }
        return (a.Length - i).CompareTo(b.Length - j);
    }

    /// <summary>Length in code points, as Python's len() (used for column padding).</summary>
    public static int Len(string s)
    {
        int n = 0;
        for (int i = 0; i < s.Length; i++)
        {
            if (!char.IsLowSurrogate(s[i]) || i == 0 || !char.IsHighSurrogate(s[i - 1])) n++;
        }
        return n;
    }

    /// <summary>Python float(s) for a string, or null when Python would raise ValueError.</summary>
    public static double? ParseFloat(string s)
    {
        s = Strip(s);
        if (s.Length == 0) return null;
        var sb = new StringBuilder(s.Length);
        foreach (char ch in s)
        {
            char c = ch;
            if (c >= 0x80)
            {
                int d = CharUnicodeInfo.GetDecimalDigitValue(c);
                if (d < 0 || CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.DecimalDigitNumber) return ParseSpecial(s);
                c = (char)('0' + d);
            }
            sb.Append(c);
        }
        string t = sb.ToString();
        // Python's grammar: [sign] (digits [. [digits]] | . digits) [(e|E) [sign] digits], underscores only between digits.
        int i = 0;
        if (i < t.Length && (t[i] == '+' || t[i] == '-')) i++;
        int intDigits = ScanDigits(t, ref i);
        if (intDigits < 0) return null;
        int fracDigits = 0;
        if (i < t.Length && t[i] == '.')
        {
            i++;
            fracDigits = ScanDigits(t, ref i);
            if (fracDigits < 0) return null;
        }
        if (intDigits == 0 && fracDigits == 0) return ParseSpecial(t);
        if (i < t.Length && (t[i] == 'e' || t[i] == 'E'))
        {
            i++;
            if (i < t.Length && (t[i] == '+' || t[i] == '-')) i++;
            if (ScanDigits(t, ref i) <= 0) return null;
        }
        if (i != t.Length) return null;
        return double.Parse(t.Replace("_", ""), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static int ScanDigits(string t, ref int i)
    {
        int n = 0;
        while (i < t.Length)
        {
            if (t[i] >= '0' && t[i] <= '9') { n++; i++; }
            else if (t[i] == '_' && n > 0 && i + 1 < t.Length && t[i + 1] >= '0' && t[i + 1] <= '9') i++;
            else break;
        }
        return n > 0 || i >= t.Length || t[i] != '_' ? n : -1;
    }

    private static double? ParseSpecial(string s)
    {
        string t = s.ToLowerInvariant();
        if (t.StartsWith('+') || t.StartsWith('-')) t = t[1..];
        return t is "inf" or "infinity" ? double.PositiveInfinity : t == "nan" ? double.NaN : null;
    }

    // ------------------------------------------------------------ exact decimal formatting

    /// <summary>The exact value of a finite double as (negative, digits, scale): |x| = digits / 10^scale.</summary>
    private static (bool Negative, BigInteger Digits, int Scale) Exact(double x)
    {
        long bits = BitConverter.DoubleToInt64Bits(x);
        bool neg = bits < 0;
        int exp = (int)((bits >> 52) & 0x7FF);
        long mant = bits & 0xFFFFFFFFFFFFFL;
        if (exp == 0) exp = 1; else mant |= 1L << 52;
        exp -= 1075;
        if (exp >= 0) return (neg, new BigInteger(mant) << exp, 0);
        return (neg, new BigInteger(mant) * BigInteger.Pow(5, -exp), -exp);
    }

    private static BigInteger RoundHalfEven(BigInteger digits, int drop)
    {
        if (drop <= 0) return digits * BigInteger.Pow(10, -drop);
        var p = BigInteger.Pow(10, drop);
        var q = BigInteger.DivRem(digits, p, out var r);
        int c = (r * 2).CompareTo(p);
        if (c > 0 || (c == 0 && !q.IsEven)) q += 1;
        return q;
    }

    /// <summary>Python's round(x, ndigits) for a finite double.</summary>
    public static double Round(double x, int ndigits)
    {
        if (!double.IsFinite(x)) return x;
        var (neg, digits, scale) = Exact(x);
        var q = RoundHalfEven(digits, scale - ndigits);
        double v = double.Parse(q.ToString(CultureInfo.InvariantCulture) + "E-" + ndigits, CultureInfo.InvariantCulture);
        return neg ? -v : v;
    }

    /// <summary>Python's f"{x:.Nf}".</summary>
    public static string FormatFixed(double x, int decimals)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var (neg, digits, scale) = Exact(x);
        string s = RoundHalfEven(digits, scale - decimals).ToString(CultureInfo.InvariantCulture);
        if (decimals > 0)
        {
            s = s.PadLeft(decimals + 1, '0');
            s = s[..^decimals] + "." + s[^decimals..];
        }
        return (neg ? "-" : "") + s;
    }

    /// <summary>Python's f"{x:g}" (6 significant digits, trailing zeros removed).</summary>
    public static string FormatG(double x)
    {
        const int P = 6;
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        var (neg, digits, scale) = Exact(x);
        string sign = neg ? "-" : "";
        if (digits.IsZero) return sign + "0";
        int len = digits.ToString(CultureInfo.InvariantCulture).Length;
        int exp10 = len - 1 - scale;
        var q = RoundHalfEven(digits, len - P);
        string ds = q.ToString(CultureInfo.InvariantCulture);
        if (ds.Length > P) { exp10++; ds = ds[..P]; }
        if (exp10 >= -4 && exp10 < P)
        {
            string body;
            if (exp10 >= 0) body = ds[..(exp10 + 1)] + "." + ds[(exp10 + 1)..];
            else body = "0." + new string('0', -exp10 - 1) + ds;
            body = body.TrimEnd('0').TrimEnd('.');
            return sign + body;
        }
        string mant = ds.TrimEnd('0');
        mant = mant.Length > 1 ? mant[0] + "." + mant[1..] : mant;
        return sign + mant + "e" + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
    }

    /// <summary>Python's repr(float) / str(float): shortest round-trip digits.</summary>
    public static string FloatRepr(double x)
    {
        if (double.IsNaN(x)) return "nan";
        if (double.IsInfinity(x)) return x > 0 ? "inf" : "-inf";
        string r = x.ToString("R", CultureInfo.InvariantCulture);
        bool neg = r.StartsWith('-');
        if (neg) r = r[1..];
        int e = 0;
        int ei = r.IndexOfAny(['E', 'e']);
        if (ei >= 0)
        {
            e = int.Parse(r[(ei + 1)..], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
            r = r[..ei];
        }
        int dot = r.IndexOf('.');
        string digits = dot < 0 ? r : r[..dot] + r[(dot + 1)..];
        int pointPos = (dot < 0 ? r.Length : dot) + e; // decimal point position within digits
        int lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0') { lead++; pointPos--; }
        digits = digits[lead..].TrimEnd('0');
        if (digits.Length == 0) return (neg ? "-" : "") + "0.0";
        int exp10 = pointPos - 1;
        string body;
        if (exp10 >= -4 && exp10 < 16)
        {
            if (pointPos <= 0) body = "0." + new string('0', -pointPos) + digits;
            else if (pointPos >= digits.Length) body = digits + new string('0', pointPos - digits.Length) + ".0";
            else body = digits[..pointPos] + "." + digits[pointPos..];
        }
        else
        {
            body = (digits.Length > 1 ? digits[0] + "." + digits[1..] : digits)
                + "e" + (exp10 < 0 ? "-" : "+") + Math.Abs(exp10).ToString("00", CultureInfo.InvariantCulture);
        }
        return (neg ? "-" : "") + body;
    }

    /// <summary>Python's repr(str).</summary>
    public static string StrRepr(string s)
    {
        char quote = s.Contains('\'') && !s.Contains('"') ? '"' : '\'';
        var sb = new StringBuilder(s.Length + 2).Append(quote);
        foreach (Rune r in s.EnumerateRunes())
        {
            int v = r.Value;
            if (v == quote || v == '\\') sb.Append('\\').Append((char)v);
            else if (v == '\t') sb.Append("\\t");
            else if (v == '\n') sb.Append("\\n");
            else if (v == '\r') sb.Append("\\r");
            else if (v < ' ' || v == 0x7f) sb.Append("\\x").Append(v.ToString("x2", CultureInfo.InvariantCulture));
            else if (v < 0x7f || IsPrintable(r)) sb.Append(r.ToString());
            else if (v <= 0xff) sb.Append("\\x").Append(v.ToString("x2", CultureInfo.InvariantCulture));
            else if (v <= 0xffff) sb.Append("\\u").Append(v.ToString("x4", CultureInfo.InvariantCulture));
            else sb.Append("\\U").Append(v.ToString("x8", CultureInfo.InvariantCulture));
        }
        return sb.Append(quote).ToString();
    }

    private static bool IsPrintable(Rune r) => Rune.GetUnicodeCategory(r) switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse
            or UnicodeCategory.OtherNotAssigned or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.SpaceSeparator => r.Value == ' ',
        _ => true,
    };
}
