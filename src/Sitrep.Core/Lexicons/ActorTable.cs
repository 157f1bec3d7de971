using System.Globalization;

namespace Sitrep.Core.Lexicons;

/// <summary>A country: ACLED's name, ISO codes, region and the words that name it or its people.</summary>
public sealed record CountryEntry(string Name, string Iso2, int IsoNumeric, string Region, IReadOnlyList<string> Demonyms, IReadOnlyList<string> OtherNames);

/// <summary>A state force of one country for one governing period ("Military Forces of Kenya (2013-)").</summary>
public sealed record StateForceEntry(string Country, string Kind, string Canonical, DateOnly? From, DateOnly? To);

/// <summary>An actor of the actor table: canonical name (maybe a template), ACLED inter type, country, validity and aliases.</summary>
/// <remarks>Canonical "@military"/"@police" stand for the state force of <see cref="Country"/> (or of the event's country when "*").</remarks>
public sealed record ActorEntry(string Canonical, string Inter, string Country, DateOnly? From, DateOnly? To, IReadOnlyList<string> Aliases, bool Synthetic = false)
{
    /// <summary>True for rows usable in any country ("Unidentified Armed Group ({country})").</summary>
    public bool IsGeneric => Country == "*";

    /// <summary>True when the row stands for the state force of a country rather than a named actor.</summary>
    public bool IsStateForce => Canonical.StartsWith('@');

    /// <summary>True when the actor existed under this name on <paramref name="date"/>.</summary>
    public bool ValidOn(DateOnly date) => (From is null || date >= From) && (To is null || date < To);
}

/// <summary>The actor, state-force and country tables, with a phrase matcher over every alias.</summary>
public sealed class ActorTable
{
    private readonly Dictionary<string, CountryEntry> _countries;
    private readonly Dictionary<string, List<StateForceEntry>> _forces;

    /// <summary>Builds the table from rows of the lexicon files; <paramref name="demonymNouns"/> are the nouns that, after a
    /// demonym, name a country's military, police or civilians (side → nouns).</summary>
    public ActorTable(IEnumerable<CountryEntry> countries, IEnumerable<StateForceEntry> forces, IEnumerable<ActorEntry> actors,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? demonymNouns = null)
    {
        demonymNouns ??= new Dictionary<string, IReadOnlyList<string>>();
        IReadOnlyList<string> Nouns(string side) => demonymNouns.TryGetValue(side, out var l) ? l : [];
        Countries = countries.ToList();
        _countries = new Dictionary<string, CountryEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var c in Countries)
        {
            _countries.TryAdd(c.Name, c);
            _countries.TryAdd(c.Iso2, c);
            foreach (var n in c.OtherNames) _countries.TryAdd(n, c);
        }
        _forces = forces.GroupBy(f => f.Country + "|" + f.Kind, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.OrdinalIgnoreCase);
        Actors = actors.ToList();

