namespace Sitrep.Server;

/// <summary>ACLED's six event types and 25 sub-event types, to refuse filter values that can never match with a clear message.</summary>
public static class AcledTaxonomy
{
    /// <summary>Each event type with its sub-event types.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Types = new Dictionary<string, string[]>
    {
        ["Battles"] = ["Armed clash", "Government regains territory", "Non-state actor overtakes territory"],
        ["Explosions/Remote violence"] = ["Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack", "Remote explosive/landmine/IED", "Grenade"],
        ["Violence against civilians"] = ["Sexual violence", "Attack", "Abduction/forced disappearance"],
        ["Protests"] = ["Peaceful protest", "Protest with intervention", "Excessive force against protesters"],
        ["Riots"] = ["Violent demonstration", "Mob violence"],
        ["Strategic developments"] = ["Agreement", "Arrests", "Change to group/activity", "Disrupted weapons use", "Headquarters or base established", "Looting/property destruction", "Non-violent transfer of territory", "Other"],
    };

    /// <summary>The canonical spelling of an event type, matched case-insensitively; null when it is not one.</summary>
    public static string? EventType(string value) =>
        Types.Keys.FirstOrDefault(t => string.Equals(t, value.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The canonical spelling of a sub-event type, matched case-insensitively; null when it is not one.</summary>
    public static string? SubEventType(string value) =>
        Types.Values.SelectMany(s => s).FirstOrDefault(t => string.Equals(t, value.Trim(), StringComparison.OrdinalIgnoreCase));
}
