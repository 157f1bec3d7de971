using System.Text.RegularExpressions;
using Sitrep.Core.Text;
using Sitrep.Core.Annotation;

namespace Sitrep.Core.Coding;

/// <summary>The ACLED event type and sub-event type for an incident, and the trigger that decided it.</summary>
public sealed record Classification(string EventType, string SubEventType, TriggerMention? Trigger, string Family);

/// <summary>Chooses event_type and sub_event_type from trigger classes, victims and actors, following ACLED's definitions.</summary>
/// <remarks>
/// ACLED separates events by who acts on whom: armed groups fighting each other are Battles, armed groups against
/// unarmed people are Violence against civilians, remote weapons are Explosions, crowds are Protests or Riots.
/// Trigger words say what happened; the actors and the victims decide which of these it is.
/// </remarks>
public static partial class EventClassifier
{
    [GeneratedRegex(@"\b(?:civilians?|villagers?|residents?|farmers?|herders?|herdsm[ae]n|pastoralists?|teachers?|students?|pupils?|child(?:ren)?|kids?|boys?|girls?|wom[ae]n|m[ae]n|persons?|people|family|families|passengers?|travell?ers?|motorists?|drivers?|traders?|businessm[ae]n|shopkeepers?|workers?|labou?rers?|chiefs?|elders?|pastors?|priests?|imams?|clerics?|worshipp?ers?|journalists?|doctors?|nurses?|aid workers?|officials?|politicians?|MCAs?|MPs?|aspirants?|candidates?|voters?|mourners?|fishermen|miners?|boda boda|rider|riders|tourists?|refugees?|prisoners?|inmates?|suspects?|thie(?:f|ves)|robbers?|widow|wife|husband|son|daughter|mother|father|relatives?|baby|infant|toddler|teenagers?|youths?|locals?|settlers?|displaced|IDPs?|humanitarian|bystanders?|pedestrians?|shepherds?|engineers?|contractors?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CivilianWords();

    private const string CrowdNoun = @"(?:mobs?|residents|youths?|villagers|locals|crowds?|members of the public|operators|boda boda|motorists|voters|supporters|traders|hawkers|mourners|neighbou?rs|relatives|family members|community members|vigilantes?)";

    // Two simple patterns rather than one: the combined alternation made .NET 10's regex engines index past the input.
    // A crowd noun right after a violent verb and a count is the victim ("gunmen killed 11 villagers in an attack"), not a mob.
    [GeneratedRegex(@"(?<!\b(?:killed|killing|kill|shot|attacked|attacking|abducted|kidnapped|wounded|injured|massacred|murdered)\s+(?:[\w-]+\s+){0,2})\b" + CrowdNoun + @"\b(?:[ ,]+[\w-]+){0,3}[ ,]+(?:(?:also|then|later|allegedly|reportedly)\s+)?(?:attack(?:ed|s)?|kill(?:ed|s)?|beat(?:s|en)?|lynch(?:ed|es)?|assault(?:ed|s)?|torch(?:ed|es)?|burn(?:ed|t|s)?|ston(?:e|ed|es)|set|chas(?:ed|es)|snatch(?:ed|es)?|frogmarch(?:ed|es)?|descended|hacked|stabbed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrowdActs();

    [GeneratedRegex(@"\b(?:killed|lynched|beaten|attacked|burnt|burned|stoned|assaulted|hacked)(?: to death)? by (?:[\w-]+ ){0,3}" + CrowdNoun + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ActedOnByCrowd();

    private static bool CrowdIsPerpetrator(string text) => CrowdActs().IsMatch(text) || ActedOnByCrowd().IsMatch(text);

    [GeneratedRegex(@"\b(?:supporters|youths?|students|pupils|protesters|protestors|demonstrators|rioters|residents|villagers|locals|traders|hawkers|crowds?|mobs?|fans|mourners|boda boda|operators|touts|members of the public|rival (?:groups|factions|supporters)|party members|inmates|prisoners|workers|squatters)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex CrowdWords();

    [GeneratedRegex(@"\b(?:soldiers?|troops?|police(?:m[ae]n)?|officers?|fighters?|militants?|militiam[ae]n|militias?|rebels?|insurgents?|gunmen|combatants?|personnel|guards?|commanders?|recruits?|jihadists?|terrorists?|raiders?|bandits?|attackers?|assailants?|reservists?|warriors?|morans?|Arbakis?|gunman|gangsters?|rustlers?|poachers?|armed (?:men|man|robbers?|criminals?|gang)|members of (?:the )?(?:\w+ )?(?:group|militia|army|forces|faction|movement|brigade|battalion))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ArmedPersonWords();

    [GeneratedRegex(@"tear ?gas|teargas|opened fire|shot dead|shot and killed|live (?:bullets|rounds|ammunition)|dispers(?:e|ed|ing)|water cannons?|rubber bullets|broke up|baton|(?:police|officers|security forces) (?:arrested|detained)|arrested (?:\w+ )?(?:protesters|demonstrators|students|youths)|fired (?:in the air|into the air|warning shots|live bullets|live rounds)|(?:police|officers) (?:intervened|blocked|stopped|repulsed|chased)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex InterventionWords();

    [GeneratedRegex(@"\b(?:control|village|town|city|hill|area|district|neighbou?rhood|positions?|points?|checkpoints?|base|airport|airbase|dam|field|farms?|valley|mountain|station|post|camp|crossing|island)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TerritoryObject();

    [GeneratedRegex(@"\b(?:accident(?:al(?:ly)?)?|safety|malfunction|mishandl\w+|negligence|fault|unexploded|old (?:ordnance|mine)|remnants? of war|explosive remnants)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AccidentWords();

    // Built once: Patterns.IsMatch hashed the whole pattern string on every call.
    private static readonly Regex RiotWord = Patterns.Get(@"^(?:riot|protest|demonstrat|rampag|unrest)");
    private static readonly Regex MobHarm = Patterns.Get(@"\b(?:lynch|beat|burn|set ablaze|stoned|mob justice)");
    private static readonly Regex ForceHarm = Patterns.Get(@"\b(?:shot|killed|live (?:bullets|rounds|ammunition)|beat(?:en)? (?:up )?(?:the )?(?:protesters|demonstrators))");
    private static readonly Regex ForceShot = Patterns.Get(@"\b(?:police|officers|soldiers|security forces|troops|GSU)\b.{0,80}\b(?:shot|killed|opened fire|live)|(?:shot|killed)\b.{0,40}\bby (?:the )?(?:police|officers|soldiers|security forces)");
    private static readonly Regex NoResistance = Patterns.Get(@"\bwithout (?:any )?(?:resistance|a fight|fighting|clashes)|\b(?:withdrew|withdrawn|handed over|pulled out|evacuated)\b");
    private static readonly Regex GovernmentWords = Patterns.Get(@"\b(?:regime|government|army|soldiers|troops)\b");
    private static readonly Regex DefusedWeapon = Patterns.Get(@"defus|dismantl|failed to (?:explode|detonate)|did not (?:explode|detonate)|(?:found|discovered|recovered|seized) (?:an? |the )?(?:IED|explosive|bomb|landmine|mine)|shot down|intercepted");
    private static readonly Regex BetweenWords = Patterns.Get(@"\b(?:between|among)\b");
    private static readonly Regex SidesJoinedBeforeVerb = Patterns.Get(@"\b\w+\s+and\s+(?:\w+\s+){0,3}(?:clashed|fought|battled|clash|fight)\b");
    private static readonly Regex PartialAfter = Patterns.Get(@"\b(?:partial|some parts|parts of|part of|a part of)\b");
    private static readonly Regex PartialBefore = Patterns.Get(@"\b(?:partial|partially)\s+$");
    private static readonly Regex HeldAreaAfter = Patterns.Get(@"^(?:controll?ed|held|captured|liberated|seized)\s+(?:enclaves?|areas?|territor\w+|zones?|regions?|parts?|neighbou?rhoods?|pockets?|districts?|positions|points|lands?)\b");
    private static readonly Regex TheBefore = Patterns.Get(@"\bthe\s+$");
    private static readonly Regex SelfContainedTerritory = Patterns.Get(@"\b(?:control|over|hands)\b");
    private static readonly Regex NameAfterVerb = Patterns.Get(@"^\s+(?:the\s+(?:town|village|city|area)\s+of\s+)?(?:(?:al|el|Al|El|Um|Umm|Tal|Tel|Kafr|Deir|Ain)[- ])?[A-Z]", ignoreCase: false);
    private static readonly Regex ViolenceOnCivilian = Patterns.Get(@"\b(?:killed|shot|attacked|hacked|stabbed|murdered|abducted|kidnapped|injured|wounded|beheaded|executed|targeted|raided|robbed|assaulted|torched|burned)\s+(?:and\s+\w+\s+)?(?:a|an|the|two|three|four|five|six|\d+|several|one|local|many)?\s*(?:\w+\s+){0,2}(?:civilians?|villagers?|residents?|farmers?|herders?|teachers?|students?|child(?:ren)?|boys?|girls?|wom[ae]n|m[ae]n|person|people|family|passengers?|motorists?|traders?|businessm[ae]n|workers?|chiefs?|elders?|pastors?|journalists?|officials?|MCAs?|MPs?|homes?|houses?|villages?|village|bus|vehicle|matatu|worshipp?ers|mourners|refugees|locals)\b");
    private static readonly Regex CivilianSuffered = Patterns.Get(@"\b(?:civilians?|villagers?|residents?|farmers?|herders?|a (?:man|woman|boy|girl|child|teacher|trader|farmer|resident|herder|student|chief)|people|passengers?|wom[ae]n|children)\s+(?:\w+\s+){0,4}(?:were|was|have been|has been)\s+(?:\w+\s+)?(?:killed|shot|attacked|hacked|stabbed|murdered|abducted|kidnapped|injured|wounded|beheaded|executed|raped)");

    private static readonly string[] RemoteOrder = ["suicide", "chemical", "air", "ied", "grenade", "shelling"];

    /// <summary>Classifies an incident from its main sentences (the first one leads).</summary>
    public static Classification Classify(IReadOnlyList<SentenceView> sentences, ActorSides sides)
    {
        var triggers = SentenceView.Flatten(sentences, static s => s.Triggers);
        var first = sentences.Count > 0 ? sentences[0] : null;
        var leadTriggers = first?.Triggers ?? [];
        var text = string.Join(" ", sentences.Select(s => s.Text));
        bool Has(string cls) => triggers.Any(t => t.Class == cls);
        TriggerMention? FirstOf(params string[] classes) =>
            leadTriggers.FirstOrDefault(t => classes.Contains(t.Class)) ?? triggers.FirstOrDefault(t => classes.Contains(t.Class));

        var crowdSide = sides.Side1.Concat(sides.Side2).Any(a => a.Entry.Inter is "Protesters" or "Rioters");
        var armedInitiator = sides.Side1.Any(a => IsArmed(a.Entry.Inter));
        // An armed group (not the state, which polices crowds) leading the violence makes it no riot, whatever the weapons.
        // (A rebel group: party supporters and communal militias do riot.) Unless the report says riot in so many words.
        var armedGroupInitiator = sides.Side1.Any(a => a.Entry.Inter == "Rebel group")
            && !triggers.Any(t => t.Class is "riot" or "protest" && sentences.Any(v => v.Span.Contains(t.Span) && RiotWord.IsMatch(v.Slice(t.Span))));
        // Who the victims are takes the longest regexes of the stage, and most incidents are decided before it matters.
        bool? victimsCivilianMemo = null, victimsArmedMemo = null;
        bool VictimsCivilian() => victimsCivilianMemo ??= VictimsAreCivilian(sentences, sides, text);
        bool VictimsArmed() => victimsArmedMemo ??= VictimsAreArmed(sentences, sides);

        // Crowds first: a demonstration turning violent is a riot, however many "attack" words follow.
        if (Has("mob") && (Has("kill") || Has("attack") || MobHarm.IsMatch(text)) && !armedInitiator)
            return new("Riots", "Mob violence", FirstOf("mob"), "riot");
        // A crowd that attacks or kills someone ("residents beat a suspected thief to death") is mob violence.
        if ((Has("kill") || Has("attack") || Has("mob")) && CrowdIsPerpetrator(text) && !sides.Side1.Any(a => IsArmed(a.Entry.Inter) && !a.Entry.IsGeneric))
            return new("Riots", "Mob violence", FirstOf("mob", "kill", "attack"), "riot");

        // Crowds without weapons of war fighting each other or the police are rioting, not battling.
        var anyArmedNonState = sides.Side1.Concat(sides.Side2).Any(a => IsArmed(a.Entry.Inter) && a.Entry.Inter != "State forces");
        if (Has("clash") && !anyArmedNonState && (crowdSide || CrowdWords().IsMatch(text)) && !Has("air") && !Has("shelling") && !Has("ied"))
            return new("Riots", Has("mob") ? "Mob violence" : "Violent demonstration", FirstOf("clash"), "riot");
        // "Police killed a student protesting ...": when the report leads with violence against a person, the protest is context.
        var violenceLeads = leadTriggers.FirstOrDefault() is { Class: "kill" or "attack" } vf
            && !leadTriggers.Any(t => t.Class is "protest" or "riot" && t.Span.Start < vf.Span.Start) && !Has("riot");
        if ((Has("protest") || Has("riot") || crowdSide) && !violenceLeads && !(armedGroupInitiator && !Has("protest")))
        {
            var violentCrowd = Has("riot") || Has("loot") || (Has("clash") && !anyArmedNonState);
            var protestLead = FirstOf("protest", "riot");
            if (protestLead is not null || crowdSide)
            {
                if (violentCrowd)
                {
                    if (Has("mob")) return new("Riots", "Mob violence", FirstOf("mob", "riot"), "riot");
                    return new("Riots", "Violent demonstration", FirstOf("riot", "protest"), "riot");
                }
                var killedByForce = sentences.SelectMany(s => s.Casualties).Any(c => c.Kind is CasualtyKind.Killed or CasualtyKind.Injured)
                    || ForceHarm.IsMatch(text);
                var intervention = InterventionWords().IsMatch(text);
                if (intervention && killedByForce && ForceShot.IsMatch(text))
                    return new("Protests", "Excessive force against protesters", protestLead, "protest");
                if (intervention) return new("Protests", "Protest with intervention", protestLead, "protest");
                if (protestLead is not null && (protestLead.Class == "protest" || crowdSide) && !Has("clash") && !Has("air") && !Has("ied") && !Has("shelling"))
                    return new("Protests", "Peaceful protest", protestLead, "protest");
            }
        }

        // Remote violence: a weapon that strikes from afar leads unless fighting is what the lead sentence reports first.
        var remoteLead = RemoteOrder.Select(c => FirstOf(c)).FirstOrDefault(t => t is not null);
        var clashLead = FirstOf("clash");
        var territoryLead = TerritoryLead(sentences, leadTriggers, triggers);
        if (territoryLead is not null)
        {
            if (NoResistance.IsMatch(text) && clashLead is null)
                return new("Strategic developments", "Non-violent transfer of territory", territoryLead, "sd");
            var govt = sides.Side1.FirstOrDefault()?.Entry.Inter == "State forces"
                || (sides.Side1.Count == 0 && GovernmentWords.IsMatch(text));
            return new("Battles", govt ? "Government regains territory" : "Non-state actor overtakes territory", territoryLead, "territory");
        }
        if (remoteLead is not null)
        {
            var suicide = FirstOf("suicide");
            // Shelling or strikes during fighting are part of the battle ACLED codes; alone they are remote violence.
            var clashFirst = clashLead is not null;
            if (suicide is not null && !clashFirst) return new("Explosions/Remote violence", "Suicide bomb", suicide, "remote");
            if (!clashFirst)
            {
                if (Has("disrupted") && DefusedWeapon.IsMatch(text))
                    return new("Strategic developments", "Disrupted weapons use", FirstOf("disrupted"), "sd");
                if (remoteLead.Class == "ied" && AccidentWords().IsMatch(text) && !armedInitiator)
                    return new("Strategic developments", "Other", remoteLead, "sd");
                return new(remoteLead.EventType, remoteLead.SubEventType, remoteLead, "remote");
            }
        }
        // Fighting between armed sides is a battle even when civilians die in it; "fighting between the X and Y clans" names two sides.
        var between = clashLead is not null && (BetweenWords.IsMatch(text)
            || SidesJoinedBeforeVerb.IsMatch(text));
        if (clashLead is not null && (between ||!VictimsCivilian() || VictimsArmed() || sides.Side2.Any(a => IsArmed(a.Entry.Inter)) || sides.Side1.Count(a => IsArmed(a.Entry.Inter)) >= 2))
            return new("Battles", "Armed clash", clashLead, "battle");

        var violence = FirstOf("kill", "attack", "abduct", "sexual");
        if (Has("sexual")) return new("Violence against civilians", "Sexual violence", FirstOf("sexual"), "vac");
        if (Has("abduct") && !VictimsArmed()) return new("Violence against civilians", "Abduction/forced disappearance", FirstOf("abduct"), "vac");
        if (violence is not null || clashLead is not null)
        {
            var side2Armed = sides.Side2.Any(a => IsArmed(a.Entry.Inter));
            var side1Civil = sides.Side1.Count > 0 && sides.Side1.All(a => a.Entry.Inter == "Civilians");
            if ((VictimsArmed() || side2Armed || (sides.Side1.Count + sides.Side2.Count >= 2 && sides.Side1.Concat(sides.Side2).All(a => IsArmed(a.Entry.Inter)))) && !VictimsCivilian())
                return new("Battles", "Armed clash", violence ?? clashLead, "battle");
            if (VictimsCivilian() || sides.Side2.Any(a => a.Entry.Inter == "Civilians") || side1Civil || !VictimsArmed())
            {
                if (Has("loot") && !sentences.SelectMany(s => s.Casualties).Any() && !Has("kill") && !(Has("attack") && VictimsCivilian()))
                    return new("Strategic developments", "Looting/property destruction", FirstOf("loot"), "sd");
                return new("Violence against civilians", "Attack", violence ?? clashLead, "vac");
            }
            return new("Battles", "Armed clash", violence ?? clashLead, "battle");
        }
        if (clashLead is not null) return new("Battles", "Armed clash", clashLead, "battle");

        foreach (var (cls, sub) in new[]
                 {
                     ("arrest", "Arrests"), ("agreement", "Agreement"), ("disrupted", "Disrupted weapons use"), ("loot", "Looting/property destruction"),
                     ("transfer", "Non-violent transfer of territory"), ("hq", "Headquarters or base established"), ("change", "Change to group/activity"),
                 })
        {
            var t = FirstOf(cls);
            if (t is not null) return new("Strategic developments", sub, t, "sd");
        }
        return new("Strategic developments", "Other", null, "sd");
    }

    private static TriggerMention? TerritoryLead(IReadOnlyList<SentenceView> sentences, IReadOnlyList<TriggerMention> lead, List<TriggerMention> all)
    {
        foreach (var t in lead.Concat(all).Where(t => t.Class == "territory"))
        {
            var s = sentences.First(v => v.Span.Contains(t.Span));
            var after = s.Between(t.Span.Start, t.Span.End + 45);
            // Partial control is not a change of territory in ACLED's sense; "IS-controlled enclave", "the liberated
            // points" describe who holds ground, not a change of it.
            var before = s.Between(t.Span.Start - 25, t.Span.Start);
            if (PartialAfter.IsMatch(after) || PartialBefore.IsMatch(before)) continue;
            if (HeldAreaAfter.IsMatch(after)
                || TheBefore.IsMatch(before)) continue;
            var hasPlaceAfter = s.Places.Any(p => p.Start >= t.Span.End && p.Start - t.Span.End < 45);
            // "taking it over", "seized control": the phrase carries its own object; "captured Kafr Nabl": a name follows.
            var word = s.Slice(t.Span);
            var selfContained = SelfContainedTerritory.IsMatch(word);
            var nameAfter = NameAfterVerb.IsMatch(s.Between(t.Span.End, t.Span.End + 30));
            if (TerritoryObject().IsMatch(after) || hasPlaceAfter || selfContained || nameAfter) return t;
        }
        return null;
    }

    /// <summary>True for ACLED inter types that carry weapons as organised forces.</summary>
    public static bool IsArmed(string inter) => inter is "State forces" or "Rebel group" or "Political militia" or "Identity militia" or "External/Other forces";

    private static bool VictimsAreCivilian(IReadOnlyList<SentenceView> sentences, ActorSides sides, string text)
    {
        foreach (var c in SentenceView.Flatten(sentences, static s => s.Casualties))
        {
            if (c.Victims is { } v && CivilianWords().IsMatch(v) && !ArmedPersonWords().IsMatch(v) && !NamesArmedActor(sentences, c)) return true;
        }
        if (sides.Side2.Any(a => a.Entry.Inter == "Civilians")) return true;
        // "gunmen killed a man", "attacked a teacher": the object of the violent verb.
        return ViolenceOnCivilian.IsMatch(text)
            || CivilianSuffered.IsMatch(text);
    }

    /// <summary>"two al-Shabaab suspects", "three NPA members": victims named by an armed group are combatants, whatever noun follows.</summary>
    private static bool NamesArmedActor(IReadOnlyList<SentenceView> sentences, CasualtyMention c)
    {
        if (c.VictimSpan is not { } victims) return false;
        foreach (var s in sentences)
        {
            if (!s.Span.Contains(c.Span)) continue;
            foreach (var a in s.Actors)
            {
                if (a.Span.Overlaps(victims) && a.Candidates.Count > 0 && !a.Candidates[0].IsGeneric && IsArmed(a.Candidates[0].Inter)) return true;
            }
        }
        return false;
    }

    private static bool VictimsAreArmed(IReadOnlyList<SentenceView> sentences, ActorSides sides)
    {
        foreach (var c in SentenceView.Flatten(sentences, static s => s.Casualties))
        {
            if (c.Victims is { } v && (ArmedPersonWords().IsMatch(v) || NamesArmedActor(sentences, c))) return true;
        }
        return sides.Side2.Any(a => IsArmed(a.Entry.Inter));
    }
}
