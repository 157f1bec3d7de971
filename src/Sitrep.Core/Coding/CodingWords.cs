using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Coding;

/// <summary>The English patterns the coder's stages read, loaded once from <c>data/lexicons/en/coding.tsv</c>.</summary>
internal static class CodingWords
{
    private static readonly PatternSet Set = PatternSet.Of("coding.tsv");

    public static readonly Regex AnaphoricEvent = Set.Regex("anaphoric-event");
    public static readonly Regex TakerAfterTrigger = Set.Regex("taker-after-trigger");
    public static readonly Regex TakerByAfter = Set.Regex("taker-by-after");
    public static readonly Regex TakerClauseStart = Set.Regex("taker-clause-start");
    public static readonly Regex TakerAnaphor = Set.Regex("taker-anaphor");
    public static readonly Regex TakerGovernmentAffiliate = Set.Regex("taker-government-affiliate");
    public static readonly Regex TakerObjectBefore = Set.Regex("taker-object-before");
    public static readonly Regex TakerModifierAfter = Set.Regex("taker-modifier-after");
    public static readonly Regex Ongoing = Set.Regex("ongoing");
    public static readonly Regex LocationJoin = Set.Regex("location-join");
    public static readonly Regex CauseWords = Set.Regex("cause-words");
    public static readonly Regex AccidentCause = Set.Regex("accident-cause");
    public static readonly Regex LaterDeath = Set.Regex("later-death");
    public static readonly Regex BodiesRecovered = Set.Regex("bodies-recovered");
    public static readonly Regex LethalForce = Set.Regex("lethal-force");
    public static readonly Regex RescuedAlive = Set.Regex("rescued-alive");
    public static readonly Regex CrowdCauseBefore = Set.Regex("crowd-cause-before");
    public static readonly Regex PoliceWords = Set.Regex("police-words");
    public static readonly Regex LabourDemand = Set.Regex("labour-demand");
    public static readonly Regex LabourJobs = Set.Regex("labour-jobs");
    public static readonly string[] NonTradeGroups = Set.Words("non-trade-groups");
    public static readonly Regex MobJustice = Set.Regex("mob-justice");
    public static readonly Regex BareExplosion = Set.Regex("bare-explosion");
    public static readonly Regex DateJoin = Set.Regex("date-join");
    public static readonly Regex VictimPeople = Set.Regex("victim-people");
    public static readonly Regex VictimForces = Set.Regex("victim-forces");
    public static readonly Regex VictimFighters = Set.Regex("victim-fighters");
    public static readonly Regex OfGroup = Set.Regex("of-group");
    public static readonly Regex BomberToo = Set.Regex("bomber-too");
    public static readonly Regex DefiniteBefore = Set.Regex("definite-before");
    public static readonly Regex DefiniteStart = Set.Regex("definite-start");
    public static readonly Regex ByAgentBefore = Set.Regex("by-agent-before");
    public static readonly Regex IntendedBefore = Set.Regex("intended-before");
    public static readonly Regex HabitualBefore = Set.Regex("habitual-before");
    public static readonly Regex PriorRelativeBefore = Set.Regex("prior-relative-before");
    public static readonly Regex ReferenceBefore = Set.Regex("reference-before");
    public static readonly Regex MovedOn = Set.Regex("moved-on");
    public static readonly Regex SpreadOn = Set.Regex("spread-on");
    public static readonly Regex SuspectAlternativeAfter = Set.Regex("suspect-alternative-after");
    public static readonly Regex SuspectAlternativeBefore = Set.Regex("suspect-alternative-before");
    public static readonly Regex HabitualTrigger = Set.Regex("habitual-trigger");
    public static readonly Regex BareForceNoun = Set.Regex("bare-force-noun");
    public static readonly Regex StatementDateBefore = Set.Regex("statement-date-before");
    public static readonly Regex StatementDateAfter = Set.Regex("statement-date-after");
    public static readonly Regex SentenceStartBefore = Set.Regex("sentence-start-before");
    public static readonly Regex NobodyCame = Set.Regex("nobody-came");
    public static readonly Regex ClauseBreak = Set.Regex("clause-break");
    public static readonly Regex ClauseElsewhere = Set.Regex("clause-elsewhere");
    public static readonly Regex ModalAfter = Set.Regex("modal-after");
    public static readonly Regex ReferringParticiple = Set.Regex("referring-participle");
    public static readonly Regex ReferringBefore = Set.Regex("referring-before");
    public static readonly Regex PerceivedBefore = Set.Regex("perceived-before");
    public static readonly Regex SummaryHeading = Set.Regex("summary-heading");
    public static readonly Regex ResponseMeasure = Set.Regex("response-measure");
    public static readonly Regex AsideHeading = Set.Regex("aside-heading");
    public static readonly Regex NumberedHeading = Set.Regex("numbered-heading");
}
