using System.Text.RegularExpressions;
using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using static Sitrep.Core.Coding.ClassificationPatterns;

namespace Sitrep.Core.Coding;

/// <summary>What the classification rules read about one incident: sentences, actor sides, triggers, and facts worked out on first use.</summary>
/// <remarks>Who the victims are takes the longest regexes of the stage, and most incidents are decided before it matters: the costly facts are computed once, when a rule first asks.</remarks>
internal sealed partial class ClassificationContext
{
    private static readonly string[] RemoteOrder = ["suicide", "chemical", "air", "ied", "grenade", "shelling"];

    private bool? crowdSide, declaredPeaceful, armedGroupInitiator, violenceLeads, victimsCivilian, victimsArmed, crowdGathers, intervention, killedByForce, partyCrowdsFight;
    private bool territoryDone, remoteDone;
    private TriggerMention? territoryLead, remoteLead;

    /// <summary>Reads an incident from its main sentences (the first one leads) and the actor sides found for its lead trigger.</summary>
    public ClassificationContext(IReadOnlyList<SentenceView> sentences, ActorSides sides)
    {
        Sentences = sentences;
        Sides = sides;
        // The lead sentence's triggers open the flattened list, so its kept ones are the first of the kept triggers: each
        // trigger is weighed once.
        var triggers = new List<TriggerMention>();
        var leadCount = 0;
        for (var i = 0; i < sentences.Count; i++)
        {
            for (var tAt = 0; tAt < sentences[i].Triggers.Count; tAt++)
            {
                var t = sentences[i].Triggers[tAt];
                if (Background(sentences, t)) continue;
                triggers.Add(t);
                if (i == 0) leadCount++;
            }
        }
        Triggers = triggers;
        LeadTriggers = triggers.GetRange(0, leadCount);
        Text = JoinedText(sentences);
    }

    // Most incidents are one sentence: its text is the incident's, with no copy.
    private static string JoinedText(IReadOnlyList<SentenceView> sentences)
    {
        if (sentences.Count == 1) return sentences[0].Text;
        var texts = new string[sentences.Count];
        for (var i = 0; i < texts.Length; i++) texts[i] = sentences[i].Text;
        return string.Join(" ", texts);
    }

    // An attack or fighting that was only planned, stopped, warded off, long past or coded apart ("planning an attack", "agreed
    // to stop attacks", "the clashes of 2008", "clashes with police (coded separately)") is the background of the report, not
    // the incident it tells. The note that codes it apart can follow a long phrase of sides, hence the wider window after.
    private static bool Background(IReadOnlyList<SentenceView> sentences, TriggerMention t) =>
        t.Class is "attack" or "clash" && SentenceView.Holding(sentences, t.Span) is { } s
        && (ViolenceBackgroundBefore.IsMatch(s.BetweenSpan(t.Span.Start - 50, t.Span.Start)) || ViolenceBackgroundAfter.IsMatch(s.BetweenSpan(t.Span.End, t.Span.End + 80)));

    /// <summary>The incident's main sentences; the first leads.</summary>
    public IReadOnlyList<SentenceView> Sentences { get; }
    /// <summary>The actors found for the lead trigger: side 1 acts, side 2 is acted on.</summary>
    public ActorSides Sides { get; }
    /// <summary>Every trigger of the incident's sentences, in text order.</summary>
    public List<TriggerMention> Triggers { get; }
    /// <summary>The triggers of the lead sentence.</summary>
    public IReadOnlyList<TriggerMention> LeadTriggers { get; }
    /// <summary>The sentences' text joined by spaces.</summary>
    public string Text { get; }

    /// <summary>True when some trigger of the incident has the class.</summary>
    /// <remarks>A loop, asked by most rules: a lambda here allocated a closure and a delegate per question.</remarks>
    public bool Has(string cls)
    {
        foreach (var t in Triggers)
        {
            if (t.Class == cls) return true;
        }
        return false;
    }

