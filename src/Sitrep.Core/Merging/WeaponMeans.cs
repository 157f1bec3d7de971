using Sitrep.Core.Acled;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Merging;

/// <summary>How an event's violence was done (air, indirect fire, explosive, gunfire ...), from data/lexicons/en/weapons.tsv: two reports naming different means tell two incidents.</summary>
public static class WeaponMeans
{
    private static readonly Lazy<Dictionary<string, string>> ByWeapon = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (line, cells) in LexiconFile.Read("weapons.tsv"))
        {
            var means = cells.Cell(3);
            if (means.Length == 0) throw new InvalidDataException($"weapons.tsv line {line}: no means for '{cells.Cell(0)}'");
            map[cells.Cell(0)] = means;
        }

        return map;
    });

    // The remote sub-event types say the means when no weapon word does.
    private static readonly Dictionary<string, string> BySubEventType = new(StringComparer.Ordinal)
    {
        [SubEventType.AirDroneStrike.Name] = "air",
        [SubEventType.ShellingArtilleryMissile.Name] = "indirect fire",
        [SubEventType.RemoteExplosive.Name] = "explosive",
        [SubEventType.SuicideBomb.Name] = "explosive",
        [SubEventType.Grenade.Name] = "explosive",
        [SubEventType.ChemicalWeapon.Name] = "chemical",
    };

    /// <summary>The means of the event's violence, or null when the report does not say.</summary>
    public static string? Of(Resolution.ResolvedEvent e) =>
        e.Weapon is { Length: > 0 } w && ByWeapon.Value.TryGetValue(w, out var m) ? m
        : BySubEventType.GetValueOrDefault(e.SubEventType);
}
