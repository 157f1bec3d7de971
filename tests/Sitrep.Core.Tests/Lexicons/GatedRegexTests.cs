using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Lexicons;

public class GatedRegexTests
{
    private static readonly string[] PatternFiles = ["actor-names.tsv", "casualties.tsv", "classification.tsv", "coding.tsv", "dates.tsv", "places.tsv", "roles.tsv"];

    // Every named row of the bundled pattern files, gated, on the interpreter (compiling hundreds of rows would dominate the test).
    private static readonly (string Name, GatedRegex Gated)[] Rows = PatternFiles
        .Select(PatternSet.Of)
        .SelectMany(set => set.Names.Select(name => ($"{set.File}:{name}", new GatedRegex(new Regex(set.Text(name), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)))))
        .ToArray();

    // The gates the pipeline runs, as it builds them.
    private static readonly (string Name, GatedRegex Gated)[] InUse =
    [
        ("crowd-acts", ClassificationPatterns.CrowdActs),
        ("acted-on-by-crowd", ClassificationPatterns.ActedOnByCrowd),
        ("single-passive", CasualtyAnnotator.SingleVictim[0]),
        ("single-headline", CasualtyAnnotator.SingleVictim[1]),
        ("single-definite", CasualtyAnnotator.SingleVictim[2]),
        ("pronoun-victim", CasualtyAnnotator.PronounVictimGated),
        ("coordinated-groups", GroupNames.Coordinated),
        ("place-named-communal-militia", GroupNames.PlaceNamed),
    ];

    private static string? Difference(string name, GatedRegex gated, string text)
    {
        var expected = gated.Regex.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        var found = gated.Matches(text).Select(m => (m.Index, m.Length)).ToList();
        if (!expected.SequenceEqual(found)) return $"{name}: {found.Count} matches, expected {expected.Count} in \"{text}\"";
        if (gated.IsMatch(text) != expected.Count > 0) return $"{name}: IsMatch differs in \"{text}\"";
        return null;
    }

    [Fact]
    public void GatesInUseReadRequiredWordsFromTheirPatterns()
    {
        foreach (var (name, gated) in InUse) Assert.True(gated.RequiredSets > 0, $"{name} has no gate");
    }

