using Sitrep.Core.Annotation;
using Sitrep.Core.Acled;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Coding.Stages;

/// <summary>The sides of an incident under ACLED's names for its event type.</summary>
public sealed record NamedSides(List<ActorRole> Side1, List<ActorRole> Side2);

/// <summary>Names the sides the way ACLED does for the event type: crowds as "Protesters (Country)" or "Rioters (Country)"
/// with the groups in them associated, victims as "Civilians (Country)", an unnamed attacker as an unidentified armed group.</summary>
internal static class SideNaming
{
    public static NamedSides Name(Classification cls, List<SentenceView> main, ActorSides sides, DocumentAnnotations report, List<SentenceView> attributed)
    {
        var side1 = sides.Side1.ToList();
        var side2 = sides.Side2.ToList();
        // Crowds and civilians take ACLED's generic names when the text names no organisation.
        var type = cls.EventType;
        if (type == EventType.Protests.Name)
        {
            // Women, students or traders who protest are the crowd's associates: ACLED's actor is "Protesters (Country)".
            if (!side1.Any(a => a.Entry.Inter == InterCode.Protesters.Name && a.Entry.Canonical.StartsWith("Protesters", StringComparison.Ordinal)))
            {
                // ACLED names the crowd "Protesters (Country)"; unions, traders or students who protest are its associates.
                var crowd = side1.Concat(side2).FirstOrDefault(a => a.Entry.Inter == InterCode.Protesters.Name && a.Entry.Canonical.StartsWith("Protesters", StringComparison.Ordinal));
                var groups = side1.Concat(side2).Where(a => a.Entry.Inter == InterCode.Protesters.Name && a != crowd).ToList();
                side1.RemoveAll(a => a.Entry.Inter == InterCode.Protesters.Name);
                side2.RemoveAll(a => a.Entry.Inter == InterCode.Protesters.Name);
                side1.InsertRange(0, groups);
                // Parties, unions and social groups that protest are associates of the protesters.
                var assoc = side1.Where(a => !InterCode.IsArmedName(a.Entry.Inter) || a.Entry.Inter == InterCode.PoliticalMilitia.Name && !a.Entry.IsGeneric).ToList();
                side1 = [crowd ?? new ActorRole(SyntheticActors.Protesters, null), .. assoc.Where(a => a != crowd)];
            }
            // "Civil contractors, including their federation, protested ... The protesters demanded": the crowd leads its groups.
            else if (side1.FindIndex(IsCrowd) is > 0 and var at)
            {
                var crowd = side1[at];
                side1.RemoveAt(at);
                side1.Insert(0, crowd);
            }
            side1 = WithLabour(side1, main);
            if (cls.SubEventType == SubEventType.PeacefulProtest.Name) side2 = side2.Where(a => a.Entry.Inter != InterCode.StateForces.Name).ToList();
            else if (!side2.Any(a => a.Entry.Inter == InterCode.StateForces.Name))
            {
                var force = side1.FirstOrDefault(a => a.Entry.Inter == InterCode.StateForces.Name);
                if (force is not null) { side1.Remove(force); side2.Insert(0, force); }
                else if (CodingWords.PoliceWords.IsMatch(string.Join(" ", main.Select(m => m.Text))))
                    side2.Insert(0, new ActorRole(SyntheticActors.Police, null));
            }
        }
        else if (type == EventType.Riots.Name)
        {
            // The codebook codes the rioters as actor1 and the force that meets them as actor2, whoever the sentence names
            // first: "Police fired to disperse a crowd of rioting youths" leads with the crowd too.
            if (side1.FirstOrDefault()?.Entry.Inter != InterCode.Rioters.Name)
            {
                var crowd = side1.Concat(side2).FirstOrDefault(a => (a.Entry.Inter == InterCode.Rioters.Name || a.Entry.Inter == InterCode.Protesters.Name));
                // Students or traders who riot are associates of "Rioters (Country)", as with protests.
                var groups = side1.Concat(side2)
                    .Where(a => a.Entry.Inter == InterCode.Protesters.Name && !a.Entry.Canonical.StartsWith("Protesters", StringComparison.Ordinal))
                    .ToList();
                side1.RemoveAll(a => (a.Entry.Inter == InterCode.Rioters.Name || a.Entry.Inter == InterCode.Protesters.Name));
                side2.RemoveAll(a => (a.Entry.Inter == InterCode.Rioters.Name || a.Entry.Inter == InterCode.Protesters.Name));
                var assoc = side1.ToList();
                side1 = [new ActorRole(SyntheticActors.Rioters, crowd?.Span), .. groups, .. assoc.Where(a => a.Entry.Inter != InterCode.StateForces.Name)];
                side2.InsertRange(0, assoc.Where(a => a.Entry.Inter == InterCode.StateForces.Name));
            }
            // Two crowds fighting each other ("farmers and herders fought") are rioters on both sides, each with its group.
            var crowd2 = side2.Where(a => a.Entry.Inter is var i && (i == InterCode.Civilians.Name || i == InterCode.Protesters.Name) && !a.Entry.Canonical.StartsWith("Civilians", StringComparison.Ordinal)).ToList();
            if (crowd2.Count > 0 && !side2.Any(a => InterCode.IsArmedName(a.Entry.Inter) || a.Entry.Inter == InterCode.Rioters.Name))
            {
                side2.RemoveAll(crowd2.Contains);
                side2.InsertRange(0, [new ActorRole(SyntheticActors.Rioters, null), .. crowd2]);
            }
            // "Students stoned cars; police fired tear gas": the force that broke up a violent demonstration is its other
            // side, as with a protest met by force, even when the report never names the police beside a verb of its own.
            if (cls.SubEventType == SubEventType.ViolentDemonstration.Name && !side1.Concat(side2).Any(a => a.Entry.Inter == InterCode.StateForces.Name)
                && string.Join(" ", main.Select(m => m.Text)) is var said && ClassificationPatterns.InterventionWords.IsMatch(said) && CodingWords.PoliceWords.IsMatch(said))
            {
                side2.RemoveAll(a => a.Entry.Canonical.StartsWith("Civilians", StringComparison.Ordinal));
                side2.Insert(0, new ActorRole(SyntheticActors.Police, null));
            }
            if (cls.SubEventType != SubEventType.MobViolence.Name) side1 = WithLabour(side1, main);
            // Rival crowds ("supporters of the two candidates threw stones at each other") are rioters on both sides.
            if (side2.Count == 0 && ClassificationPatterns.RivalCrowds.IsMatch(string.Join(" ", main.Select(m => m.Text))))
                side2.Add(new ActorRole(SyntheticActors.Rioters, null));
            if (cls.SubEventType == SubEventType.MobViolence.Name) side1 = WithVigilantes(side1, side2, main);
            if (cls.SubEventType == SubEventType.MobViolence.Name) side2 = SuspectsAsCivilians(side2, main, report);
            if (cls.SubEventType == SubEventType.MobViolence.Name && side2.Count == 0) side2.Add(new ActorRole(SyntheticActors.Civilians, null));
        }
        else if (cls.SubEventType == SubEventType.Arrests.Name)
        {
            // ACLED codes the people arrested as civilians (their party, union or group associated), and an arrest with
            // no named arresting force as the police's.
            // Only the state's arrests are coded so: an armed group that detains people names whom it took, and fighters
            // arrested by an unnamed side may have been taken by any armed group.
            var byState = side1.Count == 0 || side1[0].Entry.Inter == InterCode.StateForces.Name;
            if (byState && !side2.Any(a => InterCode.IsArmedName(a.Entry.Inter)))
            {
                if (!side2.Any(a => a.Entry.Canonical.StartsWith("Civilians", StringComparison.Ordinal)))
                    side2.Insert(0, new ActorRole(SyntheticActors.Civilians, null));
                // Where the report names an armed group, it may be the one that detained: then the side stays unnamed.
                if (side1.Count == 0 && !main.Any(m => m.Actors.Any(a => InterCode.IsArmedName(a.Candidates[0].Inter))))
                    side1.Add(new ActorRole(SyntheticActors.Police, null));
            }
        }
        else if (cls.SubEventType == SubEventType.LootingPropertyDestruction.Name)
        {
            // Houses burned or goods looted belong to someone: when the report names no owner, ACLED codes them civilians.
            // A report that also names another armed side, or people hurt, tells of a fight whose other side is not known.
            var own = side1.Select(a => RoleAssigner.Identity(a.Entry)).ToHashSet();
            bool Own(ActorMention a) => a.Candidates.Any(c => own.Contains(RoleAssigner.Identity(c)));
            if (side1.Count > 0 && side2.Count == 0 && side1.All(a => a.Entry.Inter != InterCode.Civilians.Name)
                && report.Casualties.Count == 0 && report.Actors.All(a => Own(a) || !InterCode.IsArmedName(a.Candidates[0].Inter)))
                side2.Add(new ActorRole(SyntheticActors.Civilians, null));
        }
        else if (type == EventType.ViolenceAgainstCivilians.Name)
        {
            if (side1.Count > 0 && side1.All(a => a.Entry.Inter == InterCode.Civilians.Name) && side2.Any(a => a.Entry.Inter != InterCode.Civilians.Name))
                (side1, side2) = (side2, side1);
            // Civilians, and the social groups ACLED associates with crowds, are never the perpetrators in the codebook ("a man
            // shot dead his neighbour"): whoever harms civilians is an armed actor, unidentified when the report names none,
            // and the people a side names are among the harmed. A named party or union stays: its activists may be the attackers.
            if (side1.Count > 0 && side1.All(a => a.Entry.Inter == InterCode.Civilians.Name || a.Entry.Inter == InterCode.Protesters.Name && (a.Entry.IsGeneric || a.Entry.Synthetic)))
            {
                side2.InsertRange(side2.Count > 0 && side2[0].Entry.Canonical.StartsWith("Civilians", StringComparison.Ordinal) ? 1 : 0,
                    side1.Where(a => !side2.Any(b => b.Entry == a.Entry)));
                side1.Clear();
            }
            if (side1.Count == 0) FromItsGround(side1, side2, main, attributed);
            side2.RemoveAll(a => InterCode.IsArmedName(a.Entry.Inter) && side1.Count > 0);
            if (!side2.Any(a => a.Entry.Inter == InterCode.Civilians.Name)) side2.Insert(0, new ActorRole(SyntheticActors.Civilians, null));
            if (side1.Count == 0) side1.Add(new ActorRole(SyntheticActors.Unidentified, null));
        }
        else if (type == EventType.Battles.Name || type == EventType.ExplosionsRemoteViolence.Name)
        {
            // Whoever the report does not name fired or planted it, unless it tells whose ground the fire came from; the
            // people it killed are civilians all the same.
            if (side1.Count == 0 && type == EventType.ExplosionsRemoteViolence.Name) FromItsGround(side1, side2, main, attributed);
            if (side1.Count == 0) side1.Add(new ActorRole(SyntheticActors.Unidentified, null));
            if (side2.Count == 0 && type == EventType.ExplosionsRemoteViolence.Name && Victims(main) is { } victims)
                side2.Add(victims);
            // "Two people died in an ethnic clash": a fight between communities the report does not name has the same
            // unnamed militia on both sides.
            if (type == EventType.Battles.Name && side2.Count == 0 && cls.SubEventType == SubEventType.ArmedClash.Name)
                side2.Add(new ActorRole(IsUnnamedIdentityMilitia(side1[0].Entry) ? side1[0].Entry : SyntheticActors.Unidentified, null));
        }

        return new NamedSides(UnderItsPeople(side1, cls), UnderItsPeople(side2, cls));
    }

