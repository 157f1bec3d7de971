using Sitrep.Core.Acled;
using Sitrep.Core.Annotation;
using static Sitrep.Core.Coding.ClassificationPatterns;

namespace Sitrep.Core.Coding;

/// <summary>A mob trigger with killing, attacking or harm words, and no armed initiator: mob violence.</summary>
/// <remarks>Implements <see cref="SubEventType.MobViolence"/>: a crowd that nobody organised turning on people or property
/// (a lynching, a beating, a burning) is a riot of its own kind, not a demonstration. Vigilantes no report names, punishing
/// someone they hold guilty of a crime ("a suspected thief was attacked by a vigilante mob"), are such a crowd too.</remarks>
internal sealed class MobWithHarmRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.MobSaid && (ctx.Has("kill") || ctx.Has("attack") || MobHarm.IsMatch(ctx.Text)) && (!ctx.ArmedInitiator || VigilantesPunish(ctx))
            ? Classification.Of(SubEventType.MobViolence, ctx.FirstOf("mob"), ClassFamily.Riot)
            : null;

    private static bool VigilantesPunish(ClassificationContext ctx) =>
        ctx.Sides.Side1.All(a => !InterCode.IsArmedName(a.Entry.Inter) || SyntheticActors.IsVigilanteGroup(a.Entry))
        && CrowdPunishes.IsMatch(ctx.Text);
}

/// <summary>A crowd that attacks or kills someone ("residents beat a suspected thief to death"), led by no named armed group: mob violence.</summary>
/// <remarks>Implements <see cref="SubEventType.MobViolence"/>: the perpetrators are an unorganised crowd, so the killing is
/// a riot rather than violence by an armed group.</remarks>
internal sealed class CrowdPerpetratorRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        (ctx.Has("kill") || ctx.Has("attack") || ctx.MobSaid) && ctx.CrowdIsPerpetrator && !ctx.NamedArmedInitiator && !DemonstratorsRiot(ctx)
            ? Classification.Of(SubEventType.MobViolence, ctx.FirstOf("mob", "kill", "attack"), ClassFamily.Riot)
            : null;

    // Demonstrators who turn on people or property riot as a demonstration: ViolentCrowdRule decides, unless a mob or two
    // rival crowds tell of it. The killing a demonstration protests ("over the killing of a driver") is its cause, not its act.
    private static bool DemonstratorsRiot(ClassificationContext ctx) =>
        ctx.Demonstrating && !ctx.MobSaid && !ctx.RivalCrowds && ctx.CrowdGathers && ctx.ViolentCrowd && !ctx.DeclaredPeaceful;
}

/// <summary>Herders, clans or tribes fighting ("farmers and herders clashed over grazing land"), with no demonstration and no riot words (sticks, stones, machetes): an armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/> for communal militias: the codebook counts groups organised by
/// a community, clan or livelihood that fight as armed groups, so their fight is a battle, not a crowd's riot.</remarks>
internal sealed class CommunalClashRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.ClashLead is { } clash && !ctx.Has("protest") && !ctx.Has("riot") && CommunalSides.IsMatch(ctx.Text) && !CrudeWeapons.IsMatch(ctx.Text)
            ? Classification.Of(SubEventType.ArmedClash, clash, ClassFamily.Battle)
            : null;
}

/// <summary>Crowds without weapons of war clashing with each other or the police: a riot, not a battle.</summary>
/// <remarks>Implements <see cref="EventType.Riots"/>: fighting is a battle only between organised armed groups ; a crowd
/// fighting is <see cref="SubEventType.ViolentDemonstration"/>, or <see cref="SubEventType.MobViolence"/> when a mob does it.</remarks>
internal sealed class CrowdClashRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.Has("clash") && !ctx.AnyArmedNonStateBesidePartyCrowds && (ctx.CrowdSide || CrowdWords.IsMatch(ctx.Text)) && !CrowdArmed.IsMatch(ctx.Text)
            && !ctx.ProtestStorm && !ctx.Has("air") && !ctx.Has("shelling") && !ctx.Has("ied") && !ctx.ForcesStormCivilians
            ? CrowdFight.Of(ctx, ctx.FirstOf("clash"))
            : null;
}

