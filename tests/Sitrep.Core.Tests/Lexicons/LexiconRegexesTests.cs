using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The pattern-lexicon rows generated at build time (LexiconRegexes.targets) are the bundled rows, and the bundled lexicons hold them.</summary>
public class LexiconRegexesTests
{
    [Theory]
    [InlineData("triggers.tsv")]
    [InlineData("weapons.tsv")]
    [InlineData("cues.tsv")]
    public void EveryIndexedBundledRowHasAGeneratedMatcher(string file)
    {
        // A row without one means the generated table and the file (or PatternLexicon's wrapping) went apart.
        var (_, key, pattern) = LexiconIndex.PatternFiles.Single(f => f.File == file);
        var lexicon = PatternLexicon.LoadBundled(file, key, pattern);
        var missing = Enumerable.Range(0, lexicon.Entries.Count)
            .Where(row => lexicon.Prefixes[row] is not null && !lexicon.HasGenerated(row) && !LazyLoops.Has(lexicon.Entries[row].Pattern))
            .Select(row => $"{file}:{lexicon.Entries[row].Line}").ToList();
        Assert.True(lexicon.Entries.Count > 10);
        Assert.Empty(missing);
    }

    [Fact]
    public void ARowWithALazyCountedGroupLoopHasNoneAndIsCompiledUnrolled()
    {
        // The generator's matcher mis-runs such a loop (LazyLoops): the row is compiled from its unrolled text instead.
        var lexicon = PatternLexicon.LoadBundled("triggers.tsv", 0, 1);
        var rows = Enumerable.Range(0, lexicon.Entries.Count).Where(row => LazyLoops.Has(lexicon.Entries[row].Pattern)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.False(lexicon.HasGenerated(row)));
        Assert.All(rows, row => Assert.Null(LexiconRegexes.Of(PatternLexicon.Anchored(lexicon.Entries[row].Pattern))));
    }

    [Fact]
    public void AGeneratedMatcherIsTheRowsPatternWithTheLexiconsOptions()
    {
        var entry = PatternLexicon.LoadBundled("weapons.tsv", 0, 1).Entries[0];
        var generated = LexiconRegexes.Of(PatternLexicon.Anchored(entry.Pattern));
        Assert.NotNull(generated);
        Assert.Equal(PatternLexicon.Anchored(entry.Pattern), generated.ToString());
        Assert.Equal(RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, generated.Options);
    }

    [Fact]
    public void ARowOfAnotherFileHasNoneAndIsMatchedAsBefore()
    {
        Assert.Null(LexiconRegexes.Of(PatternLexicon.Anchored("shell(?:ed|ing)")));
        var lexicon = new PatternLexicon("test.tsv", [(1, ["shelling", "shell(?:ed|ing)"])], 0, 1);
        Assert.False(lexicon.HasGenerated(0));
        Assert.Equal([12], lexicon.Find("The village shelled at dawn.").Select(h => h.Span.Start));
    }
}
