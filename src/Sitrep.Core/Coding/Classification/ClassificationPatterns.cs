using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Coding;

/// <summary>The English patterns the classification rules match against an incident's text.</summary>
internal static partial class ClassificationPatterns
{
    [GeneratedRegex(@"\b(?:civilians?|villagers?|residents?|farmers?|herders?|herdsm[ae]n|pastoralists?|teachers?|students?|pupils?|child(?:ren)?|kids?|boys?|girls?|wom[ae]n|m[ae]n|persons?|people|family|families|passengers?|travell?ers?|motorists?|drivers?|traders?|businessm[ae]n|shopkeepers?|workers?|labou?rers?|chiefs?|elders?|pastors?|priests?|imams?|clerics?|worshipp?ers?|journalists?|doctors?|nurses?|aid workers?|officials?|politicians?|MCAs?|MPs?|aspirants?|candidates?|voters?|mourners?|fishermen|miners?|boda boda|rider|riders|tourists?|refugees?|prisoners?|inmates?|suspects?|thie(?:f|ves)|robbers?|widow|wife|husband|son|daughter|mother|father|relatives?|baby|infant|toddler|teenagers?|youths?|locals?|settlers?|displaced|IDPs?|humanitarian|bystanders?|pedestrians?|shepherds?|engineers?|contractors?)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CivilianWords();

    private const string CrowdNoun = @"(?:mobs?|residents|youths?|villagers|locals|crowds?|members of the public|operators|boda boda|motorists|voters|supporters|traders|hawkers|mourners|neighbou?rs|relatives|family members|community members|vigilantes?)";

    // Two simple patterns rather than one: the combined alternation made .NET 10's regex engines index past the input.
    // A crowd noun right after a violent verb and a count is the victim ("gunmen killed 11 villagers in an attack"), not a mob.
    [GeneratedRegex(@"(?<!\b(?:killed|killing|kill|shot|attacked|attacking|abducted|kidnapped|wounded|injured|massacred|murdered)\s+(?:[\w-]+\s+){0,2})\b" + CrowdNoun + @"\b(?:[ ,]+[\w-]+){0,3}[ ,]+(?:(?:also|then|later|allegedly|reportedly)\s+)?(?:attack(?:ed|s)?|kill(?:ed|s)?|beat(?:s|en)?|lynch(?:ed|es)?|assault(?:ed|s)?|torch(?:ed|es)?|burn(?:ed|t|s)?|ston(?:e|ed|es)|set|chas(?:ed|es)|snatch(?:ed|es)?|frogmarch(?:ed|es)?|descended|hacked|stabbed)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CrowdActs();

    [GeneratedRegex(@"\b(?:killed|lynched|beaten|attacked|burnt|burned|stoned|assaulted|hacked)(?: to death)? by (?:[\w-]+ ){0,3}" + CrowdNoun + @"\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ActedOnByCrowd();

    [GeneratedRegex(@"\b(?:supporters|youths?|students|pupils|protesters|protestors|demonstrators|rioters|residents|villagers|locals|traders|hawkers|crowds?|mobs?|fans|mourners|boda boda|operators|touts|members of the public|rival (?:groups|factions|supporters)|party members|inmates|prisoners|workers|squatters)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex CrowdWords();

    [GeneratedRegex(@"\b(?:soldiers?|troops?|police(?:m[ae]n)?|officers?|fighters?|militants?|militiam[ae]n|militias?|rebels?|insurgents?|gunmen|combatants?|personnel|guards?|commanders?|recruits?|jihadists?|terrorists?|raiders?|bandits?|attackers?|assailants?|reservists?|warriors?|morans?|Arbakis?|gunman|gangsters?|rustlers?|poachers?|armed (?:men|man|robbers?|criminals?|gang)|members of (?:the )?(?:\w+ )?(?:group|militia|army|forces|faction|movement|brigade|battalion))\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex ArmedPersonWords();

    [GeneratedRegex(@"tear ?gas|teargas|opened fire|shot dead|shot and killed|live (?:bullets|rounds|ammunition)|dispers(?:e|ed|ing)|water cannons?|rubber bullets|broke up|baton|(?:police|officers|security forces) (?:arrested|detained)|arrested (?:\w+ )?(?:protesters|demonstrators|students|youths)|fired (?:in the air|into the air|warning shots|live bullets|live rounds)|(?:police|officers) (?:intervened|blocked|stopped|repulsed|chased)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex InterventionWords();

    [GeneratedRegex(@"\b(?:control|village|town|city|hill|area|district|neighbou?rhood|positions?|points?|checkpoints?|base|airport|airbase|dam|field|farms?|valley|mountain|station|post|camp|crossing|island)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex TerritoryObject();

    [GeneratedRegex(@"\b(?:accident(?:al(?:ly)?)?|safety|malfunction|mishandl\w+|negligence|fault|unexploded|old (?:ordnance|mine)|remnants? of war|explosive remnants)\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    internal static partial Regex AccidentWords();

    // Built once: Patterns.IsMatch hashed the whole pattern string on every call.
    internal static readonly Regex RiotWord = Patterns.Get(@"^(?:riot|protest|demonstrat|rampag|unrest)");
    internal static readonly Regex MobHarm = Patterns.Get(@"\b(?:lynch|beat|burn|set ablaze|stoned|mob justice)");
    internal static readonly Regex ForceHarm = Patterns.Get(@"\b(?:shot|killed|live (?:bullets|rounds|ammunition)|beat(?:en)? (?:up )?(?:the )?(?:protesters|demonstrators))");
    internal static readonly Regex ForceShot = Patterns.Get(@"\b(?:police|officers|soldiers|security forces|troops|GSU)\b.{0,80}\b(?:shot|killed|opened fire|live)|(?:shot|killed)\b.{0,40}\bby (?:the )?(?:police|officers|soldiers|security forces)");
    internal static readonly Regex NoResistance = Patterns.Get(@"\bwithout (?:any )?(?:resistance|a fight|fighting|clashes)|\b(?:withdrew|withdrawn|handed over|pulled out|evacuated)\b");
    internal static readonly Regex GovernmentWords = Patterns.Get(@"\b(?:regime|government|army|soldiers|troops)\b");
    internal static readonly Regex DefusedWeapon = Patterns.Get(@"defus|dismantl|failed to (?:explode|detonate)|did not (?:explode|detonate)|(?:found|discovered|recovered|seized) (?:an? |the )?(?:IED|explosive|bomb|landmine|mine)|shot down|intercepted");
    internal static readonly Regex KinWords = Patterns.Get(@"^(?:(?:his|her|their|the)\s+)?(?:son|sons|daughter|daughters|wife|husband|brother|brothers|sister|father|mother|child|children|family|relatives?)$");
    internal static readonly Regex ShotDown = Patterns.Get(@"\b(?:shot|shoots|shooting|brought) down\b|\bintercept(?:ed|s|ing)\b");
    internal static readonly Regex BetweenWords = Patterns.Get(@"\b(?:between|among)\b");
    internal static readonly Regex SidesJoinedBeforeVerb = Patterns.Get(@"\b\w+\s+and\s+(?:\w+\s+){0,3}(?:clashed|fought|battled|clash|fight)\b");
    internal static readonly Regex PartialAfter = Patterns.Get(@"\b(?:partial|some parts|parts of|part of|a part of)\b");
    internal static readonly Regex PartialBefore = Patterns.Get(@"\b(?:partial|partially)\s+$");
    internal static readonly Regex HeldAreaAfter = Patterns.Get(@"^(?:controll?ed|held|captured|liberated|seized)\s+(?:enclaves?|areas?|territor\w+|zones?|regions?|parts?|neighbou?rhoods?|pockets?|districts?|positions|points|lands?)\b");
    internal static readonly Regex TheBefore = Patterns.Get(@"\bthe\s+$");
    internal static readonly Regex SelfContainedTerritory = Patterns.Get(@"\b(?:control|over|hands)\b");
    internal static readonly Regex NameAfterVerb = Patterns.Get(@"^\s+(?:the\s+(?:town|village|city|area)\s+of\s+)?(?:(?:al|el|Al|El|Um|Umm|Tal|Tel|Kafr|Deir|Ain)[- ])?[A-Z]", ignoreCase: false);
    internal static readonly Regex ViolenceOnCivilian = Patterns.Get(@"\b(?:killed|shot|attacked|hacked|stabbed|murdered|abducted|kidnapped|injured|wounded|beheaded|executed|targeted|raided|robbed|assaulted|torched|burned)\s+(?:and\s+\w+\s+)?(?:a|an|the|two|three|four|five|six|\d+|several|one|local|many)?\s*(?:\w+\s+){0,2}(?:civilians?|villagers?|residents?|farmers?|herders?|teachers?|students?|child(?:ren)?|boys?|girls?|wom[ae]n|m[ae]n|person|people|family|passengers?|motorists?|traders?|businessm[ae]n|workers?|chiefs?|elders?|pastors?|journalists?|officials?|MCAs?|MPs?|homes?|houses?|villages?|village|bus|vehicle|matatu|worshipp?ers|mourners|refugees|locals)\b");
    internal static readonly Regex CivilianSuffered = Patterns.Get(@"\b(?:civilians?|villagers?|residents?|farmers?|herders?|a (?:man|woman|boy|girl|child|teacher|trader|farmer|resident|herder|student|chief)|people|passengers?|wom[ae]n|children)\s+(?:\w+\s+){0,4}(?:were|was|have been|has been)\s+(?:\w+\s+)?(?:killed|shot|attacked|hacked|stabbed|murdered|abducted|kidnapped|injured|wounded|beheaded|executed|raped)");
}
