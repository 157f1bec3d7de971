using System.Text.RegularExpressions;
using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Annotation;

/// <summary>Finds place mentions ("near Jisr al-Shughur", "the town of X", "southern Idlib", "12 km north of X").</summary>
/// <remarks>Only finds and classifies names; the geocoder turns them into places.</remarks>
public static partial class PlaceAnnotator
{
    // A proper name: capitalised words, with the particles of Arabic and other transliterations inside ("Deir ez-Zor", "Ras al Ain").
    private const string Name =
        @"(?:(?:al|el)[- ]|(?:an|ar|as|ash|ad|at|az|ad|ed|es|ez)-)?[A-Z][\p{L}'`]*(?:-[A-Za-z][\p{L}'`]*)*" +
        @"(?:[ -](?:(?:al|el|ez|es|ash|as|ad|ar|az|at|an|en|ul|de|du|da|di|bin|ibn|bani|beni|abu|umm|wa|la|le)[ -])?(?:[A-Z][\p{L}'`]*(?:-[A-Za-z][\p{L}'`]*)*|[0-9]+))*";

    private const string Direction = @"(?i:north|south|east|west|north-?east|north-?west|south-?east|south-?west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western|southeastern|southwestern|northeastern|northwestern)";

    private const string Kind = @"(?:town|village|city|area|district|sub-?district|region|province|governorate|county|sub-?county|neighbou?rhood|camp|suburb|municipality|locality|hamlet|settlement|estate|market|valley|plain|border town|border crossing|refugee camp|villages|towns|areas|countryside|rural areas|outskirts|vicinity|environs|surroundings|countrysides|constituency|ward|division|location|sub-?district|sub-?division)";

    private const string PlacePatternText =
        @"(?<offset>(?<km>\d+(?:\.\d+)?)\s*(?:km|kms|kilometers|kilometres|miles?)\s+(?:to the\s+)?(?<dir>" + Direction + @")\s+of\s+(?:the\s+)?(?:" + Kind + @"\s+of\s+)?(?<name>" + Name + @"))" +
        @"|(?<near>\b(?:near|nearby|outside|close to|around|in the vicinity of|the vicinity of|vicinity of|on the outskirts of|(?:in\s+)?the outskirts of|outskirts of|(?:in\s+)?the suburbs of|suburbs of|on the edge of|edge of|environs of|surroundings of|the surroundings of|not far from|(?:just\s+|directly\s+|immediately\s+)?(?:to the\s+)?(?<dir>" + Direction + @")\s+of|next to|adjacent to|on the road to|near to)\s+(?:the\s+)?(?:(?:" + Kind + @")\s+of\s+)?(?:(?<dir>" + Direction + @")\s+)?(?<name>" + Name + @"))" +
        @"|(?<area>\b(?:(?:in|of|across|throughout|from|on|at|to|into|inside|within|over|the)\s+)?(?:the\s+)?(?:(?<dir>" + Direction + @")\s+(?:(?:and|&)\s+" + Direction + @"\s+)?(?:(?:countryside|countrysides|rural areas|parts|areas|part|area|region|province|governorate|county|desert|countryside areas)\s+of\s+)?(?:the\s+)?(?<name>" + Name + @")|(?:countryside|countrysides|rural areas|the rural areas|desert|deserts|province|governorate|county|region|district|sub-?county|constituency)\s+of\s+(?:the\s+)?(?<name>" + Name + @")|(?<name>(?:rural|Rural)\s+" + Name + @")))" +
        @"|(?<appos>(?:,\s+|(?<=\p{L})'s\s+)(?<name>" + Name + @")(?=\s+(?i:county|sub-?county|constituency|province|district|sub-?district|governorate|division|ward|town|village|city|area|region)\b))" +
        @"|(?<appos2>(?<=\b(?i:district|province|county|sub-?county|constituency|governorate|division|village|town|area)),\s+(?<name>" + Name + @")(?=\s*(?:[.,;)]|$|\s+(?:on|in|at|during|after|before|and)\b)))" +
        @"|(?<paren>\((?<name>" + Name + @")(?:\s+(?i:county|province|district|governorate|sub-?county|region))?(?=[),;]))" +
        @"|(?<subject>(?<name>" + Name + @")(?=\s+(?:residents|villagers|inhabitants|locals|town|village)\b))" +
        @"|(?<in>\b(?:(?:In|At|From|Inside|Across|Throughout)(?=\s+[A-Z])|in|at|of|into|inside|within|from|to|toward|towards|on|across|along|via|through|throughout|between|downtown|reached|entered|captured|stormed|seized|attacked|shelled|targeted|bombed|besieged|hit)\s+(?:the\s+)?(?:(?:" + Kind + @")\s+of\s+)?(?<name>" + Name + @"))";

