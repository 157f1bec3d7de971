using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding.Claims;
using Sitrep.Core.Coding.Incidents;

namespace Sitrep.Core.Coding.Stages;

/// <summary>The version of an incident the event codes, and why: its type, weapon, claims and source.</summary>
public sealed record Account(string EventType, string SubEventType, string Primary, WeaponMention? Weapon, List<ClaimCandidate> Claims, CueMention? SourceCue);

/// <summary>Decides which version leads: the report's own account, the account it attributes to a source, or, when it names no
/// cause, the one claim that names a weapon and a perpetrator; a group claiming an attack is its perpetrator.</summary>
/// <remarks>Adds the perpetrator a claim names to the front of <c>side1</c> (and takes it off <c>side2</c>).</remarks>
internal static class PrimaryAccount
{
    public static Account Decide(DocumentAnnotations doc, Incident inc, Classification cls, Toll toll, List<ActorRole> side1, List<ActorRole> side2)
    {
        var main = inc.Main;
        var lead = inc.Lead;
        // Weapon: the first named in the incident's own sentences.
        WeaponMention? weapon = null;
        foreach (var m in main)
        {
            foreach (var w in m.Weapons)
            {
                if (!inc.InClaim(w.Span)) { weapon = w; break; }
            }
            if (weapon is not null) break;
        }
        var claims = ClaimBuilder.Build(inc);
        var primary = "the report's own account";
        var eventType = cls.EventType;
        var subType = cls.SubEventType;
        // When the report itself names no cause of an explosion, the version naming a weapon and a perpetrator leads.
        if (cls.Family == ClassFamily.Remote && cls.Trigger is not null && doc.Text.Text[cls.Trigger.Span.Start..cls.Trigger.Span.End] is var word
            && CodingWords.BareExplosion.IsMatch(word))
        {
            var specific = claims.FirstOrDefault(c => c.Asserts.ContainsKey("sub_event_type") && c.Asserts.ContainsKey("actor1") && c.Certainty != Certainty.Denied);
            if (specific is not null)
            {
                eventType = (string)specific.Asserts["event_type"]!;
                subType = (string)specific.Asserts["sub_event_type"]!;
                var perpetrator = specific.Actors.FirstOrDefault();
                if (perpetrator is not null)
                {
                    if (side1.Count > 0 && side1[0].Entry == SyntheticActors.Unidentified) side1.RemoveAt(0);
                    side1.Insert(0, perpetrator);
                }
                primary = $"claim by {specific.Source}: the only version that names a weapon and a perpetrator; the report itself gives no cause";
                if (specific.Asserts.TryGetValue("weapon", out var w) && w is string ws && weapon is null)
                    weapon = doc.Weapons.FirstOrDefault(x => x.Weapon == ws);
            }
        }
        if (weapon is null && cls.Family == ClassFamily.Remote && cls.Trigger is not null)
            weapon = doc.Weapons.FirstOrDefault(w => w.Span.Overlaps(cls.Trigger.Span));

        // Source: who the report attributes the whole account to ("the Turkish Defense Ministry reported").
        var sourceCue = lead.Cues.FirstOrDefault(c => c.Kind == "source");

        // The account the report attributes to a named source is itself a claim, and the primary coding follows it.
        // The source may be an actor speaking for itself ("HTS claimed that its fighters killed ...").
        var leadCertainty = lead.Certainty.FirstOrDefault(Certainty.IsHedged) ?? (lead.Certainty.Contains(Certainty.Reported) ? Certainty.Reported : null);
        var speaker = sourceCue?.Value;
        if (speaker is null && leadCertainty is Certainty.Claimed or Certainty.Denied)
        {
            var verb = lead.Cues.First(c => c.Kind == "certainty" && c.Value == leadCertainty);
            speaker = ClaimBuilder.SpeakerBefore(lead, verb);
        }
        if (speaker is not null && leadCertainty is not null && primary == "the report's own account")
        {
            var asserts = new Dictionary<string, object?> { ["event_type"] = eventType, ["sub_event_type"] = subType, ["fatalities"] = toll.Fatalities };
            if (toll.Injuries is { } inj) asserts["injuries"] = inj;
            // "... killed twelve people; Al Shabaab claimed responsibility": the lead's own claim names its perpetrator, as a
            // separate claim sentence would.
            List<ActorRole> owners = [];
            if (ClaimBuilder.Owner(lead) is { } owner)
            {
                owners.Add(owner);
                asserts["responsibility"] = true;
                asserts["actor1"] = owner.Entry.Canonical;
            }
            claims.Insert(0, new ClaimCandidate(speaker, leadCertainty, asserts, lead.Span, owners));
            primary = $"the account the report attributes to {speaker} ({leadCertainty})";
        }

        // ACLED codes a group that claims an attack as its perpetrator, unless the report itself names another.
        if (side1.Count == 0 || SyntheticActors.IsUnidentified(side1[0].Entry))
        {
            var owner = claims.FirstOrDefault(c => c.Asserts.ContainsKey("responsibility") && c.Certainty != Certainty.Denied && c.Actors.Count > 0);
            if (owner is not null && !claims.Any(c => c.Certainty == Certainty.Denied && c.Asserts.ContainsKey("responsibility")))
                Perpetrator(owner.Actors[0], $"actor1 from the claim of responsibility by {owner.Actors[0].Entry.Canonical} (ACLED codes the group that claims an attack as its perpetrator)");
        }

        // ACLED codes a suspected perpetrator ("Al Shabaab is suspected", "the gunmen are believed to be al-Shabaab") when the
        // report names no other: the one armed group the report's own hedged sentences name, unless a claim denies it.
        if ((side1.Count == 0 || SyntheticActors.IsUnidentified(side1[0].Entry)) && SuspectedPerpetrator(inc, claims) is { } suspect)
            Perpetrator(suspect, $"actor1 {suspect.Entry.Canonical}, the perpetrator the report suspects (ACLED codes a suspected perpetrator)");

        return new Account(eventType, subType, primary, weapon, claims, sourceCue);

        // The group a claim or a suspicion names takes the unidentified actor1's place, and leaves the other side.
        void Perpetrator(ActorRole actor, string why)
        {
            if (side1.Count > 0) side1.RemoveAt(0);
            side1.Insert(0, actor);
            side2.RemoveAll(a => a.Entry == actor.Entry);
            primary = primary == "the report's own account" ? why : $"{primary}; {why}";
        }
    }

