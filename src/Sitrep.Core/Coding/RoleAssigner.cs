using System.Text.RegularExpressions;
using Sitrep.Core.Text;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding;

/// <summary>The two sides of an incident, each in order: the first is the actor, the rest its associates.</summary>
public sealed record ActorSides(IReadOnlyList<ActorRole> Side1, IReadOnlyList<ActorRole> Side2);

/// <summary>Assigns actor mentions to the initiating side (actor1) and the target side (actor2) from clause structure.</summary>
public static partial class RoleAssigner
{
    private static readonly HashSet<string> SymmetricClasses = ["clash"];

    /// <summary>
    /// "armed men identified by residents as M23 fighters": the name <paramref name="m"/> takes the place of the mention it
    /// identifies, and whoever identified them ("residents") is no side.
    /// </summary>
    private static bool Identified(SentenceView lead, ActorMention m, List<(ActorMention M, int Order)> side1, List<(ActorMention M, int Order)> side2)
    {
        foreach (var held in new[] { side1, side2 })
        {
            var at = held.FindIndex(x => x.M.Span.End <= m.Span.Start && IdentityBetween.IsMatch(lead.BetweenSpan(x.M.Span.End, m.Span.Start)));
            if (at < 0) continue;
            var named = held[at];
            held[at] = (m, named.Order);
            side1.RemoveAll(x => x.M.Span.Start >= named.M.Span.End && x.M.Span.End <= m.Span.Start);
            side2.RemoveAll(x => x.M.Span.Start >= named.M.Span.End && x.M.Span.End <= m.Span.Start);
            return true;
        }
        return false;
    }

    /// <summary>
    /// "HPG reported that Turkish forces struck PKK positions": <paramref name="m"/> only tells of the incident when the
    /// sentence names another actor after it (in a told clause, before the deciding verb; "the army said it killed" names
    /// no other, and "X claimed that Y attacked its fighters" points back at X), and after "according to" whenever the
    /// sentence names another actor.
    /// </summary>
    private static bool Teller(SentenceView lead, ActorMention m, TriggerMention? trigger)
    {
        if (TellerBefore.IsMatch(lead.BetweenSpan(m.Span.Start - 40, m.Span.Start))) return AnotherActor(lead, m, m.Span.Start, null, anywhere: true);
        if (trigger is not null && m.Span.End > trigger.Span.Start || !TellerAfter.IsMatch(lead.BetweenSpan(m.Span.End, m.Span.End + 60))) return false;
        return !TellerOwn.IsMatch(lead.BetweenSpan(m.Span.End, lead.Span.End)) && AnotherActor(lead, m, m.Span.End, trigger, anywhere: false);
    }

    /// <summary>The sentence names an actor other than <paramref name="m"/>: anywhere, or from <paramref name="from"/> on and
    /// before <paramref name="trigger"/> (a loop: this is asked for every actor of every lead sentence).</summary>
    private static bool AnotherActor(SentenceView lead, ActorMention m, int from, TriggerMention? trigger, bool anywhere)
    {
        for (var i = 0; i < lead.Actors.Count; i++)
        {
            var x = lead.Actors[i];
            if (anywhere ? x != m && !SameActor(x, m)
                : x.Span.Start >= from && !SameActor(x, m) && (trigger is null || x.Span.Start < trigger.Span.Start)) return true;
        }
        return false;
    }

    private static bool Knows(List<(ActorMention M, int Order)> side, ActorMention m)
    {
        foreach (var x in side)
        {
            if (SameActor(x.M, m)) return true;
        }
        return false;
    }

