using Sitrep.Core.Acled;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;
using Regex = System.Text.RegularExpressions.Regex;

namespace Sitrep.Core.Annotation;

/// <summary>Groups a report names by a shared noun or after their place, named as ACLED names them (en/actor-names.tsv).</summary>
public static class GroupNames
{
    private static readonly PatternSet Words = PatternSet.Of("actor-names.tsv");
    // Gated by the words their patterns require, so most reports never run them.
    internal static readonly GatedRegex Coordinated = new(Words.Tiered("coordinated-groups"));
    internal static readonly GatedRegex PlaceNamed = new(Words.Tiered("place-named-communal-militia"));

    /// <summary>Both steps, in order, on the actor mentions of <paramref name="text"/> (kept in text order).</summary>
    public static void Apply(string text, List<ActorMention> mentions, ActorTable table)
    {
        ApplyCoordinated(text, mentions, table);
        ApplyPlaceNamed(text, mentions, table);
    }

    /// <summary>Two groups that share one noun ("Maasai and Kikuyu militias") are each a group of that noun: both are
    /// named, replacing what the words matched alone.</summary>
    public static void ApplyCoordinated(string text, List<ActorMention> mentions, ActorTable table)
    {
        foreach (var m in Coordinated.Matches(text))
        {
            var head = m.Groups["head"].Value;
            var qualifier = m.Groups["qualifier"];
            var a = Named(table, m.Groups["a"].Value, head, qualifier.Success ? qualifier.Value : null);
            var b = Named(table, m.Groups["b"].Value, head, qualifier.Success ? qualifier.Value : null);
            // Only names the table knows as groups of that noun: "Kenya and Uganda fighters" are no such pair.
            if (a is null || b is null) continue;
            var spanA = new TextSpan(m.Groups["a"].Index, m.Groups["a"].Index + m.Groups["a"].Length);
            var spanB = new TextSpan(m.Groups["b"].Index, m.Index + m.Length);
            mentions.RemoveAll(x => x.Span.Start < spanB.End && m.Index < x.Span.End);
            InOrder(mentions, new ActorMention(spanA, text[spanA.Start..spanA.End], a));
            InOrder(mentions, new ActorMention(spanB, text[spanB.Start..spanB.End], b));
        }
    }

    /// <summary>Communal militias the text names after their place or community ("Katsina communal militias") become
    /// ACLED's "Katsina Communal Militia (Nigeria)", replacing the mentions they cover.</summary>
    public static void ApplyPlaceNamed(string text, List<ActorMention> mentions, ActorTable table)
    {
        foreach (var m in PlaceNamed.Matches(text))
        {
            var name = m.Groups["name"].Value;
            // "Nigerian communal militias" names a country's people, not a place the militia is from.
            if (table.CountryMatcher.Match(Tokenizer.Tokenize(name), name).Any(c => c.Values[0].IsDemonym)) continue;
            var span = new TextSpan(m.Index, m.Index + m.Length);
            // A named group whose alias the words contain ("Fulani communal militia" is the Fulani militia) keeps its row.
            if (mentions.Any(a => a.Span.Start < span.End && span.Start < a.Span.End && a.IsNamed)) continue;
            mentions.RemoveAll(a => a.Span.Start < span.End && span.Start < a.Span.End);
            var entry = new ActorEntry($"{name} Communal Militia ({{country}})", InterCode.IdentityMilitia.Name, "*", null, null, []);
            InOrder(mentions, new ActorMention(span, m.Value, [entry])
            {
                PlaceWords = new TextSpan(m.Groups["name"].Index, m.Groups["name"].Index + name.Length),
            });
        }
    }

    // Mentions stay in text order: a new one goes before the first that starts after it.
    private static void InOrder(List<ActorMention> mentions, ActorMention mention)
    {
        var at = mentions.FindIndex(x => x.Span.Start > mention.Span.Start);
        mentions.Insert(at < 0 ? mentions.Count : at, mention);
    }

    // The rows "<name> <qualifier> <head>" or "<name> <head>" name, when one of them is a named group.
    private static IReadOnlyList<ActorEntry>? Named(ActorTable table, string name, string head, string? qualifier)
    {
        // "the Orma and Wardei communities": each is the "Orma community" of its row.
        if (head == "communities") head = "community";
        foreach (var phrase in qualifier is null ? new[] { $"{name} {head}" } : [$"{name} {qualifier} {head}", $"{name} {head}"])
        {
            var tokens = Tokenizer.Tokenize(phrase);
            var match = table.Matcher.Match(tokens, phrase);
            if (match.Count == 1 && match[0].First == 0 && match[0].Count == tokens.Count && match[0].Values.Any(v => !v.IsGeneric)) return match[0].Values;
        }

        return null;
    }
}
