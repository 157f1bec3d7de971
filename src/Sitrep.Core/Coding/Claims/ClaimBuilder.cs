using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Incidents;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding.Claims;

/// <summary>Turns an incident's attributed and hedged sentences into claims: who says it, how sure, and what it asserts.</summary>
internal static class ClaimBuilder
{
    /// <summary>An actor or country named right before a reporting verb speaks for itself ("HTS claimed", "Turkey denied").</summary>
    internal static string? SpeakerBefore(SentenceView s, CueMention verb)
    {
        bool JustBefore(TextSpan x) => x.End <= verb.Span.Start && verb.Span.Start - x.End <= 4;
        return s.Actors.Concat(s.SourceActors).Where(a => JustBefore(a.Span)).Select(a => a.Surface).FirstOrDefault()
            ?? s.Countries.Where(c => JustBefore(c.Span)).Select(c => c.Country.Name).FirstOrDefault();
    }

    /// <summary>Who owns the act: the actor right before "claimed responsibility", else the one right after "claimed by".</summary>
    private static ActorMention? Claimant(SentenceView s, CueMention owns)
    {
        ActorMention? best = null;
        foreach (var a in s.Actors.Concat(s.SourceActors))
        {
            if (a.Span.End <= owns.Span.Start && owns.Span.Start - a.Span.End <= 40 && (best is null || a.Span.End > best.Span.End)) best = a;
        }
        if (best is not null) return best;
        foreach (var a in s.Actors.Concat(s.SourceActors))
        {
            if (a.Span.Start >= owns.Span.End && a.Span.Start - owns.Span.End <= 6) return a;
        }
        return null;
    }

    /// <summary>The actor a responsibility cue in <paramref name="s"/> names as the owner of the act, as a role, or null.</summary>
    internal static ActorRole? Owner(SentenceView s) =>
        s.Cues.FirstOrDefault(c => c.Kind == "responsibility") is { } owns && Claimant(s, owns) is { } claimant
            ? new ActorRole(claimant.Candidates[0], claimant.Span, claimant.Candidates)
            : null;

    public static List<ClaimCandidate> Build(Incident inc)
    {
        var claims = new List<ClaimCandidate>();
        foreach (var s in inc.ClaimSentences)
        {
            var certainty = Certainty.Of(s.Certainty);
            var sourceCue = s.Cues.FirstOrDefault(c => c.Kind == "source");
            var verbCue = s.Cues.FirstOrDefault(c => c.Kind == "certainty" && c.Value == certainty);
            var source = sourceCue?.Value ?? (verbCue is null ? null : SpeakerBefore(s, verbCue)) ?? (certainty == Certainty.Likely ? "the report itself" : "unnamed sources");
            var asserts = new Dictionary<string, object?>();
            var actors = new List<ActorRole>();
            if (CodingWords.CauseWords.IsMatch(s.Text) && !s.Triggers.Any(t => t.Class is "air" or "shelling" or "suicide" or "grenade" or "chemical"))
            {
                var m = CodingWords.CauseWords.Match(s.Text);
                var cause = s.Text[m.Index..].TrimEnd('.');
                asserts["cause"] = cause;
                if (CodingWords.AccidentCause.IsMatch(cause))
                {
                    asserts["event_type"] = EventType.StrategicDevelopments.Name;
                    asserts["sub_event_type"] = SubEventType.Other.Name;
                    asserts["actor1"] = "";
                }
            }
            else
            {
                // A named weapon ("an airstrike") says more than a bare "explosion".
                var remote = s.Triggers.Where(t => t.Class is "air" or "shelling" or "suicide" or "grenade" or "chemical" or "ied")
                    .OrderBy(t => Array.IndexOf(new[] { "suicide", "chemical", "air", "shelling", "grenade", "ied" }, t.Class)).FirstOrDefault();
                var trig = remote ?? s.Triggers.FirstOrDefault(t => t.Class is "clash" or "attack" or "kill");
                if (remote is not null)
                {
                    asserts["event_type"] = remote.EventType;
                    asserts["sub_event_type"] = remote.SubEventType;
                }
                var weapon = s.Weapons.FirstOrDefault();
                if (weapon is not null) asserts["weapon"] = weapon.Weapon;
                // The agent: "by X", "conducted by X", else the first actor named.
                foreach (var a in s.Actors)
                {
                    var before = s.Between(a.Span.Start - 30, a.Span.Start);
                    if (CodingWords.ByAgentBefore.IsMatch(before) || trig is null)
                    {
                        actors.Add(new ActorRole(a.Candidates[0], a.Span, a.Candidates));
                        // "by the TIP or its allies": the alternative stays in the claim's words.
                        break;
                    }
                }
                // "Al-Shabaab claimed responsibility": the speaker is the perpetrator it names.
                if (Owner(s) is { } owner)
                {
                    actors.Clear();
                    actors.Add(owner);
                    asserts["responsibility"] = true;
                }
                if (actors.Count > 0) asserts["actor1"] = actors[0].Entry.Canonical;
            }
            if (certainty == Certainty.Denied) asserts["denies"] = s.Text.Length > 160 ? s.Text[..160] + "..." : s.Text;
            var kills = s.Casualties.Where(c => c.Kind == CasualtyKind.Killed).ToList();
            if (kills.Count > 0) asserts["fatalities"] = kills.Sum(c => c.Count);
            claims.Add(new ClaimCandidate(source, certainty, asserts, s.Span, actors));
        }
        // "neutralized over 20": killed or captured is not established, so the figure is kept as a claim, not a toll.
        foreach (var c in inc.Main.SelectMany(m => m.Casualties).Where(c => c.Kind == CasualtyKind.Killed && c.Uncertain))
        {
            claims.Add(new ClaimCandidate("the report itself", Certainty.Reported,
                new Dictionary<string, object?> { ["fatalities"] = c.Count, ["note"] = "vague or ambiguous casualty phrase (e.g. neutralized: killed or captured); not counted in fatalities" },
                c.Span, []));
        }
        return claims;
    }
}
