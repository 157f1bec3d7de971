using Sitrep.Core.Acled;
using static Sitrep.Core.Coding.ClassificationPatterns;

namespace Sitrep.Core.Coding;

/// <summary>Fighting between armed sides, even when civilians die in it: armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/>: two organised armed groups fight and no territory changes hands.
/// "Fighting between the X and Y clans" names two sides; so do armed victims or two armed actors.</remarks>
internal sealed class ArmedClashRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx)
    {
        if (ctx.ClashLead is not { } clash) return null;
        // An ambush or a storming aimed at civilians or their homes and vehicles is an attack on them when nothing tells of armed
        // victims or of anyone fighting back; the rules after this one decide it.
        if (ctx.ClashesOneSided && ctx.ClashOnCivilianTarget && !ctx.VictimsArmed && !ArmedResponse.IsMatch(ctx.Text)) return null;
        var between = BetweenWords.IsMatch(ctx.Text) || SidesJoinedBeforeVerb.IsMatch(ctx.Text);
        return between || !ctx.VictimsCivilian || (ctx.TwoSidedClashLead && ctx.VictimsOnlyPeople) || ctx.ClashOnPosition || ctx.VictimsArmed || ctx.Side2Armed || ArmedSides.IsMatch(ctx.Text)
            || ctx.Sides.Side1.Count(a => InterCode.IsArmedName(a.Entry.Inter)) >= 2
            ? Classification.Of(SubEventType.ArmedClash, clash, ClassFamily.Battle)
            : null;
    }
}

/// <summary>Rape or other sexual violence: sexual violence against civilians.</summary>
/// <remarks>Implements <see cref="SubEventType.SexualViolence"/>: sexual violence by an armed group against civilians.</remarks>
internal sealed class SexualViolenceRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.Has("sexual") ? Classification.Of(SubEventType.SexualViolence, ctx.FirstOf("sexual"), ClassFamily.Civilians) : null;
}

/// <summary>People abducted or kidnapped who are not combatants, and nobody killed or hurt: abduction/forced disappearance.</summary>
/// <remarks>Implements <see cref="SubEventType.AbductionForcedDisappearance"/>: an armed group takes or detains civilians
/// outside any legal process. When the same incident kills or injures anyone, the codebook records the graver act, an
/// <see cref="SubEventType.Attack"/> (the rules after this one decide it).</remarks>
internal sealed class AbductionRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.Has("abduct") && !ctx.VictimsArmed && !ctx.AnyoneKilledOrHurt
            ? Classification.Of(SubEventType.AbductionForcedDisappearance, ctx.FirstOf("abduct"), ClassFamily.Civilians)
            : null;
}

/// <summary>An armed group that is not the state detaining another armed group's fighters ("HTS detained several members of al Sham Corps"): an armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/>: arrests are the state's act in the codebook; when a rebel group
/// or militia seizes members of another armed group, the two armed sides have met in force, whether or not shots are told.</remarks>
internal sealed class ArmedGroupDetainsFightersRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.Has("arrest") && !ctx.Has("protest") && ctx.Sides.Side1.Any(a => InterCode.IsNonStateArmedName(a.Entry.Inter))
            && ctx.VictimsArmed
            ? Classification.Of(SubEventType.ArmedClash, ctx.FirstOf("arrest"), ClassFamily.Battle)
            : null;
}

/// <summary>A raid or search that ends in arrests, with no fighting and nobody killed or hurt: arrests.</summary>
/// <remarks>Implements <see cref="SubEventType.Arrests"/>: forces that raid homes or a hideout and detain people without a
/// fight have arrested them; the raid is how, not an attack. Detained fighters, fighting or casualties leave it to the rules
/// after this one (members of an armed group taken in a raid are an armed clash in the codebook). A raid told as a one-sided
/// clash word ("raided a bandit hideout") is still only the raid: fighting is told by a two-sided word.</remarks>
internal sealed class ArrestRaidRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.Has("arrest") && (!ctx.Has("clash") || ctx.ClashesOneSided) && !ctx.AnyoneKilledOrHurt && !ctx.VictimsArmed && !ctx.ArmedGroupTargeted
            && (ctx.Violence ?? ctx.ClashLead) is { } v && ctx.IsRaid(v)
            ? Classification.Of(SubEventType.Arrests, ctx.FirstOf("arrest"), ClassFamily.Development)
            : null;
}

/// <summary>Violence whose victims are armed and not civilians, or between armed actors only: armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/>: an armed group attacking soldiers, fighters or a position in
/// person is a battle even when only one side fired.</remarks>
internal sealed class ViolenceOnArmedRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx)
    {
        if ((ctx.Violence ?? ctx.ClashLead) is not { } trigger) return null;
        var sides = ctx.Sides;
        // Two actors, not one force named twice ("police officers attached to the X Police Station"): a force alone is no fight.
        var allArmed = sides.Side1.Concat(sides.Side2).Select(a => a.Entry.Canonical).Distinct().Count() >= 2 && sides.Side1.All(a => InterCode.IsArmedName(a.Entry.Inter)) && sides.Side2.All(ctx.IsArmedSide);
        return ((ctx.VictimsArmed || ctx.Side2Armed || allArmed) && !ctx.VictimsCivilian) || ArmedResponse.IsMatch(ctx.Text)
            ? Classification.Of(SubEventType.ArmedClash, trigger, ClassFamily.Battle)
            : null;
    }
}

/// <summary>Looting or burning with nobody killed or hurt and no attack on people: looting/property destruction.</summary>
/// <remarks>Implements <see cref="SubEventType.LootingPropertyDestruction"/>: property is taken or destroyed without violence
/// against people, a strategic development rather than an attack. "Attacked the village and seized livestock, no casualties"
/// is told with an attack word, but its object is a place or a vehicle and nobody was harmed: the looting is the event.
/// Decided before <see cref="ViolenceOnArmedRule"/> only when no armed victim, armed post or fighting back (an attack
/// repelled or thwarted) is told, and no one set upon in person (shot, tied up, "attacked civilians"), so an
/// armed actor the sides merely put second does not make a raid on a village a battle.</remarks>
internal sealed class LootingRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        (ctx.Violence ?? ctx.ClashLead) is not null && ctx.Has("loot") && !ctx.Sentences.SelectMany(s => s.Casualties).Any()
            && !ctx.Has("kill") && !ctx.ArmedVictimTold && !ctx.ClashOnPosition && !ArmedResponse.IsMatch(ctx.Text)
            && (!ctx.Has("clash") || ctx.ClashesOneSided)
            && !ctx.PeopleHarmed && !AttackFoiled.IsMatch(ctx.Text)
            ? Classification.Of(SubEventType.LootingPropertyDestruction, ctx.FirstOf("loot"), ClassFamily.Development)
            : null;
}

/// <summary>Violence against people who are civilians or not shown to be armed: an attack on civilians.</summary>
/// <remarks>Implements <see cref="SubEventType.Attack"/>: an armed group kills, wounds or otherwise harms unarmed
/// non-combatants in person. Every incident with victims armed and not civilian went to <see cref="ViolenceOnArmedRule"/>,
/// so any violence reaching this rule is against civilians.</remarks>
internal sealed class AttackOnCiviliansRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        (ctx.Violence ?? ctx.ClashLead) is { } trigger ? Classification.Of(SubEventType.Attack, trigger, ClassFamily.Civilians) : null;
}
