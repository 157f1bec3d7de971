using Sitrep.Core.Acled;

namespace Sitrep.Core.Coding;

/// <summary>One named decision of the classifier: a classification when its conditions hold, null to let the next rule try.</summary>
/// <remarks>A rule may rely on every rule before it in <see cref="ClassificationRules.Default"/> having declined.</remarks>
internal interface IClassificationRule
{
    /// <summary>The rule's name, as the event's classification explanation gives it.</summary>
    string Name { get; }

    /// <summary>The classification this rule decides for the incident, or null when it does not apply.</summary>
    Classification? Apply(ClassificationContext ctx);
}

/// <summary>A rule whose name is its class's name without "Rule" (<c>ArmedClashRule</c> is "ArmedClash").</summary>
/// <remarks>Named once, from the type, so a renamed rule cannot keep a stale name in the events' explanations.</remarks>
internal abstract class ClassificationRule : IClassificationRule
{
    protected ClassificationRule()
    {
        var type = GetType().Name;
        Name = type.EndsWith("Rule", StringComparison.Ordinal) ? type[..^4] : type;
    }

    public string Name { get; }

    public abstract Classification? Apply(ClassificationContext ctx);
}

/// <summary>The classification rules in ACLED's order of precedence; the first that applies decides.</summary>
internal static class ClassificationRules
{
    /// <summary>
    /// Crowds first (a demonstration turning violent is a riot, however many "attack" words follow), then territory
    /// changing hands, remote weapons, fighting between armed sides, violence against civilians, and strategic
    /// developments last. A new rule is a class and one line here.
    /// </summary>
    public static IReadOnlyList<IClassificationRule> Default { get; } =
    [
        // The report's own category, when its writer filed it under one
        new CoderLabelRule(),
        // Fist fights are crowds' whoever fights them; communities fighting otherwise, before the crowd rules would take them for a riot
        new BrawlRule(),
        new CommunalClashRule(),
        // Riots and protests
        new MobWithHarmRule(),
        new CrowdPerpetratorRule(),
        new CrowdClashRule(),
        new CrowdReprisalRule(),
        new ViolentCrowdRule(),
        new CrowdDestructionRule(),
        new ExcessiveForceRule(),
        new ProtestWithInterventionRule(),
        new PeacefulProtestRule(),
        // Territory
        new NonViolentTransferRule(),
        new TerritoryChangeRule(),
        new TerritoryAttemptRule(),
        // Explosions/Remote violence
        new SuicideStoppedRule(),
        new SuicideBombRule(),
        new DisruptedWeaponsRule(),
        new ExplosiveAccidentRule(),
        new RemoteAnsweredRule(),
        new RemoteReturnedRule(),
        new RemoteViolenceRule(),
        new RemoteMeansRule(),
        // Battles and violence against civilians
        new ArmedClashRule(),
        new SexualViolenceRule(),
        new AbductionRule(),
        new ArmedGroupDetainsFightersRule(),
        new ArrestRaidRule(),
        new LootingRule(),
        new ViolenceOnArmedRule(),
        new AttackOnCiviliansRule(),
        // Strategic developments named by their triggers, in this order
        new DevelopmentTriggerRule("ArrestTrigger", "arrest", SubEventType.Arrests),
        new DevelopmentTriggerRule("AgreementTrigger", "agreement", SubEventType.Agreement),
        new DevelopmentTriggerRule("DisruptedTrigger", "disrupted", SubEventType.DisruptedWeaponsUse),
        new DevelopmentTriggerRule("LootTrigger", "loot", SubEventType.LootingPropertyDestruction),
        new DevelopmentTriggerRule("TransferTrigger", "transfer", SubEventType.NonViolentTransfer),
        new DevelopmentTriggerRule("HeadquartersTrigger", "hq", SubEventType.HeadquartersEstablished),
        new DevelopmentTriggerRule("ChangeTrigger", "change", SubEventType.ChangeToGroupActivity),
        new OtherDevelopmentRule(),
    ];
}

/// <summary>A report or paragraph that opens with a coder's category label ("Property destruction: ...", "Arrests: "): that category.</summary>
/// <remarks>The writer has already applied the codebook: ACLED files strategic developments under such headings (arrests,
/// looting, property destruction, movement of forces, security measures, weapons seizures, defusals), and the heading
/// outranks what the words after it suggest ("destroyed an IS hideout" under "Property destruction:" is no clash).</remarks>
internal sealed class CoderLabelRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.FirstOf("label") is { } label && SubEventType.Find(label.SubEventType) is { } sub
            ? Classification.Of(sub, label, FamilyOf(sub))
            : null;

    private static ClassFamily FamilyOf(SubEventType sub)
    {
        if (sub == SubEventType.NonStateActorOvertakesTerritory || sub == SubEventType.GovernmentRegainsTerritory) return ClassFamily.Territory;
        var type = sub.EventType;
        if (type == EventType.Battles) return ClassFamily.Battle;
        if (type == EventType.ExplosionsRemoteViolence) return ClassFamily.Remote;
        if (type == EventType.ViolenceAgainstCivilians) return ClassFamily.Civilians;
        if (type == EventType.Protests) return ClassFamily.Protest;
        if (type == EventType.Riots) return ClassFamily.Riot;
        return ClassFamily.Development;
    }
}

/// <summary>The coarse family of a classification, which the coder's stages act on (a remote weapon's claim, a territory taker).</summary>
public enum ClassFamily
{
    /// <summary>Riots and mob violence.</summary>
    Riot,

    /// <summary>Protests, peaceful or met with force.</summary>
    Protest,

    /// <summary>Ground changing hands, by force or handed over: the event has a taker.</summary>
    Territory,

    /// <summary>Explosions and remote violence.</summary>
    Remote,

    /// <summary>Armed clashes.</summary>
    Battle,

    /// <summary>Violence against civilians.</summary>
    Civilians,

    /// <summary>Strategic developments.</summary>
    Development,
}
