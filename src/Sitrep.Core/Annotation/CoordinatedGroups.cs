using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Annotation;

/// <summary>Two groups that share one noun ("Maasai and Kikuyu militias") are each a group of that noun: both are named.</summary>
public static class CoordinatedGroups
{
    private static readonly System.Text.RegularExpressions.Regex Pattern = PatternSet.Of("actor-names.tsv").Regex("coordinated-groups");

    /// <summary>Adds to <paramref name="mentions"/> (in text order) the groups a shared noun names, replacing what the words matched alone.</summary>
    public static void Apply(string text, List<ActorMention> mentions, ActorTable table)
    {
        if (!text.Contains(" and ", StringComparison.Ordinal) && !text.Contains('&', StringComparison.Ordinal)) return;
        foreach (System.Text.RegularExpressions.Match m in Pattern.Matches(text))
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
            foreach (var (span, values) in new[] { (spanA, a), (spanB, b) })
            {
                var at = mentions.FindIndex(x => x.Span.Start > span.Start);
                mentions.Insert(at < 0 ? mentions.Count : at, new ActorMention(span, text[span.Start..span.End], values));
            }
        }
    }

    // The rows "<name> <qualifier> <head>" or "<name> <head>" name, when one of them is a named group.
    private static IReadOnlyList<ActorEntry>? Named(ActorTable table, string name, string head, string? qualifier)
    {
        foreach (var phrase in qualifier is null ? new[] { $"{name} {head}" } : [$"{name} {qualifier} {head}", $"{name} {head}"])
        {
            var tokens = Tokenizer.Tokenize(phrase);
            var match = table.Matcher.Match(tokens, phrase);
            if (match.Count == 1 && match[0].First == 0 && match[0].Count == tokens.Count && match[0].Values.Any(v => !v.IsGeneric)) return match[0].Values;
        }

        return null;
    }
}
