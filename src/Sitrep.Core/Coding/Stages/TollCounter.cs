using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Claims;
using Sitrep.Core.Coding.Incidents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding.Stages;

/// <summary>An incident's toll: deaths and injuries with the words that state them.</summary>
/// <param name="BySide">The dead by side ("forces", "fighters", "people") when every death counted has a known side; else null.</param>
/// <param name="Shares">The toll a coder's note splits by place ("4 Jarjnaz, 3 Taqana"): each event takes its place's share.</param>
/// <param name="CoderFigure">A coder's note states the figure ("coded 3 fatalities"), so it is not read again from the words.</param>
public sealed record Toll(int Fatalities, IReadOnlyList<TextSpan> FatalitySpans, int? Injuries, IReadOnlyList<TextSpan> InjurySpans,
    IReadOnlyDictionary<string, int>? BySide = null, IReadOnlyList<FatalityShare>? Shares = null, bool CoderFigure = false);

/// <summary>Counts an incident's dead and injured from its own sentences (claims keep their figures), with coders' notes on shares.</summary>
internal static partial class TollCounter
{
    /// <param name="riot">The incident is a riot: a death told as what moved the crowd ("rioted after a man was killed"), or before
    /// the crowd's later act ("... were killed in a raid, and residents later burned buses"), is not counted.</param>
    public static Toll Count(Incident inc, bool riot = false)
    {
        var main = inc.Main;
        // Casualties: killed counts are fatalities, conservatively summed over distinct groups.
        var casualties = new List<CasualtyMention>();
        var alternatives = new List<CasualtyMention>();
        riot = riot && !main.Any(m => CodingWords.LethalForce.IsMatch(m.Text));
        foreach (var m in main)
        {
            // "the demonstrations that began last month, during which dozens were killed": the dead of the story's history
            // are not this incident's.
            if (!ReferenceEquals(m, inc.Lead) && m.IsBackground && !m.HasEventDates) continue;
            for (var cAt = 0; cAt < m.Casualties.Count; cAt++)
            {
                var c = m.Casualties[cAt];
                if (inc.InClaim(c.Span)) continue;
                if (c.Kind == CasualtyKind.Killed && CodingWords.AccidentDeathAfter.IsMatch(m.Text.AsSpan(Math.Min(m.Text.Length, Math.Max(0, c.Span.End - m.Span.Start))))) continue;
                // "Conflicting reports have eight deaths": another account's figure for the same dead, set aside below.
                if (c.Kind == CasualtyKind.Killed && AlternativeBefore(m, c))
                {
                    alternatives.Add(c);
                    continue;
                }
                if (riot && c.Kind == CasualtyKind.Killed && (CodingWords.CrowdCauseBefore.IsMatch(m.Text.AsSpan(0, c.Span.Start - m.Span.Start))
                    || CodingWords.CrowdLaterAfter.IsMatch(m.Text.AsSpan(Math.Min(m.Text.Length, c.Span.End - m.Span.Start))))) continue;
                casualties.Add(c);
            }
        }
        // Another account's figure never adds to the report's own; it is the figure only when the report gives none.
        if (!casualties.Any(c => c.Kind == CasualtyKind.Killed && !c.Uncertain)) casualties.AddRange(alternatives);
        var killed = Distinct(casualties.Where(c => c.Kind == CasualtyKind.Killed && !c.Uncertain)).ToList();
        var injured = Distinct(casualties.Where(c => c.Kind == CasualtyKind.Injured)).ToList();
        // A stated total ("2 fatalities") restates the counted groups; it adds only what they leave out.
        var counted = killed.Where(c => !c.IsTotal).Sum(c => c.Count);
        var total = killed.Where(c => c.IsTotal).Select(c => c.Count).DefaultIfEmpty(0).Max();
        var fatalities = Math.Max(counted, total);
        var fatalitySpans = killed.Select(c => c.Span).ToList();
        var sourced = total <= counted ? SourcedSides(inc, killed) : [];
        if (sourced.Count > 0)
        {
            fatalities += sourced.Sum(c => c.Count);
            fatalitySpans.AddRange(sourced.Select(c => c.Span));
        }
        var bySide = total <= counted ? BySide(inc, killed.Concat(sourced)) : null;
        // "Witnesses said four people were killed": when the report's own sentences count no dead and do not say nobody died, the
        // figure a source gives is the toll, the lowest when sources differ (ACLED's conservative figure).
        if (fatalities == 0 && NoDeathCue(main) is null && NoDeathCue(inc.ClaimSentences) is null
            && LowestReported(inc) is { Count: > 0 } reported)
        {
            fatalities = Figure(reported);
            fatalitySpans.AddRange(reported.Select(c => c.Span));
            bySide = null;
        }
        // "killing four people in addition to herself": the report counts the bomber's death too.
        if (AnyBomberToo(inc, killed))
        {
            fatalities += 1;
            bySide = null;
        }
        // A single victim the report says was rescued before death lived.
        if (fatalities == 1 && main.Any(m => CodingWords.RescuedAlive.IsMatch(m.Text)))
        {
            fatalities = 0;
            fatalitySpans = [];
            bySide = null;
        }
        // A coder's figure is the coder's wherever it stands, in a source's sentence too ("they claimed to have killed a
        // number of fighters; unknown fatalities coded as 10").
        var coded = FirstCue(main, "coded_fatalities") ?? FirstCue(inc.ClaimSentences, "coded_fatalities");
        if (coded is not null && Numbers.Parse(coded.Value) is ({ } codedN, _))
        {
            fatalities = codedN;
            fatalitySpans = [coded.Span];
            bySide = null;
        }
        // Coders' notes share a total across events ("coded as 10 and split between 2 events"): this event takes its share.
        var share = FirstCue(main, "per_event_fatalities");
        var split = FirstCue(main, "split_fatalities");
        if (share is not null || split is not null) bySide = null;
        if (share is not null && int.TryParse(share.Value, out var shareN))
        {
            fatalities = shareN;
            fatalitySpans = [.. fatalitySpans, share.Span];
        }
        else if (split is not null && int.TryParse(split.Value, out var parts) && parts > 1)
        {
            // A toll smaller than the number of events gives one death each to that many of them: this one takes one when at
            // least half of them do.
            fatalities = fatalities < parts && fatalities * 2 >= parts ? 1 : fatalities / parts;
            fatalitySpans = [.. fatalitySpans, split.Span];
        }
        var none = NoDeathCue(main);
        if (fatalities == 0 && none is not null) fatalitySpans = [none.Span];
        int? injuries = injured.Count > 0 ? injured.Sum(c => c.Count) : FirstCue(main, "no_casualties") is not null ? 0 : null;

        var shares = FatalityShares.Read(inc);
        if (shares.Count > 0) bySide = null;
        var coderFigure = coded is not null || share is not null || split is not null || shares.Count > 0;
        return new Toll(fatalities, fatalitySpans, injuries, injured.Select(c => c.Span).ToList(), bySide, shares, coderFigure);
    }

