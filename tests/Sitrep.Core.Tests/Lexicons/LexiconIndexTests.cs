using Sitrep.Core.Annotation;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The lexicon index embedded at build time is what the bundled files give, and the bundled lexicons use it.</summary>
public class LexiconIndexTests
{
    [Fact]
    public void TheEmbeddedActorTrieIsTheOneTheFilesBuild()
    {
        var index = LexiconIndex.Bundled;
        Assert.NotNull(index);
        // Null when the files changed after the index was written: the build must have written it again.
        Assert.NotNull(index.Actors);

        var built = ActorTable.LoadBundled(useIndex: false).Index();
        var read = ActorTable.LoadBundled(useIndex: true).Index();
        Assert.True(built.Trie.NodeCount > 10_000, "the demonym-noun pairs are in the trie");
        Assert.Equal(built.Codes, read.Codes);
        Assert.Equal(built.Trie.MaxLength, read.Trie.MaxLength);
        var (a, b) = (built.Trie.Arrays, read.Trie.Arrays);
        Assert.Equal(a.WordChars, b.WordChars);
        Assert.Equal(a.WordStart, b.WordStart);
        Assert.Equal(a.NodeWord, b.NodeWord);
        Assert.Equal(a.ValueStart, b.ValueStart);
        Assert.Equal(a.Capitals, b.Capitals);
        Assert.Equal(a.SlotParent, b.SlotParent);
        Assert.Equal(a.SlotChild, b.SlotChild);
    }

    [Fact]
    public void ActorsReadFromTheIndexMatchAsBuiltOnes()
    {
        var built = ActorTable.LoadBundled(useIndex: false);
        var read = ActorTable.LoadBundled();
        const string text = "Turkish troops and the Syrian Democratic Forces (SDF) clashed; Kenyan police, the Islamic State in the Greater Sahara, " +
            "Hayat Tahrir al-Sham and HTS fighters, Afghan civilians, Congolese soldiers, IS and is, Russian military police.";
        var tokens = Tokenizer.Tokenize(text);
        string Show(ActorTable t) => string.Join("\n", t.Matcher.Match(tokens, text).Select(m => $"{m.First}+{m.Count}: {string.Join(" | ", m.Values)}"));
        var expected = Show(built);
        Assert.Contains("Turkey", expected);
        Assert.Equal(expected, Show(read));
    }

    [Theory]
    [InlineData("triggers.tsv")]
    [InlineData("weapons.tsv")]
    [InlineData("cues.tsv")]
    public void TheEmbeddedPrefixIndexIsTheOneThePatternsGive(string file)
    {
        var (_, key, pattern) = LexiconIndex.PatternFiles.Single(f => f.File == file);
        var read = PatternLexicon.LoadBundled(file, key, pattern);
        Assert.True(read.IndexWasPrecomputed);
        var built = new PatternLexicon(file, LexiconFile.Read(file), key, pattern);
        Assert.False(built.IndexWasPrecomputed);
        Assert.Equal(built.Prefixes.Count, read.Prefixes.Count);
        for (var row = 0; row < built.Prefixes.Count; row++) Assert.Equal(built.Prefixes[row], read.Prefixes[row]);
        Assert.Equal(built.Index.Words, read.Index.Words);
        Assert.Equal(built.Index.Arrays, read.Index.Arrays);
    }

    [Fact]
    public void TheAnnotatorsReadTheIndexedLexicons()
    {
        Assert.True(TriggerAnnotator.LoadBundled().Lexicon.IndexWasPrecomputed);
        Assert.True(WeaponAnnotator.LoadBundled().Lexicon.IndexWasPrecomputed);
        Assert.True(CueAnnotator.LoadBundled().Lexicon.IndexWasPrecomputed);
    }

    [Fact]
    public void AnIndexOfOtherPatternsIsNotUsed()
    {
        var rows = LexiconFile.Read("weapons.tsv").ToList();
        rows[0] = (rows[0].Line, [.. rows[0].Cells.Take(1), "dynamite", .. rows[0].Cells.Skip(2)]);
        var changed = new PatternLexicon("weapons.tsv", rows, 0, 1, LexiconIndex.Bundled);
        Assert.False(changed.IndexWasPrecomputed);
        Assert.Contains(changed.Find("They used dynamite."), h => h.Row == 0);
    }

    [Fact]
    public void AnIndexRoundTrips()
    {
        using var stream = new MemoryStream();
        LexiconIndex.Write(stream);
        stream.Position = 0;
        var index = LexiconIndex.Read(stream);
        Assert.NotNull(index?.Actors);
        var triggers = LexiconFile.Read("triggers.tsv").Select(r => r.Cells.Cell(1));
        Assert.NotNull(index.Patterns("triggers.tsv", triggers));
        Assert.Null(index.Patterns("triggers.tsv", triggers.Skip(1)));
    }
}
