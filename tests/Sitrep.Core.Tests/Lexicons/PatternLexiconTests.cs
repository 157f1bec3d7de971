using System.Text;
using System.Text.RegularExpressions;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Lexicons;

public class PatternLexiconTests
{
    private static readonly PatternLexicon[] Bundled =
    [
        PatternLexicon.LoadBundled("triggers.tsv", 0, 1),
        PatternLexicon.LoadBundled("cues.tsv", 0, 2),
        PatternLexicon.LoadBundled("weapons.tsv", 0, 1),
    ];

    // The fast scan against the row-by-row one: same rows, spans and groups, in the same order.
    private static string? Difference(PatternLexicon lexicon, string text)
    {
        var expected = lexicon.ScanEveryRow(text).ToList();
        var found = lexicon.Find(text);
        var scanned = lexicon.Scan(text).ToList();
        if (found.Count != expected.Count || scanned.Count != expected.Count)
            return $"{lexicon.Name}: {found.Count} hits, {scanned.Count} scanned, expected {expected.Count} in \"{text}\" found {string.Join(",", found.Select(f => $"{f.Span}@{f.Entry.Line}"))} expected {string.Join(",", expected.Select(f => $"{f.Item1}@{f.Item2.Line}"))}";
        for (var i = 0; i < expected.Count; i++)
        {
            var (span, entry, match) = expected[i];
            if (found[i].Span != span || !ReferenceEquals(found[i].Entry, entry) || lexicon.Entries[found[i].Row] != entry)
                return $"{lexicon.Name}: hit {i} is {found[i].Span} line {found[i].Entry.Line}, expected {span} line {entry.Line} in \"{text}\"";
            var m = scanned[i].Match;
            // A compiled row may hold the counters LazyLoops adds; every other group is the reference's, under the same name.
            if (scanned[i].Span != span || !ReferenceEquals(scanned[i].Entry, entry)
                || m.Groups.Keys.Count(k => !LazyLoops.IsCounter(k)) != match.Groups.Count)
                return $"{lexicon.Name}: scan {i} differs in \"{text}\"";
            foreach (Group expectedGroup in match.Groups)
            {
                var g = m.Groups[expectedGroup.Name];
                if (g.Success != expectedGroup.Success || g.Index != expectedGroup.Index || g.Length != expectedGroup.Length)
                    return $"{lexicon.Name}: scan {i} group {expectedGroup.Name} differs in \"{text}\"";
            }
        }
        return null;
    }

    // The same lexicons with every row on the matcher a long batch switches it to (generated or compiled): a row's answer
    // must not change when it gets hot, or a report's events would depend on how many came before it.
    private static readonly PatternLexicon[] Hot = HotLexicons();

    private static PatternLexicon[] HotLexicons()
    {
        PatternLexicon[] lexicons =
        [
            PatternLexicon.LoadBundled("triggers.tsv", 0, 1),
            PatternLexicon.LoadBundled("cues.tsv", 0, 2),
            PatternLexicon.LoadBundled("weapons.tsv", 0, 1),
        ];
        foreach (var lexicon in lexicons) lexicon.CompileEveryRow();
        return lexicons;
    }