    /// <summary>Assigns sides for an incident led by <paramref name="lead"/>, with <paramref name="trigger"/> as its main verb.</summary>
    public static ActorSides Assign(IReadOnlyList<SentenceView> sentences, TriggerMention? trigger)
    {
        var side1 = new List<(ActorMention M, int Order)>();
        var side2 = new List<(ActorMention M, int Order)>();
        if (sentences.Count == 0) return new ActorSides([], []);
        var lead = (trigger is not null ? SentenceView.Holding(sentences, trigger.Span) : null) ?? sentences[0];
        var leadTrigger = trigger ?? lead.Triggers.FirstOrDefault();
        // "Looting: LRA fighters looted a village": a coder's heading is no verb, so the sides are read around the verb after
        // it, or with no verb known after it, from the order the report names them in (its subject first).
        if (leadTrigger is { Class: "label" } label)
            leadTrigger = lead.Triggers.FirstOrDefault(t => t.Class != "label" && t.Span.Start >= label.Span.End);
        var victimSpans = new List<TextSpan>();
        for (var sAt = 0; sAt < sentences.Count; sAt++)
        {
            var s = sentences[sAt];
            for (var cAt = 0; cAt < s.Casualties.Count; cAt++)
            {
                var c = s.Casualties[cAt];
                if (c.VictimSpan is { } vs) victimSpans.Add(vs);
            }
        }
        bool IsVictim(ActorMention m)
        {
            foreach (var v in victimSpans)
            {
                if (v.Overlaps(m.Span)) return true;
            }
            return false;
        }
        // "The clash left three militiamen dead": nobody before the deciding word, and after it only kinds of people or victims.
        bool NamesNoActor(SentenceView s, TriggerMention t) => !s.Actors.Any(m => m.Span.Start < t.Span.Start || !m.Candidates[0].IsGeneric && !IsVictim(m));
        // "FARDC attacked a militia camp. The clash left three militiamen dead.": when the deciding sentence names no actor,
        // the sides are read from the earlier sentence that tells who acted.
        if (leadTrigger is not null && NamesNoActor(lead, leadTrigger)
            && sentences.TakeWhile(s => s != lead).FirstOrDefault(s => s.Triggers.Count > 0 && s.Actors.Any(m => !IsVictim(m))) is { } told)
        {
            lead = told;
            leadTrigger = told.Triggers[0];
        }

        var tellers = new List<ActorMention>();
        ActorMention? previous = null;
        int previousSide = 0;
        var betweenOpen = false;
        ActorMention? joinedAfterBetween = null;
        for (var mAt = 0; mAt < lead.Actors.Count; mAt++)
        {
            var m = lead.Actors[mAt];
            // Spans of the sentence, not copies: every actor of every incident is weighed here.
            var before = lead.BetweenSpan(m.Span.Start - 40, m.Span.Start);
            var fromPrev = previous is null ? default : lead.BetweenSpan(previous.Span.End, m.Span.Start);
            if (AffiliationBefore.IsMatch(before)) continue;
            if (Teller(lead, m, leadTrigger))
            {
                if (Acled.InterCode.IsNonStateArmedName(m.Candidates[0].Inter)) tellers.Add(m);
                continue;
            }
            if (previous is not null && IdentityBefore.IsMatch(lead.BetweenSpan(m.Span.Start - 80, m.Span.Start)) && Identified(lead, m, side1, side2))
            {
                previous = m;
                continue;
            }
            int side;
            if (BetweenBefore.IsMatch(before)) { side = 1; betweenOpen = true; }
            else if (betweenOpen && previous is not null && SecondSideJoin.IsMatch(fromPrev)) { side = 2; betweenOpen = false; joinedAfterBetween = m; }
            else if (joinedAfterBetween is not null && AgainstBefore.IsMatch(before))
            {
                // "between A and B against C": A and B are one side, C the other.
                var joined = side2.FindIndex(x => x.M == joinedAfterBetween);
                if (joined >= 0) { side1.Add(side2[joined]); side2.RemoveAt(joined); }
                joinedAfterBetween = null;
                side = 2;
            }
            else if (previous is not null && Connector.IsMatch(fromPrev) && !(leadTrigger is not null && previous.Span.End <= leadTrigger.Span.Start && m.Span.Start >= leadTrigger.Span.End)) side = previousSide;
            else if (AgentBefore.IsMatch(before)) side = 1;
            else if (side1.Count == 0 && leadTrigger is not null && m.Span.Start >= leadTrigger.Span.End && SubjectOfLaterClause(lead, m, before)) side = 1;
            else if (IsVictim(m)) side = 2;
            else if (FirstMatch(TargetBefore, before) is { } tm
                     && (leadTrigger is null || m.Span.Start > leadTrigger.Span.Start || TargetPreposition.IsMatch(before.Slice(tm.Index, tm.Length)))) side = 2;
            else if (leadTrigger is null) side = side1.Count == 0 ? 1 : 2;
            // An actor that opens a longer trigger phrase ("an Israeli air strike hit") is its author.
            else side = m.Span.Start < leadTrigger.Span.Start || m.Span.Start == leadTrigger.Span.Start && m.Span.End < leadTrigger.Span.End ? 1 : 2;
            (side == 1 ? side1 : side2).Add((m, m.Span.Start));
            previous = m;
            previousSide = side;
        }

        // "A civilian was attacked in Baghdad by unidentified gunmen": the subject of a passive verb is its target and the
        // agent after "by" its author, though both were read as the first side.
        if (leadTrigger is not null && PassiveBefore.IsMatch(lead.BetweenSpan(leadTrigger.Span.Start - 30, leadTrigger.Span.Start)))
        {
            var trig = leadTrigger;
            var agents = side1.Where(x => x.M.Span.Start >= trig.Span.End && AgentBefore.IsMatch(lead.BetweenSpan(x.M.Span.Start - 40, x.M.Span.Start))).ToList();
            var subjects = side1.Where(x => x.M.Span.End <= trig.Span.Start).ToList();
            if (agents.Count > 0 && subjects.Count > 0)
            {
                side1.RemoveAll(subjects.Contains);
                side2.InsertRange(0, subjects);
            }
        }

        // An armed group telling of an incident has a part in it: "HPG reported that Turkish forces struck" with no target
        // named tells of strikes on its own side; "Hezbollah announced that regime forces took the villages from IS" of its ally's.
        foreach (var t in tellers.Where(t => !side1.Concat(side2).Any(x => SameActor(x.M, t))))
            (side2.Count == 0 && side1.Count > 0 ? side2 : side1).Add((t, t.Span.Start));

        // "A and B clashed": a symmetric verb with both sides before it.
        if (side2.Count == 0 && side1.Count >= 2 && leadTrigger is not null && SymmetricClasses.Contains(leadTrigger.Class))
        {
            var moved = side1[^1];
            side1.RemoveAt(side1.Count - 1);
            side2.Add(moved);
        }

        // "Two rebels were killed in clashes with regime forces": in a fight the victims are one side and the others the
        // other, even though both come after the verb; the side that was not counted dead is coded first, as ACLED does.
        if (side1.Count == 0 && side2.Count >= 2 && leadTrigger is not null && SymmetricClasses.Contains(leadTrigger.Class))
        {
            var fighters = side2.Where(x => !victimSpans.Any(v => v.Overlaps(x.M.Span))).ToList();
            if (fighters.Count > 0 && fighters.Count < side2.Count)
            {
                side1.AddRange(fighters);
                side2.RemoveAll(fighters.Contains);
            }
        }

        // Later sentences add actors joined to a known one, victims, and agents ("was likely conducted by" is a claim, not here).
        for (var sAt = 0; sAt < sentences.Count; sAt++)
        {
            var s = sentences[sAt];
            if (s == lead) continue;
            ActorMention? prev = null;
            var prevSide = 0;
            for (var mAt = 0; mAt < s.Actors.Count; mAt++)
            {
                var m = s.Actors[mAt];
                var known1 = Knows(side1, m);
                var known2 = Knows(side2, m);
                var side = known1 ? 1 : known2 ? 2 : 0;
                if (side == 0)
                {
                    var before = s.BetweenSpan(m.Span.Start - 40, m.Span.Start);
                    var fromPrev = prev is null ? default : s.BetweenSpan(prev.Span.End, m.Span.Start);
                    if (prev is not null && prevSide != 0 && Connector.IsMatch(fromPrev)) side = prevSide;
                    else if (IsVictim(m)) side = 2;
                    else if (AgentBefore.IsMatch(before) && s.Triggers.Count > 0) side = 1;
                    else if (Responder(s, m, prev, side1, side2)) side = 2;
                    if (side != 0) (side == 1 ? side1 : side2).Add((m, m.Span.Start));
                }
                prev = m;
                prevSide = side;
            }
        }
        return new ActorSides(ToRoles(side1), ToRoles(side2));
    }