/// <summary>A brawl, scuffle or street fight with no firearm in it and no rebel group leading: a riot, whoever the sides are.</summary>
/// <remarks>Implements <see cref="SubEventType.MobViolence"/> (or <see cref="SubEventType.ViolentDemonstration"/> in a
/// demonstration): the words tell of people fighting hand to hand, which the codebook counts as rioting even between party
/// supporters, unions or communities that elsewhere act as militias; shooting makes it a clash of armed groups again.</remarks>
internal sealed class BrawlRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.Triggers.FirstOrDefault(t => t.Class == "clash" && ctx.Says(t, BrawlWord)) is { } brawl
            && !FirearmWords.IsMatch(ctx.Text) && !ctx.ArmedGroupInitiator && !ctx.Has("air") && !ctx.Has("shelling") && !ctx.Has("ied")
            ? CrowdFight.Of(ctx, brawl)
            : null;
}

/// <summary>What a crowd's fight is: a protest when the gathering is declared peaceful, else a violent demonstration or mob violence.</summary>
internal static class CrowdFight
{
    /// <summary>The classification of a crowd fighting, told by <paramref name="fight"/>.</summary>
    public static Classification Of(ClassificationContext ctx, TriggerMention? fight)
    {
        // A crowd's fight words in a gathering the report calls peaceful are figures of speech ("to fight for their rights"):
        // the protest rules decide, and the clash word must not reach the battle rules.
        if (ctx.DeclaredPeaceful && ctx.ProtestLead is { } lead) return ProtestRules.Of(ctx, lead);
        // Rioters fighting the police or the army riot against the state's authority: the codebook's violent demonstration,
        // which names clashes with state forces among its forms, even when no demand is told.
        var mob = ctx.MobSaid || ctx.RivalCrowds || (!ctx.Demonstrating && !ctx.RiotAgainstForces);
        return Classification.Of(mob ? SubEventType.MobViolence : SubEventType.ViolentDemonstration, fight, ClassFamily.Riot);
    }
}

/// <summary>The protest sub-type of a non-violent gathering: with intervention when force met it, else peaceful.</summary>
internal static class ProtestRules
{
    /// <summary>Protest with intervention when the text tells of force used on the crowd, else a peaceful protest.</summary>
    public static Classification Of(ClassificationContext ctx, TriggerMention? lead) =>
        Classification.Of(ctx.Intervention ? SubEventType.ProtestWithIntervention : SubEventType.PeacefulProtest, lead, ClassFamily.Protest);
}

/// <summary>A violent crowd punishing someone it holds guilty (a suspected thief, a witch) or avenging a road death, with no demand or demonstration: mob violence.</summary>
/// <remarks>Implements <see cref="SubEventType.MobViolence"/>: the codebook's mob is a crowd acting on its own, without the
/// organisation of a demonstration; mob justice, and burning the vehicle or the driver after a deadly accident, are its
/// commonest forms. A crowd that protests or demands something (<see cref="ClassificationContext.Demonstrating"/>), or
/// stands against a decision (<c>riot-cause</c>), is left to <see cref="ViolentCrowdRule"/>; so is one facing the state's forces,
/// whose riot is against them ("riots after police shot three suspected robbers").</remarks>
internal sealed class CrowdReprisalRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.CrowdGathers && ctx.ViolentCrowd && !ctx.DeclaredPeaceful && !ctx.Demonstrating && !RiotCause.IsMatch(ctx.Text) && !ctx.StateForcesSide
            && (CrowdPunishes.IsMatch(ctx.Text) || RoadDeath.IsMatch(ctx.Text))
            ? Classification.Of(SubEventType.MobViolence, ctx.FirstOf("mob", "riot", "loot", "unrest"), ClassFamily.Riot)
            : null;
}

