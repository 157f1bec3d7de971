using System.Globalization;

namespace Sitrep.Core.Lexicons;

/// <summary>A country: ACLED's name, ISO codes, region and the words that name it or its people.</summary>
public sealed record CountryEntry(string Name, string Iso2, int IsoNumeric, string Region, IReadOnlyList<string> Demonyms, IReadOnlyList<string> OtherNames);

/// <summary>A name of a country in text: the country, and whether the name is its people's (a demonym).</summary>
/// <remarks>A class rather than a tuple: ReadyToRun cannot precompile the phrase matcher over a tuple, and it runs at every start.</remarks>
public sealed record CountryName(CountryEntry Country, bool IsDemonym);

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
        : this(countries, forces, actors, demonymNouns, null)
    {
    }

    // With a precomputed trie (LexiconIndex) the actor matcher is read, not built: its values are coded as an actor's
    // index, or as -1 - (country * 3 + side) for the synthetic state forces and civilians of a country.
    private ActorTable(IEnumerable<CountryEntry> countries, IEnumerable<StateForceEntry> forces, IEnumerable<ActorEntry> actors,
        IReadOnlyDictionary<string, IReadOnlyList<string>>? demonymNouns, (PhraseTrie Trie, int[] Codes)? index)
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
        _synthetic = new ActorEntry[Countries.Count * 3];
        for (var i = 0; i < Countries.Count; i++)
        {
            var c = Countries[i];
            _synthetic[i * 3] = new ActorEntry("@military", "State forces", c.Name, null, null, [], Synthetic: true);
            _synthetic[i * 3 + 1] = new ActorEntry("@police", "State forces", c.Name, null, null, [], Synthetic: true);
            _synthetic[i * 3 + 2] = new ActorEntry("Civilians ({country})", "Civilians", c.Name, null, null, [], Synthetic: true);
        }

        Matcher = index is var (trie, codes) ? new PhraseMatcher<ActorEntry>(trie, Array.ConvertAll(codes, Decode)) : BuildMatcher(Nouns);
        CountryMatcher = new PhraseMatcher<CountryName>();
        foreach (var c in Countries)
        {
            CountryMatcher.Add(c.Name, new CountryName(c, false));
            foreach (var n in c.OtherNames) CountryMatcher.Add(n, new CountryName(c, false));
            foreach (var d in c.Demonyms) CountryMatcher.Add(d, new CountryName(c, true));
        }
        // Frozen here, while the table loads beside the other lexicons, rather than at the first document's first match.
        CountryMatcher.Frozen();
    }

    private readonly ActorEntry[] _synthetic;

    private ActorEntry Decode(int code) => code >= 0 ? Actors[code] : _synthetic[-1 - code];

    /// <summary>The actor matcher's trie and its values as codes, for the build step that precomputes them.</summary>
    internal (PhraseTrie Trie, int[] Codes) Index()
    {
        var codes = new Dictionary<ActorEntry, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Actors.Count; i++) codes.TryAdd(Actors[i], i);
        for (var i = 0; i < _synthetic.Length; i++) codes.TryAdd(_synthetic[i], -1 - i);
        var (trie, table) = Matcher.Frozen();
        return (trie, Array.ConvertAll(table, e => codes[e]));
    }

    private PhraseMatcher<ActorEntry> BuildMatcher(Func<string, IReadOnlyList<string>> nouns)
    {
        var matcher = new PhraseMatcher<ActorEntry>();
        var explicitKeys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var a in Actors)
        {
            foreach (var alias in a.Aliases)
            {
                var tokens = Text.Tokenizer.Tokenize(alias);
                matcher.Add(alias, tokens, a);
                explicitKeys.Add(Text.Tokenizer.Key(tokens));
            }
        }
        // "Turkish troops", "Kenyan police", "Afghan civilians": built from demonyms so every country is covered. These are
        // tens of thousands of pairs, so each demonym and noun is tokenized once, and a pair's key is only spelled out to
        // be looked up among the aliases when the matcher already holds that phrase.
        string[] Words(string phrase) => Text.Tokenizer.Tokenize(phrase).Select(t => t.Lower).ToArray();
        string[][][] sides = [[.. nouns("military").Select(Words)], [.. nouns("police").Select(Words)], [.. nouns("civilians").Select(Words)]];
        for (var i = 0; i < Countries.Count; i++)
        {
            var c = Countries[i];
            foreach (var d in c.Demonyms.Where(d => !d.EndsWith('s') || d.EndsWith("ss", StringComparison.Ordinal) || c.Demonyms.Count == 1))
            {
                var demonym = Words(d);
                for (var side = 0; side < sides.Length; side++)
                {
                    foreach (var noun in sides[side])
                    {
                        if (matcher.Contains(demonym, noun) && explicitKeys.Contains(string.Join(' ', [.. demonym, .. noun]))) continue;
                        matcher.Add(demonym, noun, _synthetic[i * 3 + side]);
                    }
                }
            }
        }
        return matcher;
    }

    /// <summary>Every country row.</summary>
    public IReadOnlyList<CountryEntry> Countries { get; }

    /// <summary>Every actor row.</summary>
    public IReadOnlyList<ActorEntry> Actors { get; }

    /// <summary>Matches actor aliases in token streams.</summary>
    public PhraseMatcher<ActorEntry> Matcher { get; }

    /// <summary>Matches country names and demonyms.</summary>
    public PhraseMatcher<CountryName> CountryMatcher { get; }

    /// <summary>The country with this name, other name or ISO2 code.</summary>
    public CountryEntry? Country(string? name) => name is not null && _countries.TryGetValue(name, out var c) ? c : null;

    /// <summary>The state force of <paramref name="country"/> of <paramref name="kind"/> (military/police) on <paramref name="date"/>.</summary>
    public StateForceEntry? StateForce(string country, string kind, DateOnly date)
    {
        // Every event with a state force asks: the key is spelled in a buffer and the list read in loops.
        var length = country.Length + 1 + kind.Length;
        Span<char> key = length <= 128 ? stackalloc char[length] : new char[length];
        country.CopyTo(key);
        key[country.Length] = '|';
        kind.CopyTo(key[(country.Length + 1)..]);
        if (!_forces.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(key, out var list) || list.Count == 0) return null;
        // Periods may overlap (an open label kept beside its successor): the latest one begun by the date wins, the first
        // of equals (as a stable sort would put it); else the one begun nearest the date.
        StateForceEntry? best = null;
        foreach (var f in list)
        {
            if ((f.From is null || date >= f.From) && (f.To is null || date < f.To)
                && (best is null || (f.From ?? DateOnly.MinValue) > (best.From ?? DateOnly.MinValue))) best = f;
        }
        if (best is not null) return best;
        var nearest = list[0];
        foreach (var f in list)
        {
            if (Math.Abs((f.From ?? date).DayNumber - date.DayNumber) < Math.Abs((nearest.From ?? date).DayNumber - date.DayNumber)) nearest = f;
        }
        return nearest;
    }

    /// <summary>Loads the bundled tables from data/lexicons, with the actor trie precomputed at build time when it was made from these files.</summary>
    public static ActorTable LoadBundled() => LoadBundled(useIndex: true);

    /// <summary>The files the actor trie is made from, for <see cref="LexiconIndex"/> to tell whether its copy is current.</summary>
    internal static readonly string[] TrieSources = ["countries.tsv", "actors.tsv", "demonym-nouns.tsv"];

    /// <summary>Loads the bundled tables; with <paramref name="useIndex"/> false the actor trie is built from the files.</summary>
    internal static ActorTable LoadBundled(bool useIndex)
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
        if (useIndex && LexiconIndex.Bundled?.Actors is { } index) return new ActorTable(countries, forces, actors, null, index);
        var nouns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        if (LexiconFile.Exists("demonym-nouns.tsv"))
        {
            foreach (var (_, cells) in LexiconFile.Read("demonym-nouns.tsv"))
            {
                if (!nouns.TryGetValue(cells.Cell(0), out var list)) nouns[cells.Cell(0)] = list = [];
                list.AddRange(cells.List(1));
            }
        }
        return new ActorTable(countries, forces, actors, nouns.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value, StringComparer.Ordinal), null);
    }

    private static DateOnly? ParseDate(string s) =>
        DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