    /// <summary>"A Papuan man was beaten by soldiers", "30 Papuans were arrested": an ethnic group ("X Ethnic Group
    /// (Country)") is ACLED's associate of the people it names, never a side's actor; the side is led by the civilians,
    /// protesters or rioters of the event's type.</summary>
    private static List<ActorRole> UnderItsPeople(List<ActorRole> side, Classification cls)
    {
        if (side.Count == 0 || !side[0].Entry.Canonical.Contains(" Ethnic Group (", StringComparison.Ordinal)) return side;
        var people = cls.EventType == EventType.Protests.Name ? SyntheticActors.Protesters
            : cls.EventType == EventType.Riots.Name ? SyntheticActors.Rioters
            : SyntheticActors.Civilians;
        return [new ActorRole(people, null), .. side];
    }

    /// <summary>"Unidentified Ethnic Militia", "Unidentified Communal Militia": an identity militia the report names by no community.</summary>
    private static bool IsUnnamedIdentityMilitia(ActorEntry e) =>
        e.IsGeneric && e.Inter == InterCode.IdentityMilitia.Name && e.Canonical.StartsWith("Unidentified ", StringComparison.Ordinal);

    /// <summary>A crowd the report names by no trade, demanding pay, jobs or better work, is associated with ACLED's Labour Group.</summary>
    private static List<ActorRole> WithLabour(List<ActorRole> side1, List<SentenceView> main)
    {
        var groups = side1.Skip(1).Where(a => a.Entry.Inter == InterCode.Protesters.Name).ToList();
        if (side1.Count == 0 || groups.Any(a => !NonTrade(a))) return side1;
        // Students asking for their allowances ask for no trade's pay; for jobs or a labour law they speak for workers too.
        var demand = groups.Count > 0 ? CodingWords.LabourJobs : CodingWords.LabourDemand;
        foreach (var s in main)
        {
            if (demand.Match(s.Text) is { Success: true } m)
                return [.. side1, new ActorRole(SyntheticActors.LabourGroup, new Text.TextSpan(s.Span.Start + m.Index, s.Span.Start + m.Index + m.Length))];
        }
        return side1;
    }

