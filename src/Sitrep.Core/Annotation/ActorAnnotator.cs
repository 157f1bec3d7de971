using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>An actor named in the text, with every table row its words could mean (resolved later by country and date).</summary>
public sealed record ActorMention(TextSpan Span, string Surface, IReadOnlyList<ActorEntry> Candidates)
{
    /// <summary>The ACLED inter type of the first candidate.</summary>
    public string Inter => Candidates[0].Inter;

    /// <summary>True when the mention names a specific group rather than a generic description.</summary>
    public bool IsNamed => Candidates.Any(c => !c.IsGeneric);

    /// <summary>The words of a place the name is made from ("Katsina" in "Katsina communal militias"): still a place of the report.</summary>
    public TextSpan? PlaceWords { get; init; }
}

/// <summary>A country named in the text, by name ("Syria") or by demonym ("Turkish").</summary>
public sealed record CountryMention(TextSpan Span, CountryEntry Country, bool IsDemonym);

/// <summary>Finds actor aliases and country names through the actor table's phrase matchers.</summary>
public sealed class ActorAnnotator(ActorTable table)
{
    // "Ahrar Bridge", "Hezbollah Street": a place named after a group (data/lexicons/en/actor-names.tsv).
    private static readonly System.Text.RegularExpressions.Regex SiteAfterName = Lexicons.PatternSet.Of("actor-names.tsv").Regex("site-after-name");

    // Outlet name → the country it mostly reports on (data/lexicons/outlets.tsv), read once per process.
    private static readonly Lazy<Dictionary<string, string>> Outlets = new(() =>
    {
        var map = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, cells) in LexiconFile.Read("outlets.tsv"))
        {
            foreach (var outlet in cells.List(1)) map.TryAdd(outlet, cells.Cell(0));
        }

        return map;
    });

    /// <summary>The table this annotator matches against.</summary>
    public ActorTable Table => table;

    /// <summary>Actor mentions in <paramref name="text"/>.</summary>
    public IReadOnlyList<ActorMention> Annotate(string text, IReadOnlyList<Token> tokens)
    {
        var list = new List<ActorMention>();
        foreach (var (first, count, values) in table.Matcher.Match(tokens, text))
        {
            var span = new TextSpan(tokens[first].Span.Start, tokens[first + count - 1].Span.End);
            if (SiteAfterName.IsMatch(text.AsSpan(span.End, Math.Min(24, text.Length - span.End)))) continue;
            // "Raia Mutomboki militiamen", "IS (JNIM) fighters": a plain description right after a named armed group
            // is that group's members, not a second, unnamed one.
            if (list.Count > 0 && IsDescriptionOf(list[^1], values, text.AsSpan(list[^1].Span.End, Math.Max(0, span.Start - list[^1].Span.End))))
            {
                var named = list[^1];
                var whole = new TextSpan(named.Span.Start, span.End);
                list[^1] = named with { Span = whole, Surface = text[whole.Start..whole.End] };
                continue;
            }

            list.Add(new ActorMention(span, text[span.Start..span.End], values));
        }
        GroupNames.Apply(text, list, table);
        return list;
    }

    /// <summary>Country mentions in <paramref name="text"/>.</summary>
    public IReadOnlyList<CountryMention> AnnotateCountries(string text, IReadOnlyList<Token> tokens)
    {
        var list = new List<CountryMention>();
        foreach (var (first, count, values) in table.CountryMatcher.Match(tokens, text))
        {
            // A country name must be capitalised in running text ("Chad" the country, not a word).
            if (!tokens[first].IsCapitalised) continue;
            var span = new TextSpan(tokens[first].Span.Start, tokens[first + count - 1].Span.End);
            list.Add(new CountryMention(span, values[0].Country, values[0].IsDemonym));
        }
        return list;
    }

    /// <summary>
    /// The country an outlet is named for ("Daily Nation (Kenya)", "Kenya Broadcasting Corporation", "Syrian Arab News
    /// Agency"): local outlets mostly report local events, so it is the weakest hint of where an event happened, read
    /// only when the report itself names no country or known place.
    /// </summary>
    public Lexicons.CountryEntry? SourceCountry(string? source)
    {
        if (string.IsNullOrWhiteSpace(source)) return null;
        // A known outlet ("SOHR", "Radio Okapi", "Kathmandu Post"), the first of a list that is one.
        foreach (var part in source.Split([';', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Outlets.Value.TryGetValue(part, out var home) && table.Country(home) is { } c) return c;
        }

        var mentions = AnnotateCountries(source, Tokenizer.Tokenize(source));
        foreach (var m in mentions)
        {
            if (!m.IsDemonym) return m.Country;
        }

        return mentions.Count > 0 ? mentions[0].Country : null;
    }

    private static bool IsDescriptionOf(ActorMention named, IReadOnlyList<ActorEntry> description, ReadOnlySpan<char> gap)
    {
        if (gap.Length > 12 || !named.IsNamed || !description.All(d => d.IsGeneric && !d.Synthetic)) return false;
        if (!Acled.InterCode.IsArmedName(named.Inter) || !description.Any(d => Acled.InterCode.IsArmedName(d.Inter))) return false;
        foreach (var ch in gap)
        {
            if (!char.IsWhiteSpace(ch) && ch is not ('-' or ')' or '(' or '\'' or '\u2019')) return false;
        }

        return true;
    }
}
