using System.Globalization;
using System.Text;

namespace Sitrep.Core.Geocoding;

/// <summary>Turns a place name into a transliteration-tolerant skeleton key so spellings of one name meet.</summary>
/// <remarks>
/// Arabic, Persian and Pashto names reach English text through several romanisation schemes (and French ones
/// through Maghreb and Levant sources). The key throws away exactly the distinctions those schemes disagree on:
/// vowel quality (a/e, o/u, i/y), diphthong spelling, doubled consonants (shadda), the article and its
/// assimilation (al-/ash-/az-/Ezzor), ayn/hamza marks, gh/g, q/k, kh/k, dh/d, th/t, ch/sh, and word breaks.
/// Index and query go through the same function, so a lossy rule never loses recall, only adds candidates
/// that disambiguation then has to separate.
/// </remarks>
public static class PlaceNameKey
{
    /// <summary>Bump when the rules change: stored keys of another version must be recomputed.</summary>
    public const int Version = 2;

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal)
    {
        "al", "el", "il", "ul", "l",
        "ash", "esh", "ach", "ech", "as", "es", "ad", "ed", "adh", "at", "et", "ath", "az", "ez",
        "ar", "er", "an", "en", "the",
    };

    /// <summary>True for a transliterated Arabic article written as its own word ("al", "ar", "ash").</summary>
    internal static bool IsArticle(string foldedToken) => Articles.Contains(foldedToken) && foldedToken != "the";

    // Persian ezafe and Pashto linkers ("Mazar-e Sharif", "Sar-i-Pul") carry no identity.
    private static readonly HashSet<string> Linkers = new(StringComparer.Ordinal) { "e", "i", "y", "o" };

    /// <summary>The key of a name met at run time, memoised: reports repeat the same few thousand place names.</summary>
    public static string Cached(string? name)
    {
        return name is null ? string.Empty : Memo.Get(name, Of);
    }

    private static readonly BoundedMemo<string, string> Memo = new(200_000, StringComparer.Ordinal);

    /// <summary>The key of a name; empty when nothing letter-like remains.</summary>
    public static string Of(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return string.Empty;
        }

        var folded = Fold(name);
        var tokens = folded.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (tokens.Length == 0)
        {
            return string.Empty;
        }

        var sb = new StringBuilder(folded.Length);
        var kept = 0;
        for (var i = 0; i < tokens.Length; i++)
        {
            var t = tokens[i];
            if (tokens.Length > 1 && (Articles.Contains(t) || (i > 0 && Linkers.Contains(t))))
            {
                continue;
            }

            // An article glued to a later word ("Ein Elbardeh", "Tal Alsamen") is the article all the same.
            if (i > 0 && t.Length >= 6 && (t.StartsWith("al", StringComparison.Ordinal) || t.StartsWith("el", StringComparison.Ordinal)) && !IsArabicToken(t))
            {
                t = t[2..];
            }

            if (IsArabicToken(t))
            {
                sb.Append(ArabicToken(t));
            }
            else
            {
                sb.Append(LatinToken(t));
            }

            kept++;
        }

        if (kept == 0)
        {
            // A name made only of articles ("As") keeps them rather than becoming nothing.
            foreach (var t in tokens)
            {
                sb.Append(IsArabicToken(t) ? ArabicToken(t) : LatinToken(t));
            }
        }

        return sb.ToString();
    }

    /// <summary>Casefolds, strips diacritics and marks, and turns every separator into one space.</summary>
    internal static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(decomposed.Length);
        foreach (var raw in decomposed)
        {
            var cat = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (cat == UnicodeCategory.NonSpacingMark || cat == UnicodeCategory.SpacingCombiningMark || cat == UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(LatinFold.Base(raw));
            switch (c)
            {
                // Ayn, hamza and apostrophes vanish without splitting the word: Ma'arrat = Maarrat.
                case '\'': case '`': case '\u2018': case '\u2019': case '\u02BB': case '\u02BC': case '\u02BE': case '\u02BF':
                case '\u00B4': case '\u02B9': case '\u0640':
                    continue;
                case 'ß': sb.Append("ss"); continue;
                case 'æ': sb.Append("ae"); continue;
                case 'œ': sb.Append("oe"); continue;
                case 'ø': sb.Append('o'); continue;
                case 'ł': sb.Append('l'); continue;
                case 'đ': case 'ð': sb.Append('d'); continue;
                case 'þ': sb.Append("th"); continue;
                case 'ı': sb.Append('i'); continue;
                case 'ħ': sb.Append('h'); continue;
                case 'ё': sb.Append('е'); continue;
                case 'й': sb.Append('и'); continue;
                case 'ъ': case 'ь': continue;
            }

            if (char.IsLetterOrDigit(c))
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != ' ')
            {
                sb.Append(' ');
            }
        }

        return sb.ToString().Trim();
    }

    private static bool IsArabicToken(string t) => t.Length > 0 && t[0] >= '\u0600' && t[0] <= '\u06FF';

    private static string ArabicToken(string t)
    {
        var sb = new StringBuilder(t.Length);
        foreach (var c in t)
        {
            sb.Append(c switch
            {
                'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
                'ة' => 'ه',
                'ى' or 'ی' or 'ئ' => 'ي',
                'ؤ' => 'و',
                'ک' => 'ك',
                'ء' => '\0',
                _ => c,
            });
        }

        sb.Replace("\0", string.Empty);
        // The article is written joined to the word in Arabic script.
        if (sb.Length > 3 && sb[0] == 'ا' && sb[1] == 'ل')
        {
            sb.Remove(0, 2);
        }

        return sb.ToString();
    }

    private static readonly string SunLetters = "tdrzsn";

    private static string LatinToken(string token)
    {
        var t = token;
        // An article glued by assimilation: "Ezzor", "Assafira", "Annabk".
        if (t.Length > 4 && (t[0] == 'a' || t[0] == 'e') && t[1] == t[2] && SunLetters.Contains(t[1]))
        {
            t = t[2..];
        }

        // Levantine "Kfar" is the Kafr of the other schemes; "Qua-" before a vowel is a French-style q ("Quamishli").
        if (t == "kfar") t = "kafr";
        if (t.Length > 3 && t[0] == 'q' && t[1] == 'u' && IsVowel(t[2])) t = "q" + t[2..];

        var sb = new StringBuilder(t);
        sb.Replace("ee", "i");
        sb.Replace("ph", "f");
        sb.Replace("gh", "g");
        sb.Replace("kh", "k");
        sb.Replace("dh", "d");
        sb.Replace("th", "t");
        sb.Replace("ch", "sh");
        sb.Replace("dj", "j");
        sb.Replace("ck", "k");
        sb.Replace('q', 'k');
        sb.Replace('c', 'k');
        sb.Replace('w', 'u');
        sb.Replace('o', 'u');
        sb.Replace('y', 'i');
        sb.Replace('e', 'a');
        sb.Replace('x', 'k');

        // Collapse doubled letters (shadda, "Raqqa"/"Raqa", "Ghassan"/"Gasan").
        var collapsed = new StringBuilder(sb.Length);
        for (var i = 0; i < sb.Length; i++)
        {
            if (i == 0 || sb[i] != sb[i - 1])
            {
                collapsed.Append(sb[i]);
            }
        }

        var s = collapsed.ToString();
        // Nisba and ta marbuta endings: -iyah/-iyeh/-iya/-eyah/-ieh all end as "ia".
        if (s.Length > 4)
        {
            if (s.EndsWith("aiah", StringComparison.Ordinal) || s.EndsWith("aia", StringComparison.Ordinal))
            {
                s = s[..^(s.EndsWith('h') ? 4 : 3)] + "ia";
            }
            else if (s.EndsWith("iah", StringComparison.Ordinal))
            {
                s = s[..^1];
            }
        }

        // A trailing h after a vowel is ta marbuta spelled out: Raqqah = Raqqa.
        if (s.Length > 2 && s[^1] == 'h' && IsVowel(s[^2]))
        {
            s = s[..^1];
        }

        // The diphthong "ai"/"au" after e→a and y→i: Deir = Dair = Dayr; Zawr = Zaur → zur.
        s = s.Replace("au", "u", StringComparison.Ordinal);
        return s;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