    /// <summary>
    /// "Students rioted in the town. Police fired tear gas.": <paramref name="m"/> opens a later sentence (nobody named before
    /// it, at most a few words) and answers with force at once, while the lead named only one side: it is the other side.
    /// </summary>
    private static bool Responder(SentenceView s, ActorMention m, ActorMention? prev, List<(ActorMention M, int Order)> side1, List<(ActorMention M, int Order)> side2)
    {
        if (prev is not null || side1.Count == 0 || side2.Count > 0 || Knows(side1, m)) return false;
        if (s.Between(s.Span.Start, m.Span.Start).Length > 30) return false;
        return ResponseAfter.IsMatch(s.BetweenSpan(m.Span.End, m.Span.End + 80));
    }

    /// <summary>"killed when gunmen attacked", "when gunmen laid an ambush": <paramref name="m"/> opens a clause of time and its trigger follows it at once or after a verb that carries the act's noun.</summary>
    private static bool SubjectOfLaterClause(SentenceView lead, ActorMention m, ReadOnlySpan<char> before) =>
        SubordinateSubjectBefore.IsMatch(before)
        && lead.Triggers.Any(t => ViolentActClasses.Contains(t.Class) && t.Span.Start >= m.Span.End
            && (string.IsNullOrWhiteSpace(lead.Between(m.Span.End, t.Span.Start)) || CarrierVerbBetween.IsMatch(lead.BetweenSpan(m.Span.End, t.Span.Start))));