    /// <summary>The first trigger of one of the classes, preferring the lead sentence.</summary>
    /// <remarks>The lead sentence's triggers open <see cref="Triggers"/>, so the first in text order is the one the lead prefers.</remarks>
    public TriggerMention? FirstOf(params ReadOnlySpan<string> classes)
    {
        foreach (var t in Triggers)
        {
            if (classes.IndexOf(t.Class) >= 0) return t;
        }
        return null;
    }

    /// <summary>An armed group (not the state's own forces) stands on side 2: those raided are its members.</summary>
    public bool ArmedGroupTargeted => Sides.Side2.Any(a => InterCode.IsNonStateArmedName(a.Entry.Inter));

    /// <summary>The trigger is a raid or a search ("raided", "stormed the house", "search operation").</summary>
    public bool IsRaid(TriggerMention t) => RaidWord.IsMatch(WordOf(t));

    /// <summary>True when the trigger's words, as its sentence writes them, match <paramref name="pattern"/>.</summary>
    public bool Says(TriggerMention t, System.Text.RegularExpressions.Regex pattern) => pattern.IsMatch(WordOf(t));

    /// <summary>The trigger's words as its sentence writes them.</summary>
    private ReadOnlySpan<char> WordOf(TriggerMention t) => SentenceView.Holding(Sentences, t.Span) is { } s ? s.SliceSpan(t.Span) : "";

    /// <summary>Someone is counted killed or injured in the incident, or a killing word is among its triggers.</summary>
    public bool AnyoneKilledOrHurt => Has("kill") || SentenceView.Flatten(Sentences, static s => s.Casualties)
        .Any(static c => c.Kind is CasualtyKind.Killed or CasualtyKind.Injured && c.Count > 0);

    /// <summary>Some actor on either side satisfies <paramref name="test"/> (both sides read in place, not concatenated).</summary>
    private bool AnyActor(Func<ActorRole, bool> test)
    {
        for (var i = 0; i < Sides.Side1.Count; i++)
        {
            if (test(Sides.Side1[i])) return true;
        }
        for (var i = 0; i < Sides.Side2.Count; i++)
        {
            if (test(Sides.Side2[i])) return true;
        }
        return false;
    }

    /// <summary>Protesters or rioters stand on either side.</summary>
    public bool CrowdSide => crowdSide ??= AnyActor(static a => a.Entry.Inter == InterCode.Protesters.Name || a.Entry.Inter == InterCode.Rioters.Name);

    /// <summary>The state's forces stand on either side.</summary>
    public bool StateForcesSide => AnyActor(static a => a.Entry.Inter == InterCode.StateForces.Name);

    /// <summary>"Police stormed the school and beat up students": the state's forces, alone on the initiating side, storm a
    /// civilian place; the people inside are the victims of an attack, not a crowd in a fight, and no riot word is told.</summary>
    public bool ForcesStormCivilians => forcesStormCivilians ??= Has("clash") && !Has("riot") && Sides.Side1.Count > 0
        && Sides.Side1.All(a => a.Entry.Inter == InterCode.StateForces.Name) && ClashesOneSided && ClashOnCivilianTarget;

    private bool? forcesStormCivilians;

    /// <summary>An armed organisation (generic or named) initiates.</summary>
    public bool ArmedInitiator => Sides.Side1.Any(a => InterCode.IsArmedName(a.Entry.Inter));

    /// <summary>A named (not generic) armed organisation initiates.</summary>
    public bool NamedArmedInitiator => Sides.Side1.Any(a => InterCode.IsArmedName(a.Entry.Inter) && !a.Entry.IsGeneric);

