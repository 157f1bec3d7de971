using Sitrep.Core.Acled;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Coding;

/// <summary>ACLED's generic actors, used when the text names a side only by what it is ("gunmen", "a crowd").</summary>
internal static class SyntheticActors
{
    public static readonly ActorEntry Unidentified = new("Unidentified Armed Group ({country})", InterCode.PoliticalMilitia.Name, "*", null, null, [], Synthetic: true);
    public static readonly ActorEntry Civilians = new("Civilians ({country})", InterCode.Civilians.Name, "*", null, null, [], Synthetic: true);
    public static readonly ActorEntry Protesters = new("Protesters ({country})", InterCode.Protesters.Name, "*", null, null, [], Synthetic: true);
    public static readonly ActorEntry Rioters = new("Rioters ({country})", InterCode.Rioters.Name, "*", null, null, [], Synthetic: true);
    public static readonly ActorEntry Military = new("@military", InterCode.StateForces.Name, "*", null, null, [], Synthetic: true);
    /// <summary>Workers as ACLED names them when a crowd's demand is about work; the resolver gives it the dates of the
    /// Labour Group row of actors.tsv, so events before ACLED coded the group keep the crowd alone.</summary>
    public static readonly ActorEntry LabourGroup = new("Labour Group ({country})", InterCode.Protesters.Name, "*", null, null, [], Synthetic: true);
    /// <summary>ACLED's associate of rioters who punish someone they hold guilty of a crime (mob justice).</summary>
    public static readonly ActorEntry VigilanteGroup = new("Vigilante Group ({country})", InterCode.PoliticalMilitia.Name, "*", null, null, [], Synthetic: true);
    public static readonly ActorEntry Police = new("@police", InterCode.StateForces.Name, "*", null, null, [], Synthetic: true);

    private static readonly string UnidentifiedStem = Stem(Unidentified);
    private static readonly string VigilanteStem = Stem(VigilanteGroup);

    // The name before its "({country})": the table's rows of the same group are named so too.
    private static string Stem(ActorEntry e) => e.Canonical[..e.Canonical.IndexOf('(')];

    /// <summary>True for an armed group the report does not identify: ours, or the table's generic row of the same name.</summary>
    public static bool IsUnidentified(ActorEntry e) =>
        e == Unidentified || (e.IsGeneric && e.Canonical.StartsWith(UnidentifiedStem, StringComparison.Ordinal));

    /// <summary>True for a resolved name of an armed group the report does not identify ("Unidentified Armed Group (Iraq)").</summary>
    public static bool IsUnidentifiedName(string name) => name.StartsWith(UnidentifiedStem.TrimEnd(), StringComparison.Ordinal);

    /// <summary>True for ACLED's Vigilante Group: ours, or a row of the table of that name.</summary>
    public static bool IsVigilanteGroup(ActorEntry e) => e == VigilanteGroup || e.Canonical.StartsWith(VigilanteStem, StringComparison.Ordinal);
}