    // Anchored at a candidate start: tried only where a word or a comma, bracket or apostrophe begins, which is
    // where any alternative can begin; scanning every character was the pipeline's costliest step.
    [GeneratedRegex(@"\G(?:" + PlacePatternText + ")", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture)]
    private static partial Regex PlacePatternAt();

    // Every lower-case word the pattern spells: an alternative that starts with a word starts with one of these.
    private static readonly HashSet<string> StarterWords = new(
        System.Text.RegularExpressions.Regex.Matches(PlacePatternText, "[a-z]{2,}").Select(m => m.Value), StringComparer.OrdinalIgnoreCase);

    /// <summary>A word can begin a place phrase if it is a digit, a capitalised word, or a word the pattern spells.</summary>
    private static bool CanStart(string text, int i)
    {
        var c = text[i];
        if (char.IsDigit(c) || char.IsUpper(c)) return true;
        var j = i;
        while (j < text.Length && char.IsLetter(text[j])) j++;
        return StarterWords.Contains(text.AsSpan(i, j - i).ToString());
    }

    /// <summary>The matches scanning with the unanchored pattern would give, found by trying only candidate starts.</summary>
    private static IEnumerable<Match> PlaceMatches(string text)
    {
        var cursor = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (i < cursor) continue;
            var c = text[i];
            var start = c is ',' or '(' or '\'' || (char.IsLetterOrDigit(c) && (i == 0 || !char.IsLetterOrDigit(text[i - 1])) && CanStart(text, i));
            if (!start) continue;
            var m = PlacePatternAt().Match(text, i);
            if (!m.Success || m.Length == 0) continue;
            yield return m;
            cursor = m.Index + m.Length;
        }
    }

    [GeneratedRegex(@"^(?:\s|'s)*(?:(?<kind>countryside|countrysides|rural areas|desert|province|governorate|county|region|district|sub-?district|sub-?county|constituency|ward|division|area|areas|town|village|city|camp|neighbou?rhood|highway|road|front|frontline|axis|sector|valley|plain|mountains?|hills?|border|crossing)\b)?",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.IgnoreCase)]
    private static partial Regex KindAfter();

    [GeneratedRegex(@"^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An|This|That|These|Those|His|Her|Their|Its|Our|He|She|They|It|We|I|One|Two|Three|Some|Other|Another|Many|Several|According|However|Meanwhile|Earlier|Later|On|In|At|Both|No|All|Sources|Reports?|Police|Army|Government|President|Minister|Ministry|General|Colonel|Lieutenant|Mr|Mrs|Ms|Dr|Islamic State|Allah|God|Christmas|Ramadan|Eid|Friday Prayers?)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex NotAPlace();

    /// <summary>Place mentions in <paramref name="text"/>, skipping spans covered by <paramref name="exclude"/> (actor names).</summary>
    public static IReadOnlyList<PlaceMention> Annotate(string text, IReadOnlyList<Text.TextSpan> exclude)
    {
        var list = new List<PlaceMention>();
        foreach (var m in PlaceMatches(text))
        {
            var nameGroup = m.Groups["name"];
            if (!nameGroup.Success) continue;
            var name = TrimName(nameGroup.Value);
            if (name.Length < 2) continue;
            var start = nameGroup.Index;
            var end = start + name.Length;
            var span = new Text.TextSpan(start, end);
            if (exclude.Any(x => x.Overlaps(span) && x.Length >= span.Length / 2)) continue;
            if (NotAPlace().IsMatch(name) || NotAPlace().IsMatch(name.Split(' ')[0])) continue;
            // Acronyms (IED, HQ) are not place names.
            var firstWord = name.Split(' ', '-')[0];
            if (firstWord.Length <= 4 && firstWord.All(char.IsUpper)) continue;

            var after = KindAfter().Match(text, end, Math.Min(30, text.Length - end));
            var kindAfter = after.Groups["kind"].Success ? after.Groups["kind"].Value.ToLowerInvariant() : null;
            var dir = m.Groups["dir"].Success ? m.Groups["dir"].Value.ToLowerInvariant() : null;

            // "Nairobi's Kibera", "Kunar province's Chawkay district": the possessor contains the possessed.
            var poss = name.IndexOf("'s ", StringComparison.Ordinal);
            if (poss > 0 && !m.Groups["offset"].Success)
            {
                list.Add(new PlaceMention(name[..poss], start, start + poss, PlaceRelation.Area, null, null, "container"));
                var innerStart = start + poss + 3;
                name = name[(poss + 3)..];
                start = innerStart;
                if (name.Length < 2 || NotAPlace().IsMatch(name)) continue;
            }

            foreach (var (partName, partStart) in SplitCompound(name, start, kindAfter))
            {
                var partEnd = partStart + partName.Length;
                if (m.Groups["offset"].Success)
                {
                    var km = double.Parse(m.Groups["km"].Value, System.Globalization.CultureInfo.InvariantCulture);
                    if (m.Value.Contains("mile", StringComparison.OrdinalIgnoreCase)) km *= 1.609;
                    list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Offset, km, Bearing(dir!), null));
                }
                else if (m.Groups["near"].Success || kindAfter is "area")
                {
                    list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Near, null, null, dir));
                }
                else if (m.Groups["paren"].Success || m.Groups["appos2"].Success)
                {
                    // "Maji Moto (Narok)": the bracket names the region the place before it is in.
                    list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Area, null, null, "container"));
                }
                else if (m.Groups["area"].Success || kindAfter is "countryside" or "countrysides" or "rural areas" or "desert" or "province" or "governorate" or "county" or "region" or "district" or "sub-county" or "subcounty" or "sub-district" or "subdistrict" or "constituency" or "ward" or "division" or "highway" or "road" or "front" or "frontline" or "axis" or "sector" or "border" or "areas" or "mountains" or "hills" or "valley" or "plain")
                {
                    var qualifier = dir ?? kindAfter ?? Qualifier(m.Value);
                    list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.Area, null, null, qualifier));
                }
                else
                {
                    list.Add(new PlaceMention(partName, partStart, partEnd, PlaceRelation.In, null, null, kindAfter));
                }
            }
        }
        return list;
    }

    private static string? Qualifier(string matched)
    {
        var lower = matched.ToLowerInvariant();
        foreach (var q in new[] { "countryside", "rural", "desert", "province", "governorate", "county", "outskirts", "suburbs", "region", "district" })
            if (lower.Contains(q)) return q;
        return null;
    }

    /// <summary>"Palmyra-Deir Ezzor highway" names two places; a hyphen between capitals before a route word splits them.</summary>
    private static IEnumerable<(string Name, int Start)> SplitCompound(string name, int start, string? kindAfter)
    {
        if (kindAfter is "highway" or "road" or "front" or "frontline" or "axis" or "border")
        {
            var idx = name.IndexOf('-');
            while (idx > 0 && idx + 1 < name.Length && !char.IsUpper(name[idx + 1])) idx = name.IndexOf('-', idx + 1);
            if (idx > 0 && idx + 1 < name.Length)
            {
                yield return (name[..idx], start);
                yield return (name[(idx + 1)..], start + idx + 1);
                yield break;
            }
        }
        yield return (name, start);
    }

    private static string TrimName(string name)
    {
        // A trailing possessive belongs to the grammar, not the name.
        if (name.EndsWith("'s", StringComparison.Ordinal)) name = name[..^2];
        return name.TrimEnd('-', '\'', ' ');
    }

    private static double Bearing(string dir) => dir.Replace("-", "").Replace("ern", "") switch
    {
        "north" => 0, "northeast" => 45, "east" => 90, "southeast" => 135, "south" => 180, "southwest" => 225,
        "west" => 270, "northwest" => 315, _ => 0,
    };
}
