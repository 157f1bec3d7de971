using Sitrep.Core.Acled;
using static Sitrep.Core.Coding.ClassificationPatterns;

namespace Sitrep.Core.Coding;

/// <summary>Ground changing hands without resistance and with no fighting reported: non-violent transfer of territory.</summary>
/// <remarks>Implements <see cref="SubEventType.NonViolentTransfer"/>: a withdrawal or handover moves territory from one actor
/// to another without a fight, a strategic development rather than a battle.</remarks>
internal sealed class NonViolentTransferRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        // "No fighting was reported" denies a fight: its word does not put the withdrawal under fire.
        ctx.TerritoryLead is { } lead && NoResistance.IsMatch(ctx.Text) && ctx.ClashLead is null
            && !UnderFire.IsMatch(NoResistance.Replace(ctx.Text, " "))
            ? Classification.Of(SubEventType.NonViolentTransfer, lead, ClassFamily.Territory)
            : null;
}

/// <summary>Ground taken by force: the government regains territory, or a non-state actor overtakes it.</summary>
/// <remarks>Implements <see cref="SubEventType.GovernmentRegainsTerritory"/> and <see cref="SubEventType.NonStateActorOvertakesTerritory"/>:
/// a battle in which a location changes hands, told apart by whether the state (or, with no actor named, the text's
/// army or government) is the one taking it.</remarks>
internal sealed class TerritoryChangeRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx)
    {
        if (ctx.TerritoryLead is not { } lead) return null;
        var side1 = ctx.Sides.Side1;
        var govt = side1.FirstOrDefault()?.Entry.Inter == InterCode.StateForces.Name
            || (side1.Count == 0 && GovernmentWords.IsMatch(ctx.Text));
        return Classification.Of(govt ? SubEventType.GovernmentRegainsTerritory : SubEventType.NonStateActorOvertakesTerritory, lead, ClassFamily.Territory);
    }
}

/// <summary>An attempt to take ground ("tried to capture the town", "in a bid to retake it"): an armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/>: the codebook records a change of territory only when it
/// happened; an assault that aims at it is a battle between the sides, whatever weapons opened it.</remarks>
internal sealed class TerritoryAttemptRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.TerritoryLead is null && ctx.TerritoryAttempt is { } attempt
            // The fighting word, when the report has one, is what names the sides ("clashed with IS ... took part of the town").
            ? Classification.Of(SubEventType.ArmedClash, ctx.ClashLead ?? attempt, ClassFamily.Battle)
            : null;
}

/// <summary>A suicide attacker stopped by force before the blast (shot, arrested, caught "before he could detonate"): an armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/>: no bomb went off, so it is no <see cref="SubEventType.SuicideBomb"/>;
/// an armed side met the attacker in person, which the codebook codes as fighting between the two. The words are
/// <c>suicide-stopped</c> of <c>en/classification.tsv</c>.</remarks>
internal sealed class SuicideStoppedRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.FirstOf("suicide") is { } suicide && SuicideStopped.IsMatch(ctx.Text)
            ? Classification.Of(SubEventType.ArmedClash, ctx.ClashLead ?? ctx.Violence ?? suicide, ClassFamily.Battle)
            : null;
}

/// <summary>A suicide attack with no fighting reported first: suicide bomb.</summary>
/// <remarks>Implements <see cref="SubEventType.SuicideBomb"/>: the attacker sets off explosives on their body or vehicle and
/// dies doing it. Shelling or strikes during fighting belong to the battle, so a clash trigger keeps all remote rules out.</remarks>
internal sealed class SuicideBombRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.RemoteLead is not null && ctx.ClashLead is null && ctx.FirstOf("suicide") is { } suicide
            ? Classification.Of(SubEventType.SuicideBomb, suicide, ClassFamily.Remote)
            : null;
}

/// <summary>A remote weapon defused, found before use, or shot down: disrupted weapons use.</summary>
/// <remarks>Implements <see cref="SubEventType.DisruptedWeaponsUse"/>: an attack that was stopped before it did harm (bombs
/// defused or seized, missiles or drones intercepted) is a strategic development, not remote violence.</remarks>
internal sealed class DisruptedWeaponsRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx)
    {
        if (!ctx.Has("disrupted") || !DefusedWeapon.IsMatch(ctx.Text)) return null;
        var shotDown = ShotDown.IsMatch(ctx.Text);
        if (ctx.RemoteLead is null && !shotDown) return null;
        var killed = ctx.Sentences.SelectMany(s => s.Casualties).Any(c => c.Kind == Annotation.CasualtyKind.Killed);
        // Drones shot down with no one killed are stopped weapons, whatever the "fire" words around them; a strike that
        // got through and killed ("downed some of the missiles ... killing one soldier") is the strike, only partly stopped.
        if (ctx.ClashLead is not null && (!shotDown || killed)) return null;
        if (ctx.RemoteLead is not null && killed) return null;
        return Classification.Of(SubEventType.DisruptedWeaponsUse, ctx.FirstOf("disrupted"), ClassFamily.Development);
    }
}