    /// <summary>The dead of a side that only a reporting source counts ("killing 17 insurgents, the army said"): each such side
    /// takes the lowest figure any source gives for it.</summary>
    /// <remarks>A battle's toll is both sides' dead, and reports often give the other side's losses only in an attributed
    /// sentence. Only sides the report's own account leaves uncounted are added, so a competing figure for the same dead never
    /// adds; a party's own claim ("claimed", "denied") or a hedge adds nothing, and neither does any figure when the report's
    /// own dead are of no known side (they may be the same people).</remarks>
    private static List<CasualtyMention> SourcedSides(Incident inc, List<CasualtyMention> own)
    {
        var ownSides = new HashSet<string>();
        foreach (var c in own)
        {
            if (SideIn(inc, c) is not { } side) return [];
            ownSides.Add(side);
        }
        var best = new Dictionary<string, List<CasualtyMention>>();
        foreach (var s in inc.ClaimSentences)
        {
            if (s.Certainty.Any(Certainty.IsHedged)) continue;
            var bySide = new Dictionary<string, List<CasualtyMention>>();
            foreach (var c in Distinct(s.Casualties.Where(c => c.Kind == CasualtyKind.Killed && !c.Uncertain && !c.IsTotal)))
            {
                if ((Side(c) ?? SideOfGroup(s, c)) is not { } side || ownSides.Contains(side)) continue;
                if (!bySide.TryGetValue(side, out var list)) bySide[side] = list = [];
                list.Add(c);
            }
            foreach (var (side, list) in bySide)
            {
                if (!best.TryGetValue(side, out var held) || list.Sum(c => c.Count) < held.Sum(c => c.Count)) best[side] = list;
            }
        }
        return [.. best.Values.SelectMany(l => l)];
    }

