using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Incidents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding.Stages;

/// <summary>One place's share of a toll a coder's note splits across events ("4 Kafr Nabl", "Tayba (3)").</summary>
public sealed record FatalityShare(string Place, int Count, TextSpan Span);

/// <summary>Reads the shares a note gives each place of a toll it splits, and picks the one of an event's place.</summary>
/// <remarks>ACLED codes one event per place and splits a toll it cannot place between them; its notes often say how
/// ("split as follows: 4 Jarjnaz, 3 Taqana"). The event at a listed place takes that share; an event whose place the
/// list does not name (another spelling, or a note shared by several events) takes the share most places got.</remarks>
internal static class FatalityShares
{

    /// <summary>The shares the incident's own sentences give, in order; empty unless at least two places are listed.</summary>
    public static IReadOnlyList<FatalityShare> Read(Incident inc)
    {
        var shares = new List<FatalityShare>();
        foreach (var s in inc.Main)
        {
            if (!CodingWords.ShareSentence.IsMatch(s.Text)) continue;
            // "Tayba (4)" and "4 Tayba" are two styles; a note keeps to one, and the places-first reading is tried first
            // because the figure-first one would read "(4), Arshaf" as a figure before a place.
            // The places-first reading ends in a figure (share-figure-after): without one it cannot match, and its scan of a long
            // list of places with no figure backtracks for long.
            var found = CodingWords.ShareFigureAfter.IsMatch(s.Text) ? Entries(s, CodingWords.SharePlacesCount) : [];
            if (found.Count == 0) found = Entries(s, CodingWords.ShareCountPlaces);
            shares.AddRange(found);
        }
        return shares.Count >= 2 ? shares : [];
    }

    private static List<FatalityShare> Entries(SentenceView s, System.Text.RegularExpressions.Regex pattern)
    {
        var list = new List<FatalityShare>();
        foreach (System.Text.RegularExpressions.Match m in pattern.Matches(s.Text))
        {
            if (Numbers.Parse(m.Groups["n"].Value) is not ({ } n, false)) continue;
            var places = m.Groups["places"];
            var at = places.Index;
            foreach (var part in CodingWords.ShareListBreak.Split(places.Value))
            {
                var name = part.Trim();
                var start = places.Value.IndexOf(part, at - places.Index, StringComparison.Ordinal) + places.Index;
                at = start + part.Length;
                if (name.Length == 0 || !name.Any(char.IsUpper) || CodingWords.ShareNotPlace.IsMatch(name)) continue;
                list.Add(new FatalityShare(name, n, new TextSpan(s.Span.Start + m.Index, s.Span.Start + m.Index + m.Length)));
            }
        }
        return list;
    }

    /// <summary>The share of the first of <paramref name="places"/> the list names, else the share most places got (the first
    /// listed among equals), or null when <paramref name="named"/> asks for a named place only.</summary>
    public static FatalityShare? For(IReadOnlyList<FatalityShare> shares, IEnumerable<string> places, bool named)
    {
        if (shares.Count == 0) return null;
        foreach (var place in places)
        {
            var words = Words(place);
            if (words.Length == 0) continue;
            foreach (var s in shares)
            {
                if (Same(words, Words(s.Place))) return s;
            }
        }
        if (named) return null;
        var top = shares.GroupBy(s => s.Count).Max(g => g.Count());
        return shares.First(s => shares.Count(o => o.Count == s.Count) == top);
    }

    private static string[] Words(string name) =>
        name.ToLowerInvariant().Replace("'", "").Replace("’", "")
            .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Where(w => !CodingWords.ShareNameFiller.IsMatch(w)).ToArray();

    /// <summary>Whether one name's words run, in order, inside the other's ("Yarmouk" and "Yarmouk camp").</summary>
    private static bool Same(string[] a, string[] b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        for (var i = 0; i + shorter.Length <= longer.Length; i++)
        {
            if (shorter.AsSpan().SequenceEqual(longer.AsSpan(i, shorter.Length))) return true;
        }
        return false;
    }
}
