using static Sitrep.Core.Coding.ClassificationPatterns;

namespace Sitrep.Core.Coding;

// Who the victims of an incident are (civilians, armed people, an armed object of a violent verb) and how its clash was
// fought: the facts of ClassificationContext that read the incident's casualties and clash words.
internal sealed partial class ClassificationContext
{
    private bool VictimsAreCivilian()
    {
        // Counted victims who are armed ("killing a soldier") settle it: a vehicle, a house or kin named near them
        // ("attacked a military vehicle", "a soldier and his son") do not make the incident an attack on civilians.
        // Civilians killed beside policemen or soldiers ("a policeman and two civilians were shot") died in an attack on the
        // armed: the codebook codes the fight, with the civilians among its dead.
        bool armedVictims = false, civilianVictims = false, namedCivilian = false;
        foreach (var c in SentenceView.Flatten(Sentences, static s => s.Casualties))
        {
            if (c.Victims is not { } v || HeldToAccount(c)) continue;
            // "a retired police officer", "an unarmed guard": out of the fight, so civilians whatever noun follows.
            if (NonCombatantQualifier.IsMatch(v) || OutOfFightAfterVictims(c)) { civilianVictims = namedCivilian = true; continue; }
            var armed = ArmedPersonWords.IsMatch(v) || NamesArmedActor(c);
            armedVictims |= armed;
            var civilian = CivilianWords.IsMatch(v) && !armed && !KinWords.IsMatch(v);
            civilianVictims |= civilian;
            namedCivilian |= civilian && !NeutralPersonWords.IsMatch(v.Trim());
        }

        // "... shot two officers. The victims were unarmed.": the report says who the harmed were, whatever they are called.
        if (VictimsUnarmed.IsMatch(Text)) return true;
        if (armedVictims) return false;
        onlyNeutralVictims = civilianVictims && !namedCivilian && !Sides.Side2.Any(a => a.Entry.Inter == Acled.InterCode.Civilians.Name);
        if (civilianVictims) return true;
        // "gunmen killed a man", "attacked a teacher": the object of the violent verb; the first such object decides
        // ("police shot militiamen who had killed civilians" is violence on the militiamen; "shot at the car of a commander",
        // read from the same verb, is violence on the commander, not on the car). It decides before a civilian second side,
        // which "targeted police and civilians" or a relative clause's "civilians" also name.
        // The whole-text search for violence on civilians runs only when its answer is read: a civilian second side with no
        // armed object decides without it.
        System.Text.RegularExpressions.Match? onCivilianFound = null;
        System.Text.RegularExpressions.Match OnCivilian() => onCivilianFound ??= ViolenceOnCivilian.Match(Text);
        if (ArmedObject is { } onArmed && (!OnCivilian().Success || onArmed.Index <= OnCivilian().Index)) return false;
        if (MemberObject is { } member && (!OnCivilian().Success || member <= TextOffset(OnCivilian().Index))) return false;
        if (Sides.Side2.Any(a => a.Entry.Inter == Acled.InterCode.Civilians.Name)) return true;
        return OnCivilian().Success
            || CivilianSuffered.IsMatch(Text);
    }

    // "Executed a soldier taken prisoner": the words right after the victims take them out of the fight.
    private bool OutOfFightAfterVictims(Annotation.CasualtyMention c) => c.VictimSpan is { } victims && OutOfFightRightAfter(victims);

    // How far after a person's words "taken prisoner", "(unarmed)" and the like are read.
    private const int OutOfFightReach = 40;

    /// <summary>Whether the words right after <paramref name="span"/>, in its sentence, take the person out of the fight.</summary>
    private bool OutOfFightRightAfter(Text.TextSpan span) =>
        SentenceView.Holding(Sentences, span) is { } s && OutOfFightAfter.IsMatch(s.BetweenSpan(span.End, span.End + OutOfFightReach));

    /// <summary>The first armed person the text names as the object (or passive subject) of a violent verb, unless a word takes them out of the fight.</summary>
    private System.Text.RegularExpressions.Match? ArmedObject
    {
        get
        {
            if (!armedObjectDone) { armedObject = FindArmedObject(); armedObjectDone = true; }
            return armedObject;
        }
    }