    /// <summary>The one named non-state armed group of the incident's sentences that the report itself hedges as likely, if
    /// there is exactly one, it is not one of alternatives, and no claim denies.</summary>
    private static ActorRole? SuspectedPerpetrator(Incident inc, List<ClaimCandidate> claims)
    {
        if (claims.Any(c => c.Certainty == Certainty.Denied)) return null;
        ActorRole? found = null;
        foreach (var c in claims.Where(c => c.Certainty == Certainty.Likely))
        {
            if (inc.ClaimSentences.FirstOrDefault(s => s.Span == c.Span) is not { } sentence) continue;
            foreach (var a in sentence.Actors)
            {
                var e = a.Candidates[0];
                if (e.IsGeneric || e.Synthetic || !InterCode.IsNonStateArmedName(e.Inter)) continue;
                int start = a.Span.Start - sentence.Span.Start, end = a.Span.End - sentence.Span.Start;
                if (CodingWords.SuspectAlternativeAfter.IsMatch(sentence.Text.AsSpan(end))
                    || CodingWords.SuspectAlternativeBefore.IsMatch(sentence.Text.AsSpan(0, start))) return null;
                if (found is not null && found.Entry != e) return null;
                found ??= new ActorRole(e, a.Span, a.Candidates);
            }
        }
        return found;
    }
}
