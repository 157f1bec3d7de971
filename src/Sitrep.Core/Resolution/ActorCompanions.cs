using System.Globalization;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Resolution;

/// <summary>ACLED's standing associates (data/lexicons/companions.tsv): an actor its data always names beside another, such as Pastoralists beside a Fulani militia.</summary>
public sealed class ActorCompanions
{
    private readonly (string Actor, string Companion, DateOnly? From)[] _rows;

    /// <summary>Companions from rows of (actor, companion template, first date).</summary>
    public ActorCompanions(IEnumerable<(string Actor, string Companion, DateOnly? From)> rows) => _rows = rows.ToArray();

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
        if (_rows.Length == 0) return;
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

    /// <summary>Both sides completed, side 1 first, as <see cref="Complete"/> does each with the other side as elsewhere.</summary>
    /// <remarks>Every event asks, and almost no actor has a companion: the sides are copied only when one of their actors has a row.</remarks>
    public void CompleteBoth(string actor1, List<string> assoc1, string actor2, List<string> assoc2, string country, DateOnly? date)
    {
        if (!HasRow(actor1) && !HasRow(actor2) && !AnyHasRow(assoc1) && !AnyHasRow(assoc2)) return;
        Complete([actor1, .. assoc1], assoc1, [actor2, .. assoc2], country, date);
        Complete([actor2, .. assoc2], assoc2, [actor1, .. assoc1], country, date);
    }

    private bool AnyHasRow(List<string> names)
    {
        foreach (var name in names)
        {
            if (HasRow(name)) return true;
        }
        return false;
    }

    private bool HasRow(string name)
    {
        foreach (var row in _rows)
        {
            if (Names(name, row.Actor)) return true;
        }
        return false;
    }

    // "Fulani Ethnic Militia (Mali)" is the row "Fulani Ethnic Militia" in Mali.
    private static bool Names(string name, string actor) =>
        name.Length > 0 && (name == actor || (name.StartsWith(actor, StringComparison.Ordinal) && name.AsSpan(actor.Length).StartsWith(" (")));
}