    [Fact]
    public void FastScanEqualsEveryRowScanOnTheDevDocuments()
    {
        var problems = new List<string>();
        var docs = 0;
        // Every fourth document: the rows each scan takes are the same for all, so a quarter of the corpus (still thousands of
        // documents, written and normalised) finds what the whole did at a quarter of the suite's time.
        foreach (var (doc, text) in DevCorpus.Texts().Where(t => t.Doc % 4 == 0))
        {
            docs = doc / 4;
            foreach (var lexicon in Bundled.Concat(Hot))
                if (Difference(lexicon, text) is { } p && problems.Count < 10) problems.Add(p);
        }
        Assert.True(docs > 1000, $"only {docs} documents read");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    // Words and fragments the patterns themselves are made of, so generated text hits rows, near-misses and prefixes.
    private static readonly string[] Fragments = Bundled
        .SelectMany(l => l.Entries)
        .SelectMany(e => Regex.Matches(e.Pattern, @"[A-Za-z][A-Za-z' -]*").Select(m => m.Value))
        .SelectMany(f => new[] { f, f.Trim(), f.Split(' ')[0] })
        .Where(f => f.Length > 0)
        .Concat(["the", "a", "at least", "12", "3", "said", "according to", "SOHR", "were killed", "Syrian", "no one", "x", "each"])
        .Distinct(StringComparer.Ordinal)
        .ToArray();

    private static readonly string[] Separators =
        [" ", " ", " ", "  ", "-", "_", ", ", ". ", ";", "\n", "\n\n", "'", "(", ")", "\"", "é", "\u212A", "\u00A0", "1", "s", "ed ", "’"];

    private static Gen<string> Word() => Gen.Frequency(
        (8, Gen.Elements(Fragments)),
        (1, Gen.Elements(Fragments).Select(f => f.ToUpperInvariant())),
        (1, Gen.Elements(Fragments).Select(f => f.Length > 1 ? char.ToUpperInvariant(f[0]) + f[1..] : f)),
        (1, Gen.Elements(Fragments).Zip(Gen.Choose(0, 6)).Select(p => p.Item1[..Math.Min(p.Item2, p.Item1.Length)])));

    public static Arbitrary<string> Texts() =>
        Gen.Choose(0, 25)
            .SelectMany(n => Gen.ListOf(Word().Zip(Gen.Elements(Separators)).Select(p => p.Item1 + p.Item2), n))
            .Select(pieces => string.Concat(pieces))
            .ToArbitrary();

    // The trigger, weapon and cue lexicons read one shared walk of the word starts; each must find what its own walk finds.
    private static readonly KeywordPass Shared = new(Bundled[0], Bundled[2], Bundled[1]);

    private static string? SharedWalkDifference(string text)
    {
        using var keywords = Shared.Walk(text);
        foreach (var lexicon in Bundled)
        {
            var own = string.Join(",", lexicon.Find(text).Select(h => $"{h.Span}@{h.Row}"));
            var shared = string.Join(",", lexicon.Find(text, keywords).Select(h => $"{h.Span}@{h.Row}"));
            if (own != shared) return $"{lexicon.Name}: shared walk {shared}, own walk {own} in \"{text}\"";
        }
        return null;
    }

    [Property(MaxTest = 2000)]
    public Property ASharedKeywordWalkFindsWhatEachLexiconsOwnWalkFinds() => Prop.ForAll(Texts(), text =>
        SharedWalkDifference(text) is { } problem ? false.Label(problem) : true.Label("same"));

    [Fact]
    public void ASharedKeywordWalkFindsTheRowsOfAShortReport()
    {
        const string report = "Gunmen fired mortar shells at a market in the town on Monday, killing 4 people, local officials said. "
            + "Police later arrested two suspects; an IED was found nearby and defused.";
        Assert.Null(SharedWalkDifference(report));
        using var keywords = Shared.Walk(report);
        Assert.NotEmpty(Bundled[0].Find(report, keywords));
        // Hits of another text are not read: the lexicon walks that text itself.
        Assert.Equal(Bundled[2].Find("a car bomb exploded").Count, Bundled[2].Find("a car bomb exploded", keywords).Count);
    }

    [Property(MaxTest = 3000)]
    public Property FastScanEqualsEveryRowScanOnGeneratedText() => Prop.ForAll(Texts(), text =>
    {
        var problems = Bundled.Concat(Hot).Select(l => Difference(l, text)).Where(p => p is not null).ToList();
        return problems.Count == 0 ? true.Label("same") : false.Label(string.Join("; ", problems));
    });

    [Fact]
    public void EveryBundledRowIsIndexedExceptThoseThatCanStartAnywhere()
    {
        // Rows run on every text only when a match can begin with a digit run or other wide class.
        var always = Bundled.SelectMany(l => l.Entries.Zip(l.Prefixes).Where(x => x.Second is null).Select(x => $"{l.Name}:{x.First.Line}")).ToList();
        Assert.True(always.Count <= 3, string.Join(", ", always));
    }

    // "x…" is an open prefix (the match may go on), "x" a whole match.
    [Theory]
    [InlineData("kill(?:ed|s|ing)?", new[] { "kill", "killed", "killing", "kills" })]
    [InlineData("gun ?fights?", new[] { "gun figh…", "gunfight…" })]
    [InlineData("(?:post[- ])?election", new[] { "election", "post ele…", "post-ele…" })]
    [InlineData(@"\bif\b|unless", new[] { "if", "unless" })]
    [InlineData(@"according to\s+(?<src>\w+)", new[] { "accordin…" })]
    [InlineData(@"(?<n>\d+) deaths", new[] { "0…", "1…", "2…", "3…", "4…", "5…", "6…", "7…", "8…", "9…" })]
    [InlineData(@"fight(?:s|ing)?|fought|fight\w*", new[] { "fight…", "fought" })]
    [InlineData(@"IEDs?|[A-Z]+x", null)]
    [InlineData(@"(?i)kill", null)]
    [InlineData(@"a)|(b", null)]
    [InlineData(@"x*kill", new[] { "kill", "x…" })]
    [InlineData(@"quit|abandon(?=\s+(?-i:[A-Z]))", new[] { "abandon", "quit" })]
    [InlineData(@"(?-i:Kill)s", new[] { "kills" })]
    [InlineData(@"(?x: kill )", null)]
    public void PrefixesAreWhatEveryMatchStartsWith(string pattern, string[]? expected)
    {
        var prefixes = RegexPrefixes.Of(pattern, maxLength: 8);
        if (expected is null) Assert.Null(prefixes);
        else Assert.Equal(expected, prefixes!.Select(p => p.Open ? p.Text + "…" : p.Text));
    }

    [Theory]
    [InlineData(@"(?<src>(?:some |local )*(?:sources?|media))\s+(?:\w+\s+)?(?<verb>said|reported)", new[] { "media|source", "reported|said" })]
    [InlineData(@"kill(?:ed|s)?|shot dead", new[] { "kill|shot dead" })]
    [InlineData(@"(?:set|sets) (?:on fire|ablaze)", new[] { "set ablaze|set on fire|sets ablaze|sets on fire" })]
    [InlineData(@"no (?:reports? of )?deaths|\d+ killed", new[] { " killed|no deaths|no report of deaths|no reports of deaths" })]
    [InlineData(@"if|unless", new string[0])]
    [InlineData(@"x\w*y|abc", new string[0])]
    [InlineData(@"(?i)kill", new string[0])]
    [InlineData(@"\b(?:killed|(?-i:KIA))\s+(?-i:[A-Z][a-z]+)", new[] { "kia|killed" })]
    [InlineData(@"(?x: kill )", new string[0])]
    public void RequirementsAreWhatEveryMatchContains(string pattern, string[] expected) =>
        Assert.Equal(expected, RegexRequirements.Of(pattern).Select(set => string.Join('|', set)));

    [Fact]
    public void WordCharactersOfTheLookbehindAreTheAsciiOnesTheIndexSkips()
    {
        var lookbehind = new Regex(@"[\w-]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        for (var c = (char)0; c < 128; c++)
            Assert.Equal(lookbehind.IsMatch(c.ToString()), char.IsAsciiLetterOrDigit(c) || c is '_' or '-');
    }

    [Fact]
    public void ARowTheCompiledEngineCannotRunFallsBackToTheInterpreter()
    {
        // This row made .NET 10's compiled regex throw IndexOutOfRangeException on the sentence below; the lexicon must
        // still answer, and answer what the interpreter answers.
        const string row = @"loot(?:ed|ing|s)?|pillag(?:e|ed|es|ing)|ransack(?:ed|ing|s)?|plunder(?:ed|ing|s)?|robb(?:ed|ing)|(?:destroy(?:ed|ing|s)?|burn(?:ed|t|s|ing)|torch(?:ed|es|ing)|blew up|blow up|sabotag(?:ed|ing|es)) (?:down )?(?:the |a |an |two |three |several |their |his |her |its |\d+ )?(?:[\w-]+ ){0,2}?(?:schools?|churches|church|mosques?|antennas?|antennae|masts?|towers?|tunnels?|bridges?|barriers?|facilit(?:y|ies)|fib(?:re|er)|cables?|equipment|machines?|vehicles?|trucks?|cars?|motorbikes?|tractors?|granar(?:y|ies)|crops|fields|stores?|warehouses?|clinics?|hospitals?|health cent(?:re|er)s?|offices?|camps?|shelters?|tents?|pylons?|generators?|pipelines?|wells?|pumps?)\b";
        var lexicon = new PatternLexicon("test.tsv", [(1, ["loot", row])], 0, 1);
        const string text = "On 4 May the army destroyed a weapons cache, defused 12 IEDs and seized 15 kg of explosives in a village near the hills.";
        var hits = lexicon.Find(text);
        var interpreted = new Regex(@"(?<![\w-])(?:" + row + @")(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        Assert.Equal(interpreted.Matches(text).Select(m => m.Index), hits.Select(h => h.Span.Start));
    }

    [Fact]
    public void ABadRowIsNamedByItsLineWithTheMessageOfThePatternAsWritten()
    {
        // The row is checked by building its anchored regex, but the message is the one the unanchored pattern gives.
        var e = Assert.Throws<InvalidDataException>(() => new PatternLexicon("test.tsv", [(1, ["ok", "fine"]), (7, ["bad", "kill(?:ed"])], 0, 1));
        Assert.StartsWith("test.tsv:7: bad pattern: ", e.Message);
        var expected = Assert.ThrowsAny<ArgumentException>(() => new Regex(@"(?<![\w-])(?:kill(?:ed)(?![\w])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant));
        Assert.EndsWith(expected.Message, e.Message);
    }

    [Fact]
    public void RequiredWordsBuiltOnFirstUseGiveTheSameHitsFromManyThreadsAtOnce()
    {
        // Each lexicon below is fresh, so every row's word sets are built while other threads ask for them too.
        var texts = new[]
        {
            "Gunmen killed three farmers and wounded two near the market, witnesses said.",
            "An airstrike hit a convoy; the group claimed responsibility, according to local media.",
            "Protesters marched peacefully to the governor's office before police fired tear gas.",
        };
        string Hits(PatternLexicon l) => string.Join(";", texts.Select(t => string.Join(",", l.Find(t).Select(h => $"{h.Span}@{h.Row}"))));
        var expected = Bundled.Select(Hits).ToArray();
        for (var round = 0; round < 3; round++)
        {
            var fresh = new[] { PatternLexicon.LoadBundled("triggers.tsv", 0, 1), PatternLexicon.LoadBundled("cues.tsv", 0, 2), PatternLexicon.LoadBundled("weapons.tsv", 0, 1) };
            var results = new string[8][];
            Parallel.For(0, results.Length, i => results[i] = fresh.Select(Hits).ToArray());
            Assert.All(results, r => Assert.Equal(expected, r));
        }
    }
}