        Matcher = new PhraseMatcher<ActorEntry>();
        var explicitKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in Actors)
        {
            foreach (var alias in a.Aliases)
            {
                var tokens = Text.Tokenizer.Tokenize(alias);
                Matcher.Add(alias, tokens, a);
                explicitKeys.Add(Text.Tokenizer.Key(tokens));
            }
        }
        // "Turkish troops", "Kenyan police", "Afghan civilians": built from demonyms so every country is covered. These are
        // tens of thousands of pairs, so each demonym and noun is tokenized once, and a pair's key is only spelled out to
        // be looked up among the aliases when the matcher already holds that phrase.
        string[] Words(string phrase) => Text.Tokenizer.Tokenize(phrase).Select(t => t.Lower).ToArray();
        string[][][] nouns = [[.. Nouns("military").Select(Words)], [.. Nouns("police").Select(Words)], [.. Nouns("civilians").Select(Words)]];
        foreach (var c in Countries)
        {
            var military = new ActorEntry("@military", "State forces", c.Name, null, null, [], Synthetic: true);
            var police = new ActorEntry("@police", "State forces", c.Name, null, null, [], Synthetic: true);
            var civilians = new ActorEntry("Civilians ({country})", "Civilians", c.Name, null, null, [], Synthetic: true);
            ActorEntry[] entries = [military, police, civilians];
            foreach (var d in c.Demonyms.Where(d => !d.EndsWith('s') || d.EndsWith("ss", StringComparison.Ordinal) || c.Demonyms.Count == 1))
            {
                var demonym = Words(d);
                for (var side = 0; side < nouns.Length; side++)
                {
                    foreach (var noun in nouns[side])
                    {
                        if (Matcher.Contains(demonym, noun) && explicitKeys.Contains(string.Join(' ', [.. demonym, .. noun]))) continue;
                        Matcher.Add(demonym, noun, entries[side]);
                    }
                }
            }
        }
        CountryMatcher = new PhraseMatcher<(CountryEntry Country, bool IsDemonym)>();
        foreach (var c in Countries)
        {
            CountryMatcher.Add(c.Name, (c, false));
            foreach (var n in c.OtherNames) CountryMatcher.Add(n, (c, false));
            foreach (var d in c.Demonyms) CountryMatcher.Add(d, (c, true));
        }
    }

    /// <summary>Every country row.</summary>
    public IReadOnlyList<CountryEntry> Countries { get; }

    /// <summary>Every actor row.</summary>
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>Matches actor aliases in token streams.</summary>
    public PhraseMatcher<ActorEntry> Matcher { get; }

    /// <summary>Matches country names and demonyms.</summary>
    public PhraseMatcher<(CountryEntry Country, bool IsDemonym)> CountryMatcher { get; }

    /// <summary>The country with this name, other name or ISO2 code.</summary>
    public CountryEntry? Country(string? name) => name is not null && _countries.TryGetValue(name, out var c) ? c : null;

    /// <summary>The state force of <paramref name="country"/> of <paramref name="kind"/> (military/police) on <paramref name="date"/>.</summary>
    public StateForceEntry? StateForce(string country, string kind, DateOnly date)
    {
        if (!_forces.TryGetValue(country + "|" + kind, out var list) || list.Count == 0) return null;
        // Periods may overlap (an open label kept beside its successor): the latest one begun by the date wins.
        return list.Where(f => (f.From is null || date >= f.From) && (f.To is null || date < f.To)).OrderByDescending(f => f.From ?? DateOnly.MinValue).FirstOrDefault()
            ?? list.OrderBy(f => Math.Abs((f.From ?? date).DayNumber - date.DayNumber)).First();
    }

    /// <summary>Loads the bundled tables from data/lexicons.</summary>
    public static ActorTable LoadBundled()
    {
        var countries = LexiconFile.Exists("countries.tsv")
            ? LexiconFile.Read("countries.tsv").Select(r => new CountryEntry(r.Cells.Cell(0), r.Cells.Cell(1),
                int.TryParse(r.Cells.Cell(2), out var iso) ? iso : 0, r.Cells.Cell(3), r.Cells.List(4), r.Cells.List(5))).ToList()
            : [];
        var forces = LexiconFile.Exists("state_forces.tsv")
            ? LexiconFile.Read("state_forces.tsv").Select(r => new StateForceEntry(r.Cells.Cell(0), r.Cells.Cell(1).ToLowerInvariant(),
                r.Cells.Cell(2), ParseDate(r.Cells.Cell(3)), ParseDate(r.Cells.Cell(4)))).ToList()
            : [];
        var actors = LexiconFile.Exists("actors.tsv")
            ? LexiconFile.Read("actors.tsv").Select(r => new ActorEntry(r.Cells.Cell(0), r.Cells.Cell(1), r.Cells.Cell(2).Length == 0 ? "*" : r.Cells.Cell(2),
                ParseDate(r.Cells.Cell(3)), ParseDate(r.Cells.Cell(4)), r.Cells.List(5))).ToList()
            : [];
        var nouns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (LexiconFile.Exists("demonym-nouns.tsv"))
        {
            foreach (var (_, cells) in LexiconFile.Read("demonym-nouns.tsv"))
            {
                if (!nouns.TryGetValue(cells.Cell(0), out var list)) nouns[cells.Cell(0)] = list = [];
                list.AddRange(cells.List(1));
            }
        }
        return new ActorTable(countries, forces, actors, nouns.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal));
    }

    private static DateOnly? ParseDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