    /// <summary>Where the first match of <paramref name="pattern"/> in <paramref name="text"/> lies (the one Match would give), if any.</summary>
    private static (int Index, int Length)? FirstMatch(Regex pattern, ReadOnlySpan<char> text)
    {
        foreach (var m in pattern.EnumerateMatches(text)) return (m.Index, m.Length);
        return null;
    }

    // Weighed for every pair of actors of an incident: the identities are compared field by field, not built as strings.
    private static bool SameActor(ActorMention a, ActorMention b)
    {
        for (var i = 0; i < a.Candidates.Count; i++)
        {
            for (var j = 0; j < b.Candidates.Count; j++)
            {
                if (SameIdentity(a.Candidates[i], b.Candidates[j])) return true;
            }
        }
        return false;
    }

    /// <summary>Whether <see cref="Identity"/> gives the two entries one string (a country's name holds no '|', so neither form
    /// can spell the other).</summary>
    private static bool SameIdentity(Lexicons.ActorEntry x, Lexicons.ActorEntry y)
    {
        var state = IsCountryForce(x);
        if (state != IsCountryForce(y)) return false;
        return state
            ? x.Country == y.Country && ForceKind(x) == ForceKind(y)
            : x.Canonical == y.Canonical && x.Country == y.Country;
    }

    private static bool IsCountryForce(Lexicons.ActorEntry e) => e.Inter == "State forces" && e.Country != "*";

    /// <summary>"Turkish soldiers" and "the Turkish Army" are one actor: state forces compare by country and kind.</summary>
    public static string Identity(Lexicons.ActorEntry e)
    {
        if (IsCountryForce(e)) return $"state:{e.Country}:{ForceKind(e)}";
        return e.Canonical + "|" + e.Country;
    }

    /// <summary>"police" for a police force (named or the generic @police), else "military".</summary>
    public static string ForceKind(Lexicons.ActorEntry e) =>
        e.Canonical == "@police" || e.Canonical.StartsWith("Police", StringComparison.Ordinal) ? "police" : "military";

    private static List<ActorRole> ToRoles(List<(ActorMention M, int Order)> side) =>
        side.Select(x => new ActorRole(x.M.Candidates[0], x.M.Span, x.M.Candidates)).ToList();
}