    /// <summary>A rebel group leads the violence and the report does not call it a riot or protest in so many words.</summary>
    /// <remarks>An armed group (not the state, which polices crowds) leading the violence makes it no riot, whatever the weapons;
    /// party supporters and communal militias do riot.</remarks>
    public bool ArmedGroupInitiator => armedGroupInitiator ??= Sides.Side1.Any(a => a.Entry.Inter == InterCode.RebelGroup.Name)
        && !Triggers.Any(t => t.Class is "riot" or "protest" && RiotWord.IsMatch(WordOf(t)));

    /// <summary>Some actor on either side is armed and not a state force.</summary>
    public bool AnyArmedNonState => AnyActor(static a => InterCode.IsNonStateArmedName(a.Entry.Inter));

    /// <summary>Parties' supporters, cadres or youths fight, and no firearm is named.</summary>
    /// <remarks>A party is a political militia in ACLED's categories, but its people fighting with stones or sticks riot (the
    /// codebook's mob violence); firearms, or any other armed group in the fight, make it a battle again. Crude weapons alone
    /// tell nothing: a gang is a political militia too, and its attack with machetes stays an attack.</remarks>
    public bool PartyCrowdsFight => partyCrowdsFight ??= AnyArmedNonState
        && PartyCrowd.IsMatch(Text) && !FirearmWords.IsMatch(Text) && !CrowdArmed.IsMatch(Text)
        && !AnyActor(static a => InterCode.IsNonStateArmedName(a.Entry.Inter) && a.Entry.Inter != InterCode.PoliticalMilitia.Name);

    /// <summary>Some actor on either side is armed and not a state force, unless parties' crowds fight (<see cref="PartyCrowdsFight"/>).</summary>
    public bool AnyArmedNonStateBesidePartyCrowds => AnyArmedNonState && !PartyCrowdsFight;

    /// <summary>An armed actor stands on side 2.</summary>
    public bool Side2Armed => Sides.Side2.Any(IsArmedSide);

    /// <summary>The side-2 actor is the force that alone stands on side 1, told again as the agent ("shot and killed by police in
    /// X by police") or as the name of its post ("officers attached to the X Police Station"), with no word of its own ranks as
    /// victims (<c>own-ranks</c>): the same force told twice, not an armed victim.</summary>
    private bool SameForceTwice(ActorRole a) => Sides.Side1.Count > 0 && Sides.Side1.All(s => s.Entry.Canonical == a.Entry.Canonical)
        && a.Span is { } span && SentenceView.Holding(Sentences, span) is { } sentence
        && (ForceAgentBefore.IsMatch(sentence.BetweenSpan(span.Start - 30, span.Start)) || ForcePostAfter.IsMatch(sentence.BetweenSpan(span.End, span.End + 20)))
        && !OwnRanks.IsMatch(Text);

    /// <summary>The report calls the gathering peaceful, nobody was hurt and it did not turn violent.</summary>
    public bool DeclaredPeaceful => declaredPeaceful ??= ClassificationPatterns.DeclaredPeaceful.IsMatch(Text) && !TurnedViolent.IsMatch(Text) && !AnyoneKilledOrHurt;

    /// <summary>An armed actor (not an unarmed body of the other-forces category, <c>unarmed-bodies</c>), unless it is an identity group the words name only as people (<c>community-armed</c>) and nobody
    /// clashed: communities that clash are communal militias.</summary>
    public bool IsArmedSide(ActorRole a) => InterCode.IsArmedName(a.Entry.Inter) && !UnarmedBodies.IsMatch(a.Entry.Canonical) && !SameForceTwice(a)
        && !(a.Entry.Inter == InterCode.IdentityMilitia.Name && !Has("clash") && a.Span is { } span && !CommunityArmed.IsMatch(SpanText(span)))
        && !OutOfTheFight(a);

    /// <summary>"A retired policeman", "six guards (unarmed)", "a soldier taken prisoner": the words right beside the force's
    /// name take its people out of the fight, so the codebook counts them as civilians.</summary>
    private bool OutOfTheFight(ActorRole a) => a.Span is { } span && SentenceView.Holding(Sentences, span) is { } s
        && (OutOfFightBefore.IsMatch(s.BetweenSpan(span.Start - 30, span.Start)) || OutOfFightRightAfter(span));