/// <summary>A gathering whose crowd riots, loots or clashes: a violent demonstration, or mob violence when a mob does it.</summary>
/// <remarks>Implements <see cref="SubEventType.ViolentDemonstration"/>: demonstrators who destroy, throw stones or fight make
/// the protest a riot (<see cref="SubEventType.MobViolence"/> when the report speaks of a mob, when rival crowds fight each
/// other, or when rioters go for people with no demonstration or cause around them).</remarks>
internal sealed class ViolentCrowdRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx)
    {
        if (!ctx.CrowdGathers || !ctx.ViolentCrowd || ctx.DeclaredPeaceful) return null;
        return ctx.MobSaid || ctx.RivalCrowds || (!ctx.Demonstrating && !RiotCause.IsMatch(ctx.Text) && CrowdAssault.IsMatch(ctx.Text))
            ? Classification.Of(SubEventType.MobViolence, ctx.FirstOf("mob", "riot", "protest", "unrest"), ClassFamily.Riot)
            : Classification.Of(SubEventType.ViolentDemonstration, ctx.FirstOf("riot", "protest", "unrest"), ClassFamily.Riot);
    }
}

/// <summary>Residents, youths or a party's cadres destroying property, with no killing and no firearm: a riot.</summary>
/// <remarks>Implements <see cref="SubEventType.MobViolence"/>, or <see cref="SubEventType.ViolentDemonstration"/> when the crowd
/// demonstrates or acts against something (a strike, a decision): the codebook's looting/property destruction is an organised
/// actor's; a crowd that burns or vandalises riots.</remarks>
internal sealed class CrowdDestructionRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.FirstOf("loot") is { } loot && CrowdDestroys.IsMatch(ctx.Text) && !ctx.Has("kill") && !ctx.ArmedGroupInitiator && !FirearmWords.IsMatch(ctx.Text)
            && !CrowdArmed.IsMatch(ctx.Text)
            ? Classification.Of(!ctx.MobSaid && (ctx.Demonstrating || RiotCause.IsMatch(ctx.Text)) ? SubEventType.ViolentDemonstration : SubEventType.MobViolence, loot, ClassFamily.Riot)
            : null;
}

/// <summary>A peaceful gathering met with force that kills or wounds: excessive force against protesters.</summary>
/// <remarks>Implements <see cref="SubEventType.ExcessiveForceAgainstProtesters"/>: the protesters stay non-violent, and the
/// force used on them (live fire, lethal beatings) kills or seriously injures.</remarks>
internal sealed class ExcessiveForceRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.CrowdGathers && ctx.Intervention && ctx.KilledByForce && ForceShot.IsMatch(ctx.Text)
            ? Classification.Of(SubEventType.ExcessiveForceAgainstProtesters, ctx.ProtestLead, ClassFamily.Protest)
            : null;
}

/// <summary>A peaceful gathering that force disperses or stops (tear gas, arrests): protest with intervention.</summary>
/// <remarks>Implements <see cref="SubEventType.ProtestWithIntervention"/>: authorities try to break up a non-violent protest
/// without killing or badly hurting anyone. A crowd no protest or riot word gathers (women arrested at their market stalls)
/// is no protest that force broke up: the rules after this one decide what was done to it.</remarks>
internal sealed class ProtestWithInterventionRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.CrowdGathers && ctx.Intervention && ctx.ProtestLead is not null
            ? Classification.Of(SubEventType.ProtestWithIntervention, ctx.ProtestLead, ClassFamily.Protest)
            : null;
}

/// <summary>A protest with no violence, no intervention and no weapons around it: peaceful protest.</summary>
/// <remarks>Implements <see cref="SubEventType.PeacefulProtest"/>: people demonstrate without violence and nobody uses force
/// on them.</remarks>
internal sealed class PeacefulProtestRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.CrowdGathers && ctx.ProtestLead is { } lead && (lead.Class == "protest" || ctx.CrowdSide || ctx.ProtestStorm)
            && (!ctx.Has("clash") || ctx.ProtestStorm) && !ctx.Has("air") && !ctx.Has("ied") && !ctx.Has("shelling")
            ? Classification.Of(SubEventType.PeacefulProtest, lead, ClassFamily.Protest)
            : null;
}