    /// <summary>The dead of the claim sentence that counts fewest (above none), whoever says it and however surely: ACLED codes a
    /// figure only a source gives ("residents claim three were killed") when the report has none of its own.</summary>
    private static List<CasualtyMention> LowestReported(Incident inc)
    {
        List<CasualtyMention> best = [];
        foreach (var s in inc.ClaimSentences)
        {
            var dead = Distinct(s.Casualties.Where(c => c.Kind == CasualtyKind.Killed && !c.Uncertain && !NominalDeath(s, c) && !PartyClaimBefore(s, c))).ToList();
            if (dead.Count == 0) continue;
            if (best.Count == 0 || Figure(dead) < Figure(best)) best = dead;
        }
        return best;
    }

    /// <summary>"Pro-government media claimed that 20 militants were killed": a figure someone claims stays a claim, unless the
    /// claimant is a bystander ("residents claim three were killed"); "allegedly" alone is a hedge, not a claimant, and a claim
    /// told after the count ("5 fighters were killed, whom the group claimed were foreigners") is about something else.</summary>
    private static bool PartyClaimBefore(SentenceView s, CasualtyMention dead)
    {
        for (var cAt = 0; cAt < s.Cues.Count; cAt++)
        {
            var c = s.Cues[cAt];
            if (c.Kind != "certainty" || c.Value != Certainty.Claimed || c.Span.Start >= dead.Span.Start) continue;
            var at = c.Span.Start - s.Span.Start;
            if (at < 0 || c.Span.End - s.Span.Start > s.Text.Length || !CodingWords.ClaimVerb.IsMatch(s.Text.AsSpan(at, c.Span.End - c.Span.Start))) continue;
            var source = s.Cues.FirstOrDefault(x => x.Kind == "source")?.Value ?? ClaimBuilder.SpeakerBefore(s, c);
            if (source is null || !CodingWords.BystanderSource.IsMatch(source)) return true;
        }
        return false;
    }

    /// <summary>"the killing of a trader" in a source's words, not told as the event's result.</summary>
    private static bool NominalDeath(SentenceView s, CasualtyMention c)
    {
        var at = c.Span.Start - s.Span.Start;
        if (at < 0 || at >= s.Text.Length) return false;
        return CodingWords.ClaimNominalDeath.IsMatch(s.Text.AsSpan(at)) && !CodingWords.DeathResultBefore.IsMatch(s.Text.AsSpan(0, at));
    }

    /// <summary>Counted groups summed, or the stated total when it is larger.</summary>
    private static int Figure(List<CasualtyMention> dead) =>
        Math.Max(dead.Where(c => !c.IsTotal).Sum(c => c.Count), dead.Where(c => c.IsTotal).Select(c => c.Count).DefaultIfEmpty(0).Max());

    private static bool AlternativeBefore(SentenceView s, CasualtyMention c)
    {
        // Up to the mention's end: "a second report has six killed" may open the mention itself.
        var at = Math.Min(s.Text.Length, c.Span.End - s.Span.Start);
        return at > 0 && CodingWords.AlternativeReport.IsMatch(s.Text.AsSpan(0, at));
    }

    /// <summary>The first cue of <paramref name="sentences"/> that says nobody died.</summary>
    private static CueMention? NoDeathCue(List<SentenceView> sentences)
    {
        foreach (var m in sentences)
        {
            for (var cAt = 0; cAt < m.Cues.Count; cAt++)
            {
                var c = m.Cues[cAt];
                if (c.Kind == "no_casualties" && c.Value == "fatalities") return c;
            }
        }
        return null;
    }

    /// <summary>The first cue of <paramref name="kind"/> in the incident's own sentences.</summary>
    private static CueMention? FirstCue(List<SentenceView> main, string kind)
    {
        foreach (var m in main)
        {
            for (var cAt = 0; cAt < m.Cues.Count; cAt++)
            {
                var c = m.Cues[cAt];
                if (c.Kind == kind) return c;
            }
        }
        return null;
    }

    private static IEnumerable<CasualtyMention> Distinct(IEnumerable<CasualtyMention> items)
    {
        var seen = new HashSet<(int, string)>();
        foreach (var c in items)
        {
            if (seen.Add((c.Count, Head(c.Victims)))) yield return c;
        }
    }

    // The last word of the victims, singular and lower-case ("Two soldiers" → "soldier"), cut from the words in place: one
    // string, where splitting them made an array and a string a word.
    private static string Head(string? victims)
    {
        var words = victims.AsSpan().TrimEnd(' ');
        var last = words[(words.LastIndexOf(' ') + 1)..].TrimEnd('s');
        if (last.IsEmpty) return "";
        Span<char> lower = last.Length <= 64 ? stackalloc char[last.Length] : new char[last.Length];
        last.ToLowerInvariant(lower);
        return new string(lower);
    }
}