    private ReadOnlySpan<char> SpanText(Text.TextSpan span) => SentenceView.Holding(Sentences, span) is { } s ? s.SliceSpan(span) : "militia";

    /// <summary>"Police killed a student protesting ...": the lead sentence reports violence against a person before any protest.</summary>
    /// <remarks>Unless what the verb acts on is told as protesting ("police beat protesters", <c>violence-on-protesters</c>):
    /// that is force used on the gathering.</remarks>
    public bool ViolenceLeads => violenceLeads ??= LeadTriggers.FirstOrDefault() is { Class: "kill" or "attack" } vf
        && !LeadTriggers.Any(t => t.Class is "protest" or "riot" && t.Span.Start < vf.Span.Start) && !Has("riot")
        && !(Sentences.Count > 0 && ViolenceOnProtesters.IsMatch(Sentences[0].BetweenSpan(vf.Span.End, vf.Span.End + 80)));

    /// <summary>A crowd attacks or kills someone ("residents beat a suspected thief to death", "lynched by a mob").</summary>
    public bool CrowdIsPerpetrator => CrowdActs.IsMatch(Text) || ActedOnByCrowd.IsMatch(Text);

    /// <summary>The first protest or riot trigger (election violence counting as a riot only as <see cref="Unrest"/> allows).</summary>
    public TriggerMention? ProtestLead => (Unrest ? FirstOf("protest", "riot", "unrest") : FirstOf("protest", "riot")) ?? (ProtestStorm ? ClashLead : null);

    /// <summary>Election violence is the incident's only telling: no one was killed, attacked, abducted or raped in it.</summary>
    /// <remarks>"Killed by a gang during the post-election violence" sets a killing in the troubles: the killing is the
    /// event, coded by who did it to whom; the troubles alone ("two days of post-election violence") are a riot.</remarks>
    public bool Unrest => unrest ??= Has("unrest") && Violence is null;

    private bool? unrest;

    /// <summary>True when a riot trigger, or election violence as <see cref="Unrest"/>, tells of the incident.</summary>
    private bool Rioting => Has("riot") || Unrest;

    /// <summary>The incident is a crowd's gathering: a protest or riot trigger or a crowd actor, not led by violence or by a rebel group.</summary>
    public bool CrowdGathers => crowdGathers ??= (Has("protest") || Rioting || CrowdSide || ProtestStorm) && !ViolenceLeads
        && !(ArmedGroupInitiator && !Has("protest")) && (ProtestLead is not null || CrowdSide);

    /// <summary>The crowd itself is violent: it riots, loots, clashes with no armed non-state group involved, or its demonstrators hurt or break in.</summary>
    public bool ViolentCrowd => Rioting || Has("loot") || (Has("clash") && !AnyArmedNonState && !ProtestStorm && !ForcesStormCivilians) || (Has("protest") && (ProtestersAct.IsMatch(Text) || ProtestDamage.IsMatch(Text)));

    /// <summary>A demonstrating crowd storms a place, and storming is all the fighting told ("residents stormed the county offices to demand action").</summary>
    /// <remarks>Forcing its way into an office or a school to press a demand is the gathering's act; only what the crowd breaks,
    /// burns or hurts there (a riot or loot word, its demonstrators' violence) makes it a riot. A storm by police or gunmen is theirs.</remarks>
    public bool ProtestStorm => protestStorm ??= Demonstrating && Violence is null && !Has("loot") && Triggers.Where(t => t.Class == "clash").ToList() is { Count: > 0 } clashes
        && clashes.All(t => Says(t, StormWord) && SentenceView.Holding(Sentences, t.Span) is { } s
            && CrowdStormBefore.IsMatch(s.BetweenSpan(t.Span.Start - 90, t.Span.Start)));

