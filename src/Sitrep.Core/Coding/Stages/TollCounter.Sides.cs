using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Incidents;

namespace Sitrep.Core.Coding.Stages;

// Whose dead a count is: forces, fighters or people, from its own words or the group it is taken from, and whether the
// bomber is among them.
internal static partial class TollCounter
{
    private static Dictionary<string, int>? BySide(Incident inc, IEnumerable<CasualtyMention> dead)
    {
        var sides = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var c in dead)
        {
            if (SideIn(inc, c) is not { } side) return null;
            sides[side] = sides.GetValueOrDefault(side) + c.Count;
        }
        return sides.Count > 0 ? sides : null;
    }

    // A loop, not a lambda over the incident: the lambda made every count allocate a closure, whether it ran or not.
    private static bool AnyBomberToo(Incident inc, List<CasualtyMention> killed)
    {
        foreach (var c in killed)
        {
            if (BomberToo(inc, c)) return true;
        }
        return false;
    }

    private static bool BomberToo(Incident inc, CasualtyMention c)
    {
        var s = SentenceView.Holding(inc.Main, c.Span);
        var at = c.Span.End - (s?.Span.Start ?? 0);
        return s is not null && at < s.Text.Length && CodingWords.BomberToo.IsMatch(s.Text, at);
    }

    private static string? SideIn(Incident inc, CasualtyMention c)
    {
        if (Side(c) is { } side) return side;
        var s = SentenceView.Holding(inc.Main, c.Span) ?? SentenceView.Holding(inc.ClaimSentences, c.Span);
        return s is null ? null : SideOfGroup(s, c);
    }

    /// <summary>"killed one of the attackers": the side of the group the count is taken from.</summary>
    private static string? SideOfGroup(SentenceView s, CasualtyMention c)
    {
        var at = c.Span.End - s.Span.Start;
        if (at < 0 || at >= s.Text.Length) return null;
        var m = CodingWords.OfGroup.Match(s.Text, at);
        if (!m.Success) return null;
        var group = m.Groups["group"].Value;
        return CodingWords.VictimForces.IsMatch(group) ? "forces" : CodingWords.VictimFighters.IsMatch(group) ? "fighters" : null;
    }

    private static string? Side(CasualtyMention c) => c.Victims is not { Length: > 0 } v ? null
        : CodingWords.VictimForces.IsMatch(v) ? "forces"
        : CodingWords.VictimFighters.IsMatch(v) ? "fighters"
        : CodingWords.VictimPeople.IsMatch(v) ? "people" : null;
}