/// <summary>An explosive going off by accident (old ordnance, mishandling) with no armed initiator: a strategic development, other.</summary>
/// <remarks>Implements <see cref="SubEventType.Other"/>: remote violence needs someone using the weapon; an accident or
/// a remnant of war exploding is recorded as a development that fits no other definition.</remarks>
internal sealed class ExplosiveAccidentRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.RemoteLead is { Class: "ied" } lead && ctx.ClashLead is null && AccidentWords.IsMatch(ctx.Text) && !ctx.ArmedInitiator
            ? Classification.Of(SubEventType.Other, lead, ClassFamily.Development)
            : null;
}

/// <summary>Shelling or rockets answered by gunfire or sniping, or met by an assault, between two armed sides: an armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/>: the codebook codes an exchange of fire that includes shelling
/// as a battle; remote violence is one-sided. Needs armed actors on both sides, so shelling of a village stays remote.</remarks>
internal sealed class RemoteAnsweredRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.RemoteLead is { } lead && ctx.ClashLead is null && ctx.ArmedInitiator
            && (ctx.Side2Armed || ctx.VictimsArmed) && !ctx.VictimsCivilian && GroundFight.IsMatch(ctx.Text)
            ? Classification.Of(SubEventType.ArmedClash, lead, ClassFamily.Battle)
            : null;
}

/// <summary>Shelling returned by the other side ("as a response, the army shelled", "return shelling", "shelling between the
/// two factions"): an exchange of fire between armed sides, an armed clash.</summary>
/// <remarks>Implements <see cref="SubEventType.ArmedClash"/>: remote violence is one-sided; two armed sides firing at each other,
/// whatever the weapons, fight a battle. The words are in <c>remote-returned</c> of <c>en/classification.tsv</c>.</remarks>
internal sealed class RemoteReturnedRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.RemoteLead is { Class: "shelling" or "air" } lead && ctx.ClashLead is null && (ctx.ArmedInitiator || ctx.Side2Armed)
            && RemoteReturned.IsMatch(ctx.Text)
            ? Classification.Of(SubEventType.ArmedClash, lead, ClassFamily.Battle)
            : null;
}

/// <summary>A weapon that strikes from afar, with no fighting reported: the remote violence sub-type its trigger names.</summary>
/// <remarks>Implements <see cref="EventType.ExplosionsRemoteViolence"/>: air and drone strikes, shelling, IEDs, grenades and
/// chemical weapons, where the attacker does not face the target; the trigger's lexicon entry gives the sub-event type.</remarks>
internal sealed class RemoteViolenceRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.RemoteLead is { } lead && ctx.ClashLead is null
            ? new Classification(lead.EventType, lead.SubEventType, lead, ClassFamily.Remote)
            : null;
}

/// <summary>A one-sided attack whose means the same sentence names as remote ("an artillery attack on a camp", "ambushed the
/// troops using IEDs", "conducted an air raid in the forest"): the remote sub-type, not a battle.</summary>
/// <remarks>Implements <see cref="EventType.ExplosionsRemoteViolence"/>: the codebook codes an attack on an armed force as a
/// battle only when it is fought in person; air or drone strikes, shelling and explosives are remote violence whoever is hit.
/// Any fighting word beyond the assault ("clashed", "advanced", "repelled"), ground fire beside the weapon, or remote fire
/// told as support for troops ("backed by airstrikes") keeps it a battle.</remarks>
internal sealed class RemoteMeansRule : ClassificationRule
{
    public override Classification? Apply(ClassificationContext ctx) =>
        ctx.RemoteLead is { Class: "air" or "ied" or "shelling" } lead && ctx.ClashLead is { } clash && ctx.ClashesOneSided
            && ctx.RemoteMeansOf(lead, clash) && !GroundFight.IsMatch(ctx.Text) && !RemoteSupport.IsMatch(ctx.Text) && !ctx.Has("disrupted")
            ? new Classification(lead.EventType, lead.SubEventType, lead, ClassFamily.Remote)
            : null;
}