    private bool? protestStorm;

    /// <summary>The text tells of force used against a crowd (tear gas, dispersal, arrests, firing).</summary>
    public bool Intervention => intervention ??= InterventionWords.IsMatch(Text);

    /// <summary>Someone was killed or injured, or the text tells of shooting or beating protesters.</summary>
    public bool KilledByForce => killedByForce ??= Sentences.SelectMany(s => s.Casualties).Any(c => c.Kind is CasualtyKind.Killed or CasualtyKind.Injured)
        || ForceHarm.IsMatch(Text);

    /// <summary>The first trigger of fighting.</summary>
    public TriggerMention? ClashLead => FirstOf("clash");

    /// <summary>The first trigger of violence against a person (killing, attack, abduction, sexual violence).</summary>
    public TriggerMention? Violence => FirstOf("kill", "attack", "abduct", "sexual");

    /// <summary>The first remote weapon trigger, by weapon precedence (suicide, chemical, air, IED, grenade, shelling).</summary>
    public TriggerMention? RemoteLead
    {
        get
        {
            if (!remoteDone) { remoteLead = RemoteOrder.Select(FirstRemote).FirstOrDefault(t => t is not null); remoteDone = true; }
            return remoteLead;
        }
    }

    // A weapon someone is only accused of or was planning ("the man responsible for a bombing") is no means of this event.
    private TriggerMention? FirstRemote(string cls) =>
        Triggers.FirstOrDefault(t => t.Class == cls
            && !(SentenceView.Holding(Sentences, t.Span) is { } s && RemoteBackgroundBefore.IsMatch(s.BetweenSpan(t.Span.Start - 50, t.Span.Start))));

    /// <summary>The victims are civilians: named so in casualties, on side 2, or as the object of violence.</summary>
    public bool VictimsCivilian => victimsCivilian ??= VictimsAreCivilian();

    /// <summary>The victims are armed: fighters in the casualties, or an armed actor on side 2.</summary>
    public bool VictimsArmed => victimsArmed ??= VictimsAreArmed();

    /// <summary>A riot word tells of the crowd ("rioters clashed with police", "students riot") and state forces stand on a side.</summary>
    /// <remarks>Stone-throwing alone is no riot word: a crowd that stones the police in a quarrel is a mob.</remarks>
    public bool RiotAgainstForces => Triggers.Any(t => t.Class == "riot" && RiotWord.IsMatch(WordOf(t)))
        && AnyActor(static a => a.Entry.Inter == InterCode.StateForces.Name);

    /// <summary>Two crowds fight each other (rival supporters, two camps), and neither is called demonstrators.</summary>
    /// <remarks>Rioters against rioters are the codebook's mob violence: a rally or petition around them is where they met, not
    /// what they did.</remarks>
    public bool RivalCrowds => rivalCrowds ??= ClassificationPatterns.RivalCrowds.IsMatch(Text) && !DemonstratorNouns.IsMatch(Text);

    private bool? rivalCrowds;

    /// <summary>A mob tells of the incident: a mob trigger other than an angry crowd that demonstrates or riots.</summary>
    /// <remarks>"Angry youths" says how the crowd felt: when it demonstrates or a riot word tells of it, its violence is the
    /// codebook's violent demonstration; lynching, mob justice or a crowd called a mob stay mob violence.</remarks>
    public bool MobSaid => mobSaid ??= Triggers.Any(t => t.Class == "mob"
        && !(AngryCrowd.IsMatch(WordOf(t)) && (Demonstrating || Triggers.Any(r => r.Class == "riot" && RiotWord.IsMatch(WordOf(r))))));

    private bool? mobSaid;

    /// <summary>The crowd is demonstrating (a protest trigger, or words of demand or objection), not only rioting.</summary>
    public bool Demonstrating => demonstrating ??= Has("protest") || DemonstrationWords.IsMatch(Text);

    private bool? demonstrating;
}
