using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The actor table's matcher, built with each demonym and noun tokenized once, finds what adding every phrase as text would.</summary>
public class ActorTableTests
{
    [Fact]
    public void BundledMatcherFindsWhatAddingEveryPhraseAsTextFinds()
    {
        var table = ActorTable.LoadBundled();
        var nouns = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (_, cells) in LexiconFile.Read("demonym-nouns.tsv"))
        {
            if (!nouns.TryGetValue(cells.Cell(0), out var list)) nouns[cells.Cell(0)] = list = [];
            list.AddRange(cells.List(1));
        }

        // The construction as it was before pairs were added as word lists: every phrase spelled out and tokenized.
        var reference = new PhraseMatcher<ActorEntry>();
        var explicitKeys = new HashSet<string>(StringComparer.Ordinal);
        var phrases = new List<string>();
        foreach (var a in table.Actors)
        {
            foreach (var alias in a.Aliases)
            {
                reference.Add(alias, a);
                explicitKeys.Add(Tokenizer.Key(alias));
                phrases.Add(alias);
            }
        }
        foreach (var c in table.Countries)
        {
            var entries = new Dictionary<string, ActorEntry>
            {
                ["military"] = new("@military", "State forces", c.Name, null, null, [], Synthetic: true),
                ["police"] = new("@police", "State forces", c.Name, null, null, [], Synthetic: true),
                ["civilians"] = new("Civilians ({country})", "Civilians", c.Name, null, null, [], Synthetic: true),
            };
            foreach (var d in c.Demonyms.Where(d => !d.EndsWith('s') || d.EndsWith("ss", StringComparison.Ordinal) || c.Demonyms.Count == 1))
            {
                foreach (var side in new[] { "military", "police", "civilians" })
                {
                    foreach (var n in nouns.GetValueOrDefault(side) ?? [])
                    {
                        var phrase = $"{d} {n}";
                        phrases.Add(phrase);
                        if (!explicitKeys.Contains(Tokenizer.Key(phrase))) reference.Add(phrase, entries[side]);
                    }
                }
            }
        }
        Assert.True(phrases.Count > 10_000, $"only {phrases.Count} phrases: the bundled tables look empty");

        // One phrase per sentence, so no match runs from one into the next.
        var text = string.Join(". ", phrases) + ".";
        var tokens = Tokenizer.Tokenize(text);
        static string Show(List<(int First, int Count, IReadOnlyList<ActorEntry> Values)> found) =>
            string.Join("\n", found.Select(f => $"{f.First}+{f.Count}: " + string.Join(" | ", f.Values.Select(v => $"{v.Canonical}/{v.Inter}/{v.Country}/{v.Synthetic}"))));
        var expected = Show(reference.Match(tokens, text));
        var actual = Show(table.Matcher.Match(tokens, text));
        Assert.Equal(expected.Length, actual.Length);
        Assert.Equal(expected, actual);
    }
}
