using System.Text.RegularExpressions;
using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Annotation;

/// <summary>Finds place mentions ("near Jisr al-Shughur", "the town of X", "southern Idlib", "12 km north of X").</summary>
/// <remarks>Only finds and classifies names; the geocoder turns them into places.</remarks>
public static partial class PlaceAnnotator
{
    private static readonly Lexicons.PatternSet Words = Lexicons.PatternSet.Of("places.tsv");

    /// <summary>The whole place pattern as one alternation (from en/places.tsv): what the prefilters below must agree with.</summary>
    internal static readonly string PlacePatternText = string.Join("|", new[] { "offset-alt", "near-alt", "area-alt", "appos-alt", "appos2-alt", "paren-alt", "paren2-alt", "subject-alt", "in-alt" }.Select(n => Words.Text(n)));

    internal const RegexOptions PlaceOptions = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // One regex per alternative (en/places.tsv, *-at rows, compiled at build time: OffsetAt() ... InAt()), each anchored at
    // a candidate start (tried only where a word or a comma, bracket or apostrophe begins). As one alternation the
    // generated matcher was 139 KB of IL, over the JIT's size limit, so it ran unoptimised and cost microseconds per attempt.

    /// <summary>One alternative of the place pattern with the numbers of its groups (-1 where it has none).</summary>
    internal sealed class Alternative(Regex regex)
    {
        public Regex Regex { get; } = regex;
        public int Name { get; } = regex.GroupNumberFromName("name");
        public int Dir { get; } = regex.GroupNumberFromName("dir");
        public int Km { get; } = regex.GroupNumberFromName("km");
        public bool IsOffset { get; } = regex.GroupNumberFromName("offset") >= 0;
        public bool IsNear { get; } = regex.GroupNumberFromName("near") >= 0;
        public bool IsArea { get; } = regex.GroupNumberFromName("area") >= 0;
        public bool IsContainer { get; } = regex.GroupNumberFromName("paren") >= 0 || regex.GroupNumberFromName("appos2") >= 0;
    }

    private static readonly Alternative Offset = new(OffsetAt()), Near = new(NearAt()), Area = new(AreaAt()), Appos = new(ApposAt()),
        Appos2 = new(Appos2At()), Paren = new(ParenAt()), Paren2 = new(Paren2At()), Subject = new(SubjectAt()), In = new(InAt());

    // The alternatives that can begin with a given kind of character, in the pattern's order: the offset starts with
    // a digit, the bracket with "(", the appositions and a bracket's second name with a comma or "'s", the rest with a letter.
    private static readonly Alternative[] All = [Offset, Near, Area, Appos, Appos2, Paren, Paren2, Subject, In];
    private static readonly Alternative[] FromDigit = [Offset];
    private static readonly Alternative[] FromComma = [Appos, Appos2, Paren2];
    private static readonly Alternative[] FromApostrophe = [Appos];
    private static readonly Alternative[] FromBracket = [Paren];
    private static readonly Alternative[] FromLetter = [Near, Area, Subject, In];

    private static Alternative[] AlternativesAt(char c) => c switch
    {
        ',' => FromComma,
        '\'' => FromApostrophe,
        '(' => FromBracket,
        _ when char.IsDigit(c) => FromDigit,
        _ when char.IsLetter(c) => FromLetter,
        _ => All,
    };

    /// <summary>The match the whole place pattern, anchored at <paramref name="i"/>, would give, and the alternative that gave it.</summary>
    internal static (Match Match, Alternative Alternative)? MatchAt(string text, int i)
    {
        foreach (var alt in AlternativesAt(text[i]))
        {
            var m = alt.Regex.Match(text, i);
            if (m.Success) return (m, alt);
        }
        return null;
    }