    private bool armedObjectDone;
    private System.Text.RegularExpressions.Match? armedObject;

    private System.Text.RegularExpressions.Match? FindArmedObject()
    {
        // The armed victim is told as the verb's object ("shot a commander") or as its passive subject ("a commander was shot").
        var active = FirstCombatant(ViolenceOnArmed);
        var passive = FirstPassiveCombatant();
        return active is null || (passive is not null && passive.Index < active.Index) ? passive : active;
    }

    // Gated by the words every match needs: most incidents lack one, and then the whole-text scan is skipped.
    private System.Text.RegularExpressions.Match? FirstCombatant(Lexicons.GatedRegex pattern) =>
        pattern.MayMatch(Text) ? FirstCombatant(pattern.Regex.Match(Text)) : null;

    // The first of the matches from m on whose words, or the words right after them ("six guards (unarmed)"), do not take
    // the person out of the fight.
    private System.Text.RegularExpressions.Match? FirstCombatant(System.Text.RegularExpressions.Match m)
    {
        for (; m.Success; m = m.NextMatch())
        {
            var end = m.Index + m.Length;
            if (!NonCombatantQualifier.IsMatch(m.ValueSpan) && !OutOfFightAfter.IsMatch(Text.AsSpan(end, Math.Min(OutOfFightReach, Text.Length - end)))) return m;
        }
        return null;
    }

    /// <summary>What <c>FirstCombatant(ArmedSuffered)</c> finds, with the scan started where a match can first start.</summary>
    /// <remarks>The row opens with up to two words of any kind, so its scan tries a match at every word of the text; its core
    /// (the row from the armed person on) can start only at an armed-person word and scans far faster. A match's words before
    /// its core lie in one run of word characters and spaces, and its core is a match of the core row, at or after the core's
    /// first: no match starts before the run that ends at that first core, so the row's scan starts at the run's start and
    /// finds the matches a scan of the whole text finds.</remarks>
    private System.Text.RegularExpressions.Match? FirstPassiveCombatant()
    {
        if (!ArmedSuffered.MayMatch(Text)) return null;
        var core = ArmedSufferedCore.Regex.Match(Text);
        if (!core.Success) return null;
        var from = core.Index;
        while (from > 0 && InWordRun(Text[from - 1])) from--;
        return FirstCombatant(ArmedSuffered.Regex.Match(Text, from));
    }

    // A character a run of [\w'-] and \s may hold. Any character outside ASCII, and any control character, counts: the walk
    // back may go too far (a longer scan, the same matches), never stop short.
    private static bool InWordRun(char c) => c >= 128 || c <= ' ' || char.IsAsciiLetterOrDigit(c) || c is '_' or '\'' or '-';

    /// <summary>The victims are civilians only because the dead are counted as "people", "men" or "persons".</summary>
    /// <remarks>"Fought for two days, killing 13 people": the dead of a fight are no sign of an attack on civilians.</remarks>
    public bool VictimsOnlyPeople => VictimsCivilian && onlyNeutralVictims;

    private bool onlyNeutralVictims;

    /// <summary>Every clash word of the incident is a one-sided assault (an attack, ambush, raid or operation), none a fight.</summary>
    public bool ClashesOneSided => Triggers.Where(t => t.Class == "clash").All(t => OneSidedClash.IsMatch(WordOf(t)));

    /// <summary>The remote trigger is the means of the clash trigger: in its sentence, within a few words of it, and not
    /// named as something taken or destroyed.</summary>
    public bool RemoteMeansOf(Annotation.TriggerMention remote, Annotation.TriggerMention clash)
    {
        if (Sentences.FirstOrDefault(s => s.Span.Contains(remote.Span) && s.Span.Contains(clash.Span)) is not { } s) return false;
        var gap = Math.Max(remote.Span.Start - clash.Span.End, clash.Span.Start - remote.Span.End);
        var between = gap <= 0 ? "" : s.Between(Math.Min(remote.Span.End, clash.Span.End), Math.Max(remote.Span.Start, clash.Span.Start));
        return gap <= 60 && !ClauseBreak.IsMatch(between) && !RemoteObjectBefore.IsMatch(s.BetweenSpan(remote.Span.Start - 40, remote.Span.Start));
    }

