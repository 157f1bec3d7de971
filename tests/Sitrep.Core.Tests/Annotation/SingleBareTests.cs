using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Core.Annotation;
using Sitrep.Core.Tests.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Annotation;

/// <summary>single-bare tried only where a clause opens (SingleBareMatchesIn) finds what its gated scan over each sentence found.</summary>
public class SingleBareTests
{
    private static List<(int Index, int Length, string Victim)> Read(IEnumerable<Match> matches) =>
        matches.Select(m => (m.Index, m.Length, m.Groups["victim"].Value)).ToList();

    private static TextSpan[] Sentences(string text) => SentenceSplitter.Split(text).Select(s => s.Span).ToArray();

    // What the row matched before, through the gated scan, and what it matches now.
    private static (List<(int, int, string)> Before, List<(int, int, string)> Now) Both(string text, IReadOnlyList<TextSpan> windows) =>
        (Read(CasualtyAnnotator.SingleBareGated.MatchesIn(text, windows)), Read(CasualtyAnnotator.SingleBareMatchesIn(text, windows)));

    [Theory]
    [InlineData("Man killed in Idlib.", "Man killed", "Man")]
    [InlineData("Policeman shot dead by gunmen in Daraa.", "Policeman shot dead", "Policeman")]
    [InlineData("Local trader reportedly killed near the market.", "Local trader reportedly killed", "trader")]
    [InlineData("Clashes erupted in the north. Young farmer murdered by unknown gunmen.", "Young farmer murdered", "farmer")]
    [InlineData("Update: soldier executed in Raqqa", "soldier executed", "soldier")]
    [InlineData("Gunmen stormed a checkpoint;   officer gunned down as he fled.", "officer gunned down", "officer")]
    [InlineData("Headline\nDriver found dead, police say.", "Driver found dead", "Driver")]
    [InlineData("Sources said man killed in Homs.", "Sources said man killed", "man")]
    [InlineData("The man killed in the raid was a farmer.", "The man killed", "man")]
    [InlineData("Gunmen in \u1E24ama: herder stabbed to death by raiders.", "herder stabbed to death", "herder")]
    public void FindsAVictimNamedBareAtAClauseStart(string text, string phrase, string victim)
    {
        var (before, now) = Both(text, Sentences(text));
        var at = text.IndexOf(phrase, StringComparison.Ordinal);
        Assert.Equal([(at, phrase.Length, victim)], before);
        Assert.Equal(before, now);
    }

    [Theory]
    // A death told as what the sentence answers.
    [InlineData("Residents protest after man killed in raid.")]
    // Not at a clause start: four words before the victim, or a comma before it.
    [InlineData("Sources in the city said man killed in Homs.")]
    [InlineData("In Homs, man killed by a sniper.")]
    // Spaces open no clause at the text's start.
    [InlineData("  Man killed in Idlib.")]
    // No passive death verb straight after the victim, or none that ends there.
    [InlineData("The man was killed in Idlib.")]
    [InlineData("Man killed two soldiers.")]
    // Plural, not singular.
    [InlineData("Two men killed in Idlib.")]
    [InlineData("No deaths were reported.")]
    public void FindsNoneWhereTheRowFoundNone(string text)
    {
        var (before, now) = Both(text, Sentences(text));
        Assert.Empty(before);
        Assert.Empty(now);
    }

    [Fact]
    public void SeveralClausesOfOneSentenceEachStartAMatch()
    {
        const string text = "Man killed; woman killed by gunmen. Boy wounded.";
        var (before, now) = Both(text, Sentences(text));
        Assert.Equal(["Man killed", "woman killed"], now.Select(m => text.Substring(m.Item1, m.Item2)));
        Assert.Equal(before, now);
    }

    [Fact]
    public void WindowsThatCutOrSkipGiveWhatTheScanGave()
    {
        const string text = "Gunmen raided a village. Man killed by raiders.  Farmer shot dead: chief wounded; elder killed";
        var man = text.IndexOf("Man", StringComparison.Ordinal);
        var farmer = text.IndexOf("Farmer", StringComparison.Ordinal);
        TextSpan[][] windowLists =
        [
            Sentences(text),
            [new TextSpan(0, text.Length)],
            // Starts inside the spaces after a stop: the look-behind reads the stop before the window.
            [new TextSpan(farmer - 1, text.Length)],
            // Starts at the victim: the look-behind still reads the text before the window.
            [new TextSpan(man, text.Length)],
            // Ends inside "killed": the phrase is cut, and so is what comes after "by".
            [new TextSpan(man, man + 7), new TextSpan(man + 7, farmer)],
            // Ends right after "killed", where the look-ahead then reads the end of the input.
            [new TextSpan(0, man + "Man killed".Length)],
            [new TextSpan(text.Length - "elder killed".Length, text.Length)],
            [],
        ];
        foreach (var windows in windowLists)
        {
            var (before, now) = Both(text, windows);
            Assert.Equal(before, now);
        }
        Assert.Equal(3, Both(text, [new TextSpan(0, text.Length)]).Now.Count);
    }

    [Fact]
    public void FindsWhatTheScanFoundInEveryDevDocument()
    {
        var problems = new List<string>();
        var compared = 0;
        foreach (var (doc, text) in DevCorpus.Texts())
        {
            foreach (var windows in new[] { Sentences(text), [new TextSpan(0, text.Length)] })
            {
                var (before, now) = Both(text, windows);
                compared += before.Count;
                if (!before.SequenceEqual(now) && problems.Count < 10) problems.Add($"document {doc}: {now.Count} matches, expected {before.Count}");
            }
        }
        Assert.True(compared > 0, "no match compared");
        Assert.Empty(problems);
    }

    // Victims, death verbs, the words around them and the characters that open and close clauses, so generated text hits the row often.
    private static readonly string[] Words =
    [
        "man", "Man", "woman", "policeman", "soldier", "farmer", "trader", "general", "son", "men", "killed", "shot dead", "shot", "dead",
        "gunned down", "found dead", "burnt alive", "stabbed to death", "fatally shot", "reportedly", "allegedly", "by", "in", "and", "after",
        "protest", "protesters", "the", "local", "young", "two", "3", "was", "Idlib", "o'neil", "al-Bab", "é", "\u212Ailled",
    ];

    private static readonly string[] Separators = [" ", " ", " ", "  ", ". ", ".", ":", "; ", "!", "?\n", "\n", ", ", "\t", "\u00A0", " \n ", "-", ""];

    private static Arbitrary<string> Texts() =>
        Gen.Choose(0, 16)
            .SelectMany(n => Gen.ListOf(Gen.Elements(Words).Zip(Gen.Elements(Separators)).Select(p => p.Item1 + p.Item2), n))
            .Select(pieces => string.Concat(pieces))
            .ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property FindsWhatTheScanFoundInGeneratedText() => Prop.ForAll(Texts(), text =>
    {
        var sentences = Sentences(text);
        var whole = new[] { new TextSpan(0, text.Length) };
        return Both(text, sentences).Before.SequenceEqual(Both(text, sentences).Now) && Both(text, whole).Before.SequenceEqual(Both(text, whole).Now);
    });
}
