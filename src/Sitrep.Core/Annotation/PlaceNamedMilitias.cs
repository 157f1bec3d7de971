using Sitrep.Core.Acled;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>Communal militias the text names after their place or community ("Katsina communal militias"), named as ACLED names them ("Katsina Communal Militia (Nigeria)").</summary>
public static class PlaceNamedMilitias
{
    private static readonly System.Text.RegularExpressions.Regex Pattern = PatternSet.Of("actor-names.tsv").Regex("place-named-communal-militia");

    /// <summary>Replaces, in <paramref name="mentions"/> (in text order), the mentions a place-named communal militia covers with that militia.</summary>
    public static void Apply(string text, List<ActorMention> mentions, ActorTable table)
    {
        if (!text.Contains("ommunal", StringComparison.Ordinal)) return;
        foreach (System.Text.RegularExpressions.Match m in Pattern.Matches(text))
        {
            var name = m.Groups["name"].Value;
            // "Nigerian communal militias" names a country's people, not a place the militia is from.
            if (table.CountryMatcher.Match(Tokenizer.Tokenize(name), name).Any(c => c.Values[0].IsDemonym)) continue;
            var span = new TextSpan(m.Index, m.Index + m.Length);
            // A named group whose alias the words contain ("Fulani communal militia" is the Fulani militia) keeps its row.
            if (mentions.Any(a => a.Span.Start < span.End && span.Start < a.Span.End && a.IsNamed)) continue;
            mentions.RemoveAll(a => a.Span.Start < span.End && span.Start < a.Span.End);
            var entry = new ActorEntry($"{name} Communal Militia ({{country}})", InterCode.IdentityMilitia.Name, "*", null, null, []);
            var at = mentions.FindIndex(a => a.Span.Start > span.Start);
            mentions.Insert(at < 0 ? mentions.Count : at, new ActorMention(span, m.Value, [entry])
            {
                PlaceWords = new TextSpan(m.Groups["name"].Index, m.Groups["name"].Index + name.Length),
            });
        }
    }
}