    // Every lower-case word the pattern spells: an alternative that starts with a word starts with one of these.
    private static readonly HashSet<string> StarterWords = new(
        System.Text.RegularExpressions.Regex.Matches(PlacePatternText, "[a-z]{2,}").Select(m => m.Value), StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Starters = StarterWords.GetAlternateLookup<ReadOnlySpan<char>>();

    // The words a match can hold before its name's first capital: the pattern's words, and the forms its optional
    // letters spell ("north-?east" also spells "northeast"). Only used to prove a match impossible, so a superset is safe.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> LeadWords = new HashSet<string>(
        StarterWords.Concat(Words.Words("lead-words-extra")), StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly int KindGroup = KindAfter().GroupNumberFromName("kind");

    private static int LetterRunEnd(string text, int i)
    {
        while (i < text.Length && char.IsLetter(text[i])) i++;
        return i;
    }

    /// <summary>A word can begin a place phrase if it is a digit, a capitalised word, or a word the pattern spells.</summary>
    private static bool CanStart(string text, int i)
    {
        var c = text[i];
        if (char.IsDigit(c) || char.IsUpper(c)) return true;
        return Starters.Contains(text.AsSpan(i, LetterRunEnd(text, i) - i));
    }

    /// <summary>False only where no alternative of the place pattern can match at <paramref name="i"/>.</summary>
    /// <remarks>Most candidate starts ("in the morning", "The", ", the") cannot begin a match, and proving it by looking
    /// at a few characters is far cheaper than a failed regex attempt.</remarks>
    internal static bool MayMatch(string text, int i)
    {
        var c = text[i];
        // "(Narok": a name right after the bracket; ", Narok county": a name after the comma and at least one space.
        if (c == '(') return NameMayStart(text, i + 1);
        if (c == ',') return NameMayStart(text, SkipSpace(text, i + 1, out var skipped)) && skipped;
        if (c == '\'') return i + 1 < text.Length && text[i + 1] == 's';
        if (char.IsDigit(c)) return OffsetMayFollow(text, i);
        if (char.IsUpper(c)) return CapitalMayMatch(text, i);
        return LowerMayMatch(text, i);
    }

    private static int SkipSpace(string text, int i, out bool skipped)
    {
        var from = i;
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        skipped = i > from;
        return i;
    }

    /// <summary>A name starts with a capital A-Z or with a particle.</summary>
    private static bool NameMayStart(string text, int i)
    {
        if (i >= text.Length) return false;
        var c = text[i];
        if (char.IsAsciiLetterUpper(c)) return true;
        return char.IsAsciiLetterLower(c) && Particles.Contains(text.AsSpan(i, LetterRunEnd(text, i) - i));
    }

    // The cheap checks' words are rows of places.tsv: the units an offset's number needs after it (offset-unit-stems), and
    // the stems and words a capitalised word must start with or be for any alternative but the subject one to match.

    /// <summary>"12 km", "3.5 miles": the only alternative that starts with a digit needs a unit after the number.</summary>
    private static bool OffsetMayFollow(string text, int i)
    {
        while (i < text.Length && char.IsDigit(text[i])) i++;
        if (i + 1 < text.Length && text[i] == '.' && char.IsDigit(text[i + 1]))
        {
            i++;
            while (i < text.Length && char.IsDigit(text[i])) i++;
        }
        while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
        var unit = text.AsSpan(i);
        foreach (var u in OffsetUnitStems)
            if (unit.StartsWith(u, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>From a capital only a direction ("Northern"), "In"/"At"/..., "Rural" or a name before "residents"/"town"... can match.</summary>
    private static bool CapitalMayMatch(string text, int i)
    {
        if (!char.IsAsciiLetterUpper(text[i])) return true;
        var word = text.AsSpan(i, LetterRunEnd(text, i) - i);
        foreach (var w in CapitalStems)
            if (word.StartsWith(w, StringComparison.OrdinalIgnoreCase)) return true;
        if (CapitalLeadWords.Contains(word))
            return true;
        // The subject alternative: a name (capitalised words, particles, numbers, joined by spaces and hyphens) then a subject word.
        var pos = i;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsLetter(c))
            {
                var end = LetterRunEnd(text, pos);
                if (pos > i && char.IsWhiteSpace(text[pos - 1]))
                {
                    var run = text.AsSpan(pos, end - pos);
                    if (SubjectWords.Contains(run)) return true;
                    // After a space a name goes on only with a capital or a particle (digits are not letters).
                    if (!char.IsAsciiLetterUpper(c) && !Particles.Contains(run)) return false;
                }
                pos = end;
            }
            else if (char.IsWhiteSpace(c) || char.IsDigit(c) || c is '-' or '\'' or '`') pos++;
            else return false;
        }
        return false;
    }

    /// <summary>From a lower-case word a match runs through the pattern's own words up to the name's capital.</summary>
    private static bool LowerMayMatch(string text, int i)
    {
        var pos = i;
        while (pos < text.Length)
        {
            var c = text[pos];
            if (char.IsLetter(c))
            {
                var end = pos;
                var lower = true;
                for (; end < text.Length && char.IsLetter(text[end]); end++) lower &= char.IsAsciiLetterLower(text[end]);
                // A capital (the name's) or a letter the scan cannot judge: let the regex decide.
                if (!lower) return true;
                if (!LeadWords.Contains(text.AsSpan(pos, end - pos))) return false;
                pos = end;
            }
            else if (char.IsWhiteSpace(c) || c is '-' or '&') pos++;
            else return false;
        }
        return false;
    }



    /// <summary>Place mentions in <paramref name="text"/>, skipping spans covered by <paramref name="exclude"/> (actor names).</summary>
    public static IReadOnlyList<PlaceMention> Annotate(string text, IReadOnlyList<Text.TextSpan> exclude)
    {
        var list = new List<PlaceMention>();
        // The matches scanning with the unanchored pattern would give, found by trying only candidate starts.
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var start = c is ',' or '(' or '\'' || (char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && CanStart(text, i));
            if (!start || !MayMatch(text, i)) continue;
            if (MatchAt(text, i) is not var (m, alt) || m.Length == 0) continue;
            i = m.Index + m.Length - 1;
            Add(list, text, m, alt, exclude);
        }
        // "In the capital": a place the geocoder names from the report's country (Qualifier "capital").
        if (CapitalWord.Any(w => text.Contains(w, StringComparison.OrdinalIgnoreCase)))
        {
            foreach (Match c in CapitalWords.Matches(text))
            {
                var word = c.Groups["capital"];
                var relation = c.Groups["in"].Success ? PlaceRelation.In : PlaceRelation.Near;
                list.Add(new PlaceMention("the capital", word.Index, word.Index + word.Length, relation, null, null, CapitalQualifier));
            }
            list.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
        return list;
    }

    /// <summary>The qualifier of a mention that names the report's capital without naming it ("in the capital").</summary>
    public const string CapitalQualifier = "capital";


    // bearing-N rows: the compass words for N degrees.
    private static readonly Dictionary<string, double> Bearings = Words.Names
        .Where(n => n.StartsWith("bearing-", StringComparison.Ordinal))
        .SelectMany(n => Words.Words(n).Select(w => (w, double.Parse(n["bearing-".Length..], System.Globalization.CultureInfo.InvariantCulture))))
        .ToDictionary(p => p.w, p => p.Item2, StringComparer.OrdinalIgnoreCase);

    private static void Add(List<PlaceMention> list, string text, Match m, Alternative alt, IReadOnlyList<Text.TextSpan> exclude)
    {
        var nameGroup = m.Groups[alt.Name];
        if (!nameGroup.Success) return;
        var name = TrimName(nameGroup.Value);
        if (name.Length < 2) return;
        var start = nameGroup.Index;
        var end = start + name.Length;
        var span = new Text.TextSpan(start, end);
        for (var k = 0; k < exclude.Count; k++)
        {
            var x = exclude[k];
            if (x.Overlaps(span) && x.Length >= span.Length / 2) return;
        }
        if (OfficeOfBefore.IsMatch(text.AsSpan(Math.Max(0, start - 30), Math.Min(30, start)))) return;
        var space = name.IndexOf(' ');
        if (NotAPlace().IsMatch(name) || (space >= 0 && NotAPlace().IsMatch(name.AsSpan(0, space)))) return;
        // Acronyms (IED, HQ) are not place names.
        var cut = name.AsSpan().IndexOfAny(' ', '-');
        var firstWord = cut >= 0 ? name.AsSpan(0, cut) : name.AsSpan();
        if (firstWord.Length <= 4 && AllUpper(firstWord)) return;

        var after = KindAfter().Match(text, end, Math.Min(30, text.Length - end));
        var kindGroup = after.Groups[KindGroup];
        var kindAfter = kindGroup.Success ? kindGroup.Value.ToLowerInvariant() : null;
        var dirGroup = m.Groups[alt.Dir];
        var dir = dirGroup.Success ? dirGroup.Value.ToLowerInvariant() : null;
        var isOffset = alt.IsOffset;

        // "Nairobi's Kibera", "Kunar province's Chawkay district": the possessor contains the possessed.
        var poss = name.IndexOf("'s ", StringComparison.Ordinal);
        if (poss > 0 && !isOffset)
        {
            list.Add(new PlaceMention(name[..poss], start, start + poss, PlaceRelation.Area, null, null, "container"));
            var innerStart = start + poss + 3;
            name = name[(poss + 3)..];
            start = innerStart;
            if (name.Length < 2 || NotAPlace().IsMatch(name)) return;
        }

        // "Palmyra-Deir Ezzor highway" names two places; a hyphen between capitals before a route word splits them.
        if (kindAfter is not null && RouteKinds.Contains(kindAfter))
        {
            var idx = name.IndexOf('-');
            while (idx > 0 && idx + 1 < name.Length && !char.IsUpper(name[idx + 1])) idx = name.IndexOf('-', idx + 1);
            if (idx > 0 && idx + 1 < name.Length)
            {
                AddPart(list, m, alt, name[..idx], start, kindAfter, dir, isOffset);
                AddPart(list, m, alt, name[(idx + 1)..], start + idx + 1, kindAfter, dir, isOffset);
                return;
            }
        }
        AddPart(list, m, alt, name, start, kindAfter, dir, isOffset);
        if (isOffset) return;
        // "in Oldonyiro and Isiolo": the name joined to this one is a place of the same kind, unless it names an actor.
        var joined = ConjoinedPlace.Match(text, end);
        if (!joined.Success) return;
        var second = joined.Groups["name"];
        var secondSpan = new Text.TextSpan(second.Index, second.Index + second.Length);
        for (var k = 0; k < exclude.Count; k++)
        {
            if (exclude[k].Overlaps(secondSpan)) return;
        }
        if (NotAPlace().IsMatch(second.Value)) return;
        var secondAfter = KindAfter().Match(text, secondSpan.End, Math.Min(30, text.Length - secondSpan.End)).Groups[KindGroup];
        AddPart(list, m, alt, second.Value, second.Index, secondAfter.Success ? secondAfter.Value.ToLowerInvariant() : kindAfter, dir, false);
    }


    private static bool AllUpper(ReadOnlySpan<char> s)
    {
        foreach (var ch in s)
            if (!char.IsUpper(ch)) return false;
        return true;
    }

    private static void AddPart(List<PlaceMention> list, Match m, Alternative alt, string partName, int partStart, string? kindAfter, string? dir, bool isOffset)
    {
        var partEnd = partStart + partName.Length;
        if (isOffset)
        {
            var km = double.Parse(m.Groups[alt.Km].ValueSpan, System.Globalization.CultureInfo.InvariantCulture);
            var value = m.Value;
            if (MileUnits.Any(u => value.Contains(u, StringComparison.OrdinalIgnoreCase))) km *= 1.609;
            list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Offset, km, Bearing(dir!), null));
        }
        else if (alt.IsNear || (kindAfter is not null && NearKinds.Contains(kindAfter)))
        {
            list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Near, null, null, dir));
        }
        else if (alt.IsContainer)
        {
            // "Maji Moto (Narok)": the bracket names the region the place before it is in.
            list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Area, null, null, "container"));
        }
        else if (alt.IsArea || (kindAfter is not null && AreaKinds.Contains(kindAfter)))
        {
            var qualifier = dir ?? kindAfter ?? Qualifier(m.Value);
            list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Area, null, null, qualifier));
        }
        else
        {
            list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.In, null, null, kindAfter));
        }
    }

    // The word that says a mention is an area around its place ("Idlib countryside"), kept as the mention's qualifier.
    private static string? Qualifier(string matched)
    {
        var lower = matched.ToLowerInvariant();
        foreach (var q in QualifierWords)
            if (lower.Contains(q, StringComparison.Ordinal)) return q;
        return null;
    }

    private static string TrimName(string name)
    {
        // A trailing possessive belongs to the grammar, not the name.
        if (name.EndsWith("'s", StringComparison.Ordinal)) name = name[..^2];
        return name.TrimEnd('-', '\'', ' ');
    }

    private static double Bearing(string dir) => Bearings.GetValueOrDefault(dir);
}
