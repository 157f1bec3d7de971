using System.Globalization;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Resolution;

/// <summary>ACLED's standing associates (data/lexicons/companions.tsv): an actor its data always names beside another, such as Pastoralists beside a Fulani militia.</summary>
public sealed class ActorCompanions
{
    private readonly IReadOnlyList<(string Actor, string Companion, DateOnly? From)> _rows;

    /// <summary>Companions from rows of (actor, companion template, first date).</summary>
    public ActorCompanions(IEnumerable<(string Actor, string Companion, DateOnly? From)> rows) => _rows = rows.ToList();

    private static readonly Lazy<ActorCompanions> Bundled = new(() => new ActorCompanions(
        LexiconFile.Exists("companions.tsv")
            ? LexiconFile.Read("companions.tsv").Select(r => (r.Cells.Cell(0), r.Cells.Cell(1),
                DateOnly.TryParseExact(r.Cells.Cell(2), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null))
            : []));

    /// <summary>The bundled table.</summary>
    public static ActorCompanions LoadBundled() => Bundled.Value;

    /// <summary>Adds to <paramref name="assoc"/> the companions of the side's actors (<paramref name="side"/>) that neither side names yet.</summary>
    public void Complete(IReadOnlyList<string> side, List<string> assoc, IReadOnlyCollection<string> elsewhere, string country, DateOnly? date)
    {
        if (_rows.Count == 0) return;
        foreach (var name in side.ToList())
        {
            foreach (var (actor, companion, from) in _rows)
            {
                if (!Names(name, actor) || (from is { } f && (date is null || date < f))) continue;
                var named = country.Length > 0 ? companion.Replace("{country}", country) : companion.Replace(" ({country})", "").Replace("{country}", "");
                if (named == name || side.Contains(named) || assoc.Contains(named) || elsewhere.Contains(named)) continue;
                assoc.Add(named);
            }
        }
    }

    // "Fulani Ethnic Militia (Mali)" is the row "Fulani Ethnic Militia" in Mali.
    private static bool Names(string name, string actor) =>
        name.Length > 0 && (name == actor || (name.StartsWith(actor, StringComparison.Ordinal) && name.AsSpan(actor.Length).StartsWith(" (")));
}