    /// <summary>Rioters who punish someone they hold guilty of a crime (a lynching, a suspected thief beaten) are associated
    /// with ACLED's Vigilante Group; a vigilante group the report names joins the rioters' side rather than the victims'.</summary>
    private static List<ActorRole> WithVigilantes(List<ActorRole> side1, List<ActorRole> side2, List<SentenceView> main)
    {
        // "A vigilante mob": the crowd is ACLED's rioters, the vigilantes their associate.
        if (side1.Count > 1 && IsVigilantes(side1[0]) && side1.FirstOrDefault(a => a.Entry.Inter == InterCode.Rioters.Name) is { } rioters)
            return [rioters, .. side1.Where(a => a != rioters)];
        if (side1.Count == 0 || side1[0].Entry.Inter != InterCode.Rioters.Name || side1.Any(IsVigilantes)) return side1;
        var named = side2.FirstOrDefault(IsVigilantes);
        if (named is not null)
        {
            side2.Remove(named);
            return [side1[0], named, .. side1.Skip(1)];
        }
        foreach (var s in main)
        {
            if (CodingWords.MobJustice.Match(s.Text) is { Success: true } m)
                return [side1[0], new ActorRole(SyntheticActors.VigilanteGroup, new Text.TextSpan(s.Span.Start + m.Index, s.Span.Start + m.Index + m.Length)), .. side1.Skip(1)];
        }
        return side1;
    }