    /// <summary>The lead clash trigger is a one-sided assault on a civilian target ("ambushed a bus", "stormed the home of a chief").</summary>
    public bool ClashOnCivilianTarget => ClashLead is { } t && SentenceView.Holding(Sentences, t.Span) is { } s
        && AssaultOnCivilianTarget.IsMatch(s.BetweenSpan(t.Span.Start, t.Span.Start + 100));

    /// <summary>The lead clash trigger names an armed force's post as its target ("attacked the army checkpoint").</summary>
    public bool ClashOnPosition => ClashLead is { } t && PositionTarget.IsMatch(WordOf(t));

    /// <summary>The word of the lead clash trigger names two sides in itself ("clashed", "a gunfight"), unlike "ambushed" or
    /// "stormed", and is not only the background of something else ("families who had fled fighting").</summary>
    public bool TwoSidedClashLead => ClashLead is { } t && TwoSidedClash.IsMatch(WordOf(t))
        && SentenceView.Holding(Sentences, t.Span) is { } s && !BackgroundClashBefore.IsMatch(s.BetweenSpan(t.Span.Start - 40, t.Span.Start));

    /// <summary>"two al-Shabaab suspects", "three NPA members": victims named by an armed group are combatants, whatever noun follows.</summary>
    private bool NamesArmedActor(Annotation.CasualtyMention c)
    {
        if (c.VictimSpan is not { } victims) return false;
        for (var sAt = 0; sAt < Sentences.Count; sAt++)
        {
            var s = Sentences[sAt];
            if (!s.Span.Contains(c.Span)) continue;
            for (var aAt = 0; aAt < s.Actors.Count; aAt++)
            {
                var a = s.Actors[aAt];
                // "two men affiliated with <group>", "a man belonging to <group>": the group named just after the victims.
                if (a.Span.Start >= victims.End && IsNamedArmed(a) && MemberLink.IsMatch(s.BetweenSpan(victims.End, a.Span.Start))
                    && !ActorAreaAfter.IsMatch(s.BetweenSpan(a.Span.End, a.Span.End + 15)) && !(c.Victims is { } kin && NotMember.IsMatch(kin))) return true;
                if (!a.Span.Overlaps(victims) || a.Candidates.Count == 0 || a.Candidates[0].IsGeneric || !Acled.InterCode.IsArmedName(a.Candidates[0].Inter)
                    || UnarmedBodies.IsMatch(a.Candidates[0].Canonical)) continue;
                // "Two Fulani herdsmen": an ethnic or communal name before a civilian noun says who the civilians are, not
                // that they belong to the group's militia ("Fulani militiamen" are caught by the armed-person words).
                if (a.Candidates[0].Inter == Acled.InterCode.IdentityMilitia.Name && c.Victims is { } v && CivilianWords.IsMatch(v)) continue;
                return true;
            }
        }
        return false;
    }

    /// <summary>Members of the state's force arrested when that force alone acted ("two officers have been arrested" after police
    /// tortured a man): they answer for the act, they did not fight in it.</summary>
    private bool HeldToAccount(Annotation.CasualtyMention c) => c.Kind == Annotation.CasualtyKind.Arrested && c.Victims is { } v
        && Sides.Side1.Count > 0 && Sides.Side1.All(static a => a.Entry.IsStateForce) && HeldForceMembers.IsMatch(v);

    private bool VictimsAreArmed() => Side2Armed || ArmedVictimTold;

    /// <summary>The words tell of an armed victim: fighters among the counted victims, an armed person or a named group's member
    /// as the object of a violent verb (unlike <see cref="VictimsArmed"/>, an armed actor the sides put second is not enough).</summary>
    public bool ArmedVictimTold
    {
        get
        {
            foreach (var c in SentenceView.Flatten(Sentences, static s => s.Casualties))
            {
                if (c.Victims is { } v && !HeldToAccount(c) && !NonCombatantQualifier.IsMatch(v) && (ArmedPersonWords.IsMatch(v) || NamesArmedActor(c))) return true;
            }
            return ArmedObject is not null || MemberObject is not null;
        }
    }

