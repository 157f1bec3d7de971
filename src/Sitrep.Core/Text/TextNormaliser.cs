using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Text;

/// <summary>Repairs PDF and web extraction artefacts while recording where each output character came from.</summary>
/// <remarks>
/// Handles soft hyphens, curly quotes and dashes, ligatures, justified runs of spaces, line wraps inside
/// paragraphs, end-of-line hyphenation and stray URLs. Paragraph breaks (a blank line) survive as "\n\n"
/// because sentence and claim scoping rely on them.
/// </remarks>
public static partial class TextNormaliser
{
    [GeneratedRegex(@"\b(?:https?://|www\.)[^\s<>""]+", RegexOptions.CultureInvariant)]
    private static partial Regex UrlPatternGenerated();

    /// <summary>Normalises <paramref name="raw"/>.</summary>
    public static NormalisedText Normalise(string raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        var sb = new StringBuilder(raw.Length);
        // The offset maps are filled in place and handed over as they are (NormalisedText reads only the first Text.Length
        // entries): a list and its ToArray copy allocated both twice per report. Output is at most raw.Length characters
        // unless ligatures or ellipses expand, when the arrays grow.
        var starts = new int[raw.Length + 1];
        var ends = new int[raw.Length + 1];
        var count = 0;
        var urls = FindUrls(raw);
        var urlIndex = 0;

        void Emit(char c, int from, int to)
        {
            sb.Append(c);
            if (count == starts.Length)
            {
                Array.Resize(ref starts, count * 2);
                Array.Resize(ref ends, count * 2);
            }
            starts[count] = from;
            ends[count] = to;
            count++;
        }

        // Whitespace is deferred so runs collapse to one space, or to one paragraph break.
        var pendingSpaceStart = -1;
        var pendingSpaceEnd = -1;
        var pendingNewlines = 0;

        void FlushSpace()
        {
            if (pendingSpaceStart < 0) return;
            if (sb.Length > 0)
            {
                if (pendingNewlines >= 2)
                {
                    Emit('\n', pendingSpaceStart, pendingSpaceEnd);
                    Emit('\n', pendingSpaceStart, pendingSpaceEnd);
                }
                else
                {
                    Emit(' ', pendingSpaceStart, pendingSpaceEnd);
                }
            }
            pendingSpaceStart = -1;
            pendingNewlines = 0;
        }

        void AddSpace(int at, bool newline)
        {
            if (pendingSpaceStart < 0) pendingSpaceStart = at;
            pendingSpaceEnd = at + 1;
            if (newline) pendingNewlines++;
        }

        var i = 0;
        while (i < raw.Length)
        {
            if (urlIndex < urls.Count && urls[urlIndex].Start == i)
            {
                // A link is not prose: drop it, but let it separate words.
                AddSpace(i, false);
                i = urls[urlIndex].End;
                // A link on a line of its own takes its line break with it, so it never makes a paragraph.
                while (i < raw.Length && raw[i] is ' ' or '\t' or '\r') i++;
                if (i < raw.Length && raw[i] == '\n' && pendingNewlines == 1) i++;
                pendingSpaceEnd = i;
                urlIndex++;
                continue;
            }
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    i++;
                    continue;
                case '\n':
                    // A blank line (only spaces between two newlines) is a paragraph break.
                    AddSpace(i, true);
                    i++;
                    continue;
                case ' ' or '\t' or '\u00A0' or '\u2007' or '\u202F' or '\u2009' or '\u200A' or '\u3000' or '\f' or '\v':
                    AddSpace(i, false);
                    i++;
                    continue;
                case '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u2060':
                    i++;
                    continue;
            }

            if (c == '-' && pendingSpaceStart < 0 && IsLineEndHyphen(raw, i, out var next))
            {
                // "de-\nescalation" is a compound: keep the hyphen, drop the wrap. "re-\nported" is one word
                // broken by the typesetter: drop both.
                if (KeepsHyphen(raw, i)) Emit('-', i, i + 1);
                i = next;
                continue;
            }

            // A title line is a paragraph of its own, so it is read as the report's headline, not as the first words of its first
            // sentence ("LIVE: Protests over power cuts" / "Updated Sunday ...").
            if (pendingNewlines == 1 && TitleAbove(sb, raw, i)) pendingNewlines = 2;
            FlushSpace();
            switch (c)
            {
                case '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC':
                    Emit('\'', i, i + 1);
                    break;
                case '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB':
                    Emit('"', i, i + 1);
                    break;
                case '\u2010' or '\u2011' or '\u2012':
                    Emit('-', i, i + 1);
                    break;
                case '\u2013' or '\u2014' or '\u2015' or '\u2212':
                    // Dashes between words become " - " spacing-wise, but keep one char so offsets stay simple.
                    Emit('-', i, i + 1);
                    break;
                case '\u2026':
                    Emit('.', i, i + 1); Emit('.', i, i + 1); Emit('.', i, i + 1);
                    break;
                case '\uFB00': Emit('f', i, i + 1); Emit('f', i, i + 1); break;
                case '\uFB01': Emit('f', i, i + 1); Emit('i', i, i + 1); break;
                case '\uFB02': Emit('f', i, i + 1); Emit('l', i, i + 1); break;
                case '\uFB03': Emit('f', i, i + 1); Emit('f', i, i + 1); Emit('i', i, i + 1); break;
                case '\uFB04': Emit('f', i, i + 1); Emit('f', i, i + 1); Emit('l', i, i + 1); break;
                case '\uFB05' or '\uFB06': Emit('s', i, i + 1); Emit('t', i, i + 1); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < raw.Length && char.IsLowSurrogate(raw[i + 1]))
                    {
                        Emit(c, i, i + 2);
                        Emit(raw[i + 1], i, i + 2);
                        i += 2;
                        continue;
                    }
                    Emit(char.IsControl(c) ? ' ' : c, i, i + 1);
                    break;
            }
            i++;
        }
        // Trailing whitespace is dropped.
        return new NormalisedText(raw, sb.ToString(), starts, ends);
    }

    private static readonly HashSet<string> CompoundFirstParts = new(StringComparer.OrdinalIgnoreCase)
    {
        "de", "anti", "pro", "co", "non", "ex", "self", "counter", "cease", "well", "so", "post", "pre", "mid", "cross", "multi", "semi",
        "ultra", "over", "under", "far", "long", "short", "high", "low", "full", "half", "all", "one", "two", "three", "four", "five",
        "six", "seven", "eight", "nine", "ten", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "al", "el", "as", "ash", "ad", "ar", "at", "az", "an", "ez", "es", "bin", "ibn", "abu", "bani", "beni", "umm", "deir", "tal", "tell",
        "kafr", "jabal", "jebel", "ras", "wadi", "bab", "bir", "ain", "tel", "air", "ground", "surface", "rocket", "car", "self", "re",
        "inter", "intra", "sub", "vice", "quasi", "neo", "pan", "socio", "armed", "war", "state", "government", "regime", "opposition",
        "rebel", "militant", "hard", "left", "right", "wide", "large", "small", "year", "day", "month", "week", "so-called", "would", "step",
    };

    /// <summary>
    /// A line-end hyphen is kept after a compound-forming first part (de-, anti-, al-, number words), after a capitalised
    /// word ("Turkish-backed") or a digit; otherwise it is typesetting inside one word and is dropped.
    /// </summary>
    private static bool KeepsHyphen(string raw, int hyphen)
    {
        var s = hyphen;
        while (s > 0 && char.IsLetterOrDigit(raw[s - 1])) s--;
        var first = raw[s..hyphen];
        if (first.Length == 0) return true;
        if (char.IsUpper(first[0]) || char.IsDigit(first[^1])) return true;
        // "re-" keeps its hyphen only before an e ("re-elected"); "re-ported" is a broken word.
        if (first.Equals("re", StringComparison.OrdinalIgnoreCase))
        {
            var j = hyphen + 1;
            while (j < raw.Length && !char.IsLetter(raw[j])) j++;
            return j < raw.Length && raw[j] is 'e' or 'E';
        }
        return CompoundFirstParts.Contains(first);
    }

    private static readonly Regex LineContinues = Lexicons.PatternSet.Of("fragments.tsv").Regex("line-continues");

    /// <summary>The longest first line read as a title.</summary>
    public const int TitleLength = 90;

    /// <summary>
    /// True when the text so far is one short line of at least three words with no closing punctuation, and the next line
    /// starts with a capital: a title above a timestamp, a byline or the story ("LIVE: Protests in the capital" / "Updated ...").
    /// </summary>
    private static bool TitleAbove(StringBuilder sb, string raw, int i)
    {
        if (sb.Length == 0 || sb.Length > TitleLength || !char.IsUpper(raw[i])) return false;
        var words = 1;
        var lower = false;
        var lastSpace = -1;
        for (var k = 0; k < sb.Length; k++)
        {
            if (sb[k] == '\n') return false;
            if (sb[k] == ' ') { words++; lastSpace = k; }
            lower |= char.IsLower(sb[k]);
        }
        // A letterhead in capitals ("MINISTRY OF INTERIOR") heads the lines under it; it is not a title of its own.
        if (words < 3 || !lower || sb[^1] is '.' or '!' or '?' or ':' or ';' or ',' or '-' or '"' or ')') return false;
        // A line wrapped mid-sentence ("... a market in southern" / "Idlib on March 10") ends on a word the next line continues.
        return !LineContinues.IsMatch(sb.ToString(lastSpace + 1, sb.Length - lastSpace - 1));
    }

    /// <summary>True when raw[i] is a hyphen ending a line whose next line continues a word in lower case.</summary>
    private static bool IsLineEndHyphen(string raw, int i, out int next)
    {
        next = i + 1;
        if (i == 0 || !char.IsLetter(raw[i - 1])) return false;
        var j = i + 1;
        while (j < raw.Length && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '\r')) j++;
        if (j >= raw.Length || raw[j] != '\n') return false;
        j++;
        while (j < raw.Length && (raw[j] == ' ' || raw[j] == '\t' || raw[j] == '\r')) j++;
        if (j >= raw.Length || !char.IsLower(raw[j])) return false;
        next = j;
        return true;
    }

    private static List<TextSpan> FindUrls(string raw)
    {
        var list = new List<TextSpan>();
        if (raw.IndexOf("http", StringComparison.Ordinal) < 0 && raw.IndexOf("www.", StringComparison.Ordinal) < 0) return list;
        foreach (Match m in Lexicons.RegexCompilation.FirstUse(UrlPatternGenerated()).Matches(raw))
        {
            var end = m.Index + m.Length;
            // Sentence punctuation after a link belongs to the sentence.
            while (end > m.Index && ".,;:)]'\"".Contains(raw[end - 1])) end--;
            list.Add(new TextSpan(m.Index, end));
        }
        return list;
    }
}
