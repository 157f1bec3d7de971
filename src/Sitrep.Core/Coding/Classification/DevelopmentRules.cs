using Sitrep.Core.Acled;

namespace Sitrep.Core.Coding;

/// <summary>A non-violent trigger of one class (arrest, agreement, headquarters ...): the strategic development it names.</summary>
/// <remarks>Implements <see cref="EventType.StrategicDevelopments"/>: with no violence and no demonstration recognised, an
/// arrest, accord, base, handover or change to a group is recorded for the conflict's context. One instance per trigger
/// class, in the order of <see cref="ClassificationRules.Default"/>.</remarks>
internal sealed class DevelopmentTriggerRule(string name, string triggerClass, SubEventType subEventType) : IClassificationRule
{
    public string Name => name;

    /// <summary>The trigger class this rule looks for.</summary>
    public string TriggerClass => triggerClass;

    public Classification? Apply(ClassificationContext ctx) =>
        ctx.FirstOf(triggerClass) is { } t ? Classification.Of(subEventType, t, ClassFamily.Development) : null;
}

/// <summary>Nothing else applied: a strategic development of the kind "other", with no trigger.</summary>
/// <remarks>Implements <see cref="SubEventType.Other"/>, the codebook's place for an important event that fits no other
/// definition; always applies, so it stays last.</remarks>
internal sealed class OtherDevelopmentRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) => Classification.Of(SubEventType.Other, null, ClassFamily.Development);
}