    /// <summary>"A mob lynched two suspected robbers": people a crowd punishes as suspected criminals are civilians in ACLED's
    /// coding, though the words that describe them ("robbers", "gangsters", "cattle rustlers") name an armed group elsewhere.
    /// A group the report names by its own name ("an NDC-R element") stays.</summary>
    private static List<ActorRole> SuspectsAsCivilians(List<ActorRole> side2, List<SentenceView> main, DocumentAnnotations report)
    {
        if (!main.Any(s => CodingWords.MobJustice.IsMatch(s.Text))) return side2;
        var text = report.Text.Text;
        bool Described(ActorRole a) => a.Span is { } span && InterCode.IsNonStateArmedName(a.Entry.Inter)
            && (a.Entry.IsGeneric || a.Entry.Aliases.Any(x => !x.Any(char.IsUpper) && x.Equals(text.Substring(span.Start, span.Length), StringComparison.OrdinalIgnoreCase)));
        var suspects = side2.Where(Described).ToList();
        if (suspects.Count == 0) return side2;
        var rest = side2.Where(a => !suspects.Contains(a)).ToList();
        var civilians = rest.FirstOrDefault(a => a.Entry.Inter == InterCode.Civilians.Name && a.Entry.Canonical.StartsWith("Civilians", StringComparison.Ordinal));
        if (civilians is not null) rest.Remove(civilians);
        return [civilians ?? new ActorRole(SyntheticActors.Civilians, suspects[0].Span), .. rest];
    }

    private static bool IsCrowd(ActorRole a) =>
        a.Entry.Inter == InterCode.Protesters.Name && a.Entry.Canonical.StartsWith("Protesters", StringComparison.Ordinal);

    private static bool NonTrade(ActorRole a) =>
        CodingWords.NonTradeGroups.Any(g => a.Entry.Canonical.StartsWith(g + " (", StringComparison.Ordinal));

    private static bool IsVigilantes(ActorRole a) => SyntheticActors.IsVigilanteGroup(a.Entry);

    /// <summary>"The shells were fired from positions of the RSF", "the shot was fired from Houthi positions": a named armed
    /// group or force from whose ground the incident's fire came.</summary>
    private static ActorRole? FiredFrom(List<SentenceView> main)
    {
        foreach (var s in main)
        {
            foreach (var a in s.Actors)
            {
                if (a.Candidates.Count == 0 || a.Candidates[0].IsGeneric || !InterCode.IsArmedName(a.Candidates[0].Inter)) continue;
                var before = s.BetweenSpan(a.Span.Start - 80, a.Span.Start);
                if (CodingWords.FiredFromBefore.IsMatch(before)
                    || CodingWords.FiredFromBareBefore.IsMatch(before) && CodingWords.OwnGroundAfter.IsMatch(s.BetweenSpan(a.Span.End, a.Span.End + 20)))
                    return new ActorRole(a.Candidates[0], a.Span, a.Candidates);
            }
        }
        return null;
    }

    // The side the fire came from leads, and is nobody's target. The words may be a witness's ("residents said the shot was
    // fired from Houthi positions"): the incident's attributed sentences are read after its own.
    private static void FromItsGround(List<ActorRole> side1, List<ActorRole> side2, List<SentenceView> main, List<SentenceView> attributed)
    {
        if ((FiredFrom(main) ?? FiredFrom(attributed)) is not { } origin) return;
        side1.Add(origin);
        side2.RemoveAll(a => a.Entry == origin.Entry);
    }

    private static ActorRole? Victims(List<SentenceView> main)
    {
        foreach (var c in SentenceView.Flatten(main, static m => m.Casualties))
        {
            if (c.Victims is { } v && CodingWords.VictimPeople.IsMatch(v))
                return new ActorRole(SyntheticActors.Civilians, c.VictimSpan);
        }
        return null;
    }
}