    [Fact]
    public void ATextLackingARequiredWordIsRuledOutAndOtherScriptsAlwaysRun()
    {
        var gated = new GatedRegex(new Regex(@"\b(?:killed|shot) by (?:a |the )?mob\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        Assert.True(gated.RequiredSets > 0);
        Assert.False(gated.MayMatch("He was KILLED by the police."));
        Assert.True(gated.MayMatch("He was SHOT by the MOB."));
        Assert.True(gated.IsMatch("He was SHOT by the MOB."));
        // The Kelvin sign folds to 'k' in the regex but not in an ASCII search: such texts skip the gate.
        Assert.True(gated.MayMatch("He was \u212Ailled by a mob."));
        Assert.True(gated.IsMatch("He was \u212Ailled by a mob."));
        Assert.Equal(0, new GatedRegex(new Regex("killed by mob", RegexOptions.IgnorePatternWhitespace)).RequiredSets);
    }

    [Fact]
    public void GatedMatchesEqualPlainMatchesOnTheDevDocuments()
    {
        var problems = new List<string>();
        var docs = 0;
        foreach (var (doc, text) in DevCorpus.Texts())
        {
            docs = doc;
            foreach (var (name, gated) in InUse)
                if (Difference(name, gated, text) is { } p && problems.Count < 10) problems.Add(p);
        }
        Assert.True(docs > 1000, $"only {docs} documents read");
        Assert.Empty(problems);
    }

    [Fact]
    public void SentenceWindowsFindEveryWholeTextMatchThatStaysInOneSentence()
    {
        var problems = new List<string>();
        var compared = 0;
        foreach (var (_, text) in DevCorpus.Texts())
        {
            var sentences = SentenceSplitter.Split(text).Select(s => s.Span).ToArray();
            foreach (var (name, gated) in CasualtyAnnotator.SingleVictim.Select(g => ("single", g)).Append(("pronoun-victim", CasualtyAnnotator.PronounVictimGated)))
            {
                var expected = gated.Regex.Matches(text)
                    .Where(m => sentences.Any(s => s.Start <= m.Index && m.Index + m.Length <= s.End))
                    .Select(m => (m.Index, m.Length, m.Groups["victim"].Value)).ToList();
                var found = gated.MatchesIn(text, sentences).Select(m => (m.Index, m.Length, m.Groups["victim"].Value)).ToList();
                compared += expected.Count;
                if (!expected.SequenceEqual(found) && problems.Count < 10) problems.Add($"{name}: {found.Count} matches, expected {expected.Count} in \"{text}\"");
            }
        }
        Assert.True(compared > 100, $"only {compared} matches compared");
        Assert.Empty(problems);
    }

    [Fact]
    public void APhraseIsFoundOnlyInsideTheSentenceThatHoldsIt()
    {
        var gated = new GatedRegex(new Regex(@"\bthe (?<victim>man|woman) (?:later )?died\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        const string text = "Gunmen shot a trader. The man later died. Police said the woman was unhurt.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Span).ToArray();
        var m = Assert.Single(gated.MatchesIn(text, sentences));
        Assert.Equal("The man later died", m.Value);
        Assert.Equal("man", m.Groups["victim"].Value);
        // Only the last sentence is searched: the first two hold no match there.
        Assert.Empty(gated.MatchesIn(text, [sentences[0], sentences[2]]));
        // A window ending inside the phrase cuts it: no partial match is reported.
        Assert.Empty(gated.MatchesIn(text, [new TextSpan(sentences[1].Start, sentences[1].Start + 10)]));
    }

    [Fact]
    public void ARequiredWordCarriedFromWindowToWindowGatesEachAsItsOwnSearchWould()
    {
        // "killed" and "kill" are one required set; windows cut a word, skip a sentence and come out of order.
        var gated = new GatedRegex(new Regex(@"\b(?:killed|kill) (?<victim>him|her)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        Assert.True(gated.RequiredSets > 0);
        const string text = "They did not kill. Gunmen killed him at dawn. A mob tried to kill her. Nobody was hurt.";
        var sentences = SentenceSplitter.Split(text).Select(s => s.Span).ToArray();
        var killedAt = text.IndexOf("killed", StringComparison.Ordinal);
        TextSpan[][] windowLists =
        [
            sentences,
            [sentences[1], sentences[3]],
            [sentences[2], sentences[1]],
            // Ends inside "killed": only "kill" fits in it.
            [new TextSpan(sentences[1].Start, killedAt + 4), sentences[2]],
            [new TextSpan(0, killedAt + 3), new TextSpan(killedAt + 3, text.Length)],
        ];
        foreach (var windows in windowLists)
            Assert.Equal(gated.WholeMatchesIn(text, windows).Select(m => m.Value), gated.MatchesIn(text, windows).Select(m => m.Value));
        Assert.Equal(["killed him", "kill her"], gated.MatchesIn(text, sentences).Select(m => m.Value));
    }

    [Fact]
    public void BranchesFoundApartGiveTheWholeAlternationsMatches()
    {
        // The first branch wins where two match at one place; a later branch's earlier match comes first.
        var gated = new GatedRegex(new Regex(@"\bthe (?<victim>man) later died\b|\bthe (?<victim>man)\b|\b(?<victim>she) died\b",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        Assert.True(gated.ReadsBranches);
        const string text = "She died at home. Police said the man later died and the man fled.";
        var all = new[] { new TextSpan(0, text.Length) };
        var found = gated.MatchesIn(text, all).Select(m => (m.Value, m.Groups["victim"].Value)).ToList();
        Assert.Equal([("She died", "She"), ("the man later died", "man"), ("the man", "man")], found);
        Assert.Equal(gated.WholeMatchesIn(text, all).Select(m => (m.Value, m.Groups["victim"].Value)), found);
        // A window that holds only the second branch's words runs that branch alone.
        var second = new[] { new TextSpan(text.IndexOf("and", StringComparison.Ordinal), text.Length) };
        Assert.Equal("the man", Assert.Single(gated.MatchesIn(text, second)).Value);
    }

    [Property(MaxTest = 200)]
    public Property BranchByBranchWindowsEqualWholePatternWindowsForEveryBundledRow() => Prop.ForAll(Texts(), text =>
    {
        var windows = SentenceSplitter.Split(text).Select(s => s.Span).ToArray();
        var problems = Rows.Concat(InUse)
            .Where(r => !r.Gated.WholeMatchesIn(text, windows).Select(m => (m.Index, m.Length)).SequenceEqual(r.Gated.MatchesIn(text, windows).Select(m => (m.Index, m.Length))))
            .Select(r => r.Name).ToList();
        return problems.Count == 0 ? true.Label("same") : false.Label(string.Join("; ", problems));
    });

    // Words the patterns are made of, so generated text hits rows, near-misses and partial words.
    private static readonly string[] Fragments = Rows
        .SelectMany(r => Regex.Matches(r.Gated.Regex.ToString(), @"[A-Za-z][A-Za-z' -]*").Select(m => m.Value))
        .SelectMany(f => new[] { f, f.Trim(), f.Split(' ')[0] })
        .Where(f => f.Length > 0)
        .Concat(["the", "a", "he", "she", "him", "her", "by", "to death", "12", "mob", "residents"])
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static readonly string[] Separators = [" ", " ", " ", "  ", "-", ", ", ". ", "\n", "'", "(", "é", "\u212A", "1", "s", "ed "];

    private static Gen<string> Word() => Gen.Frequency(
        (8, Gen.Elements(Fragments)),
        (1, Gen.Elements(Fragments).Select(f => f.ToUpperInvariant())),
        (1, Gen.Elements(Fragments).Zip(Gen.Choose(0, 6)).Select(p => p.Item1[..Math.Min(p.Item2, p.Item1.Length)])));

    public static Arbitrary<string> Texts() =>
        Gen.Choose(0, 20)
            .SelectMany(n => Gen.ListOf(Word().Zip(Gen.Elements(Separators)).Select(p => p.Item1 + p.Item2), n))
            .Select(pieces => string.Concat(pieces))
            .ToArbitrary();

    [Property(MaxTest = 300)]
    public Property GatedMatchesEqualPlainMatchesForEveryBundledRow() => Prop.ForAll(Texts(), text =>
    {
        var problems = Rows.Concat(InUse).Select(r => Difference(r.Name, r.Gated, text)).Where(p => p is not null).ToList();
        return problems.Count == 0 ? true.Label("same") : false.Label(string.Join("; ", problems));
    });
}
