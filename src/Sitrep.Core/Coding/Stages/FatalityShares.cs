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
            var found = Entries(s, PlacesFirst(s.Text));
            if (found.Count == 0) found = Entries(s, CodingWords.ShareCountPlaces.Matches(s.Text));
            shares.AddRange(found);
        }
        return shares.Count >= 2 ? shares : [];
    }

    /// <summary>The matches of share-places-count in <paramref name="text"/>, as its Matches gives them, sought only where one can start.</summary>
    /// <remarks>A match's places and the spaces after them are one run of name characters (share-places-run), and its figure
    /// (share-figure-after) starts in that run or at the bracket just after it; what the match reads past the run is at most a
    /// bracketed figure or the break after a bare one. So each run that holds a figure is searched alone, with a few characters
    /// after it, and a run with none is not searched: over a long list of places with no figure the whole-text search
    /// backtracked for a fifth of a second.</remarks>
    internal static List<System.Text.RegularExpressions.Match> PlacesFirst(string text)
    {
        var found = new List<System.Text.RegularExpressions.Match>();
        List<int>? figures = null;
        foreach (var f in CodingWords.ShareFigureAfter.EnumerateMatches(text)) (figures ??= []).Add(f.Index);
        if (figures is null) return found;
        var pattern = CodingWords.SharePlacesCount;
        var next = 0;
        foreach (var run in CodingWords.SharePlacesRun.EnumerateMatches(text))
        {
            var (start, to) = (run.Index, run.Index + run.Length);
            var from = Math.Max(start, next);
            if (from >= to || !figures.Exists(q => q >= start && q <= to)) continue;
            // Past the run a match reads at most "(twelve)": sixteen characters hold it and the test after a bare figure.
            var end = Math.Min(text.Length, to + 16);
            while (from < to)
            {
                var m = pattern.Match(text, from, end - from);
                // One that starts past the run is the next run's, searched there with its own characters after it.
                if (!m.Success || m.Index >= to) break;
                found.Add(m);
                next = from = m.Index + m.Length;
            }
        }
        return found;
    }

    private static List<FatalityShare> Entries(SentenceView s, IEnumerable<System.Text.RegularExpressions.Match> matches)
    {
        var list = new List<FatalityShare>();
        foreach (var m in matches)
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