    /// <summary>People, not only their property, are told as victims: a violent verb whose object is people rather than a home,
    /// village or vehicle, civilians told as suffering it, or an attack word of bodily harm ("shot", "beat", "tied up").</summary>
    public bool PeopleHarmed
    {
        get
        {
            if (CivilianSuffered.IsMatch(Text)) return true;
            if (Triggers.Any(t => t.Class is "attack" or "clash" && PersonHarmWord.IsMatch(WordOf(t)))) return true;
            if (Triggers.Any(t => t.Class is "attack" or "clash" or "loot" && SentenceView.Holding(Sentences, t.Span) is { } s
                && PeopleObjectAfter.IsMatch(s.BetweenSpan(t.Span.End, t.Span.End + 60)))) return true;
            for (var m = ViolenceOnCivilian.Match(Text); m.Success; m = m.NextMatch())
            {
                if (!PropertyObjectEnd.IsMatch(m.Value)) return true;
            }
            return false;
        }
    }

    /// <summary>Where the violent verb whose object is a named armed group's member (or vehicle, post, weapon) starts, as an
    /// absolute offset (the group's name for the passive): "assassinated a leader of HTS", "attacked an SDF vehicle", "a JMT member was shot".</summary>
    /// <remarks>A generic name ("gunmen") or an unarmed body is no group; kin and supporters of a group ("the son of a commander")
    /// and ground a group holds ("HTS-held") are no members.</remarks>
    private int? MemberObject
    {
        get
        {
            if (!memberObjectDone) { memberObject = FindMemberObject(); memberObjectDone = true; }
            return memberObject;
        }
    }

    private bool memberObjectDone;
    private int? memberObject;

    private int? FindMemberObject()
    {
        for (var sAt = 0; sAt < Sentences.Count; sAt++)
        {
            var s = Sentences[sAt];
            for (var aAt = 0; aAt < s.Actors.Count; aAt++)
            {
                var a = s.Actors[aAt];
                // The state's forces named generically ("an army vehicle", "a regime convoy") own the object as a named group does.
                if (!(IsNamedArmed(a) || (a.Candidates.Count > 0 && a.Candidates[0].IsStateForce)) || ActorAreaAfter.IsMatch(s.BetweenSpan(a.Span.End, a.Span.End + 15))
                    || FormerBefore.IsMatch(s.BetweenSpan(a.Span.Start - 12, a.Span.Start))) continue;
                var from = Math.Max(a.Span.Start - 80, s.Span.Start);
                var before = MemberObjectBefore.Match(s.Between(from, a.Span.Start));
                // The verb's own position, so that "attacked a QSD vehicle" is weighed against "attacked a vehicle" at the same verb.
                if (before.Success && !NotMember.IsMatch(before.Value) && !NonCombatantQualifier.IsMatch(before.Value)) return from + before.Index;
                if (MemberSufferedAfter.IsMatch(s.BetweenSpan(a.Span.End, a.Span.End + 70))) return a.Span.Start;
            }
        }
        return null;
    }

    // A named armed actor: not a generic name, not an unarmed body of the other-forces category, and not a community's name
    // ("members of the Fulani community" are its people; its fighters are named by armed-person words).
    private static bool IsNamedArmed(Annotation.ActorMention a) =>
        a.Candidates.Count > 0 && !a.Candidates[0].IsGeneric && Acled.InterCode.IsArmedName(a.Candidates[0].Inter)
        && a.Candidates[0].Inter != Acled.InterCode.IdentityMilitia.Name
        && !UnarmedBodies.IsMatch(a.Candidates[0].Canonical);

    // The absolute offset of a position in Text, which joins the sentences with one space each.
    private int TextOffset(int index)
    {
        var at = 0;
        for (var sAt = 0; sAt < Sentences.Count; sAt++)
        {
            var s = Sentences[sAt];
            if (index <= at + s.Text.Length) return s.Span.Start + (index - at);
            at += s.Text.Length + 1;
        }
        return int.MaxValue;
    }
}
