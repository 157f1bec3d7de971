using System.Text.RegularExpressions;

namespace Sitrep.Core.Coding;

/// <summary>The patterns the classification rules match against an incident's text, read once from <c>data/lexicons/en/classification.tsv</c>.</summary>
internal static class ClassificationPatterns
{
    private static readonly Lexicons.PatternSet Words = Lexicons.PatternSet.Of("classification.tsv");
    internal static readonly Regex CivilianWords = Words.Regex("civilian-words");
    internal static readonly Lexicons.GatedRegex CrowdActs = new(Words.Regex("crowd-acts"));
    internal static readonly Regex ProtestersAct = Words.Regex("protesters-act");
    internal static readonly Lexicons.GatedRegex ActedOnByCrowd = new(Words.Regex("acted-on-by-crowd"));
    internal static readonly Regex CrowdWords = Words.Regex("crowd-words");
    internal static readonly Regex CrowdArmed = Words.Regex("crowd-armed");
    internal static readonly Regex CrowdAssault = Words.Regex("crowd-assault");
    internal static readonly Regex RiotCause = Words.Regex("riot-cause");
    internal static readonly Regex CrudeWeapons = Words.Regex("crude-weapons");
    internal static readonly Regex CommunityArmed = Words.Regex("community-armed");
    internal static readonly Regex DeclaredPeacefulWords = Words.Regex("declared-peaceful");
    internal static readonly Regex TurnedViolent = Words.Regex("turned-violent");
    internal static readonly Regex CommunalSides = Words.Regex("communal-sides");
    internal static readonly Regex ArmedResponse = Words.Regex("armed-response");
    internal static readonly Regex ArmedSides = Words.Regex("armed-sides");
    internal static readonly Regex ArmedPersonWords = Words.Regex("armed-person-words");
    internal static readonly Regex InterventionWords = Words.Regex("intervention-words");
    internal static readonly Regex TerritoryObject = Words.Regex("territory-object");
    internal static readonly Regex AccidentWords = Words.Regex("accident-words");
    internal static readonly Regex RiotWord = Words.Regex("riot-word");
    internal static readonly Regex MobHarm = Words.Regex("mob-harm");
    internal static readonly Regex ForceHarm = Words.Regex("force-harm");
    internal static readonly Regex ForceShot = Words.Regex("force-shot");
    internal static readonly Regex NoResistance = Words.Regex("no-resistance");
    internal static readonly Regex UnderFire = Words.Regex("under-fire");
    internal static readonly Regex GovernmentWords = Words.Regex("government-words");
    internal static readonly Regex DefusedWeapon = Words.Regex("defused-weapon");
    internal static readonly Regex KinWords = Words.Regex("kin-words");
    internal static readonly Regex ShotDown = Words.Regex("shot-down");
    internal static readonly Regex BetweenWords = Words.Regex("between-words");
    internal static readonly Regex SidesJoinedBeforeVerb = Words.Regex("sides-joined-before-verb");
    internal static readonly Regex PartialAfter = Words.Regex("partial-after");
    internal static readonly Regex PartialBefore = Words.Regex("partial-before");
    internal static readonly Regex HeldAreaAfter = Words.Regex("held-area-after");
    internal static readonly Regex TheBefore = Words.Regex("the-before");
    internal static readonly Regex SelfContainedTerritory = Words.Regex("self-contained-territory");
    internal static readonly Regex NameAfterVerb = Words.Regex("name-after-verb");
    internal static readonly Regex ViolenceOnCivilian = Words.Regex("violence-on-civilian");
    internal static readonly Regex CivilianSuffered = Words.Regex("civilian-suffered");
    internal static readonly Regex TerritoryAttemptBefore = Words.Regex("territory-attempt-before");
    internal static readonly Regex TerritoryHolderBefore = Words.Regex("territory-holder-before");
    internal static readonly Regex TerritoryHolderPrepBefore = Words.Regex("territory-holder-prep-before");
    internal static readonly Regex TerritoryHeldNounAfter = Words.Regex("territory-held-noun-after");
    internal static readonly Regex TerritoryCheckpoint = Words.Regex("territory-checkpoint");
    internal static readonly Regex DemonstrationWords = Words.Regex("demonstration-words");
    internal static readonly Regex RaidWord = Words.Regex("raid-word");
    internal static readonly Regex NotGroundAfter = Words.Regex("territory-not-ground-after");
    internal static readonly Regex BrieflyBefore = Words.Regex("territory-briefly-before");
    internal static readonly Regex LostAgain = Words.Regex("territory-lost-again");
    internal static readonly Regex GroundFight = Words.Regex("ground-fight");
    internal static readonly Regex NonCombatantQualifier = Words.Regex("non-combatant-qualifier");
    internal static readonly Regex ViolenceOnArmedPerson = Words.Regex("violence-on-armed");
    internal static readonly Regex NeutralPersonWords = Words.Regex("neutral-person-words");
    internal static readonly Regex TwoSidedClash = Words.Regex("two-sided-clash");
    internal static readonly Regex PositionTarget = Words.Regex("position-target");
    internal static readonly Regex OneSidedClash = Words.Regex("one-sided-clash");
    internal static readonly Regex RemoteSupport = Words.Regex("remote-support");
    internal static readonly Regex RemoteObjectBefore = Words.Regex("remote-object-before");
    internal static readonly Regex ClauseBreak = Words.Regex("clause-break");
    internal static readonly Regex BackgroundClashBefore = Words.Regex("background-clash-before");
}
