using Sitrep.Core.Annotation;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>Text in any script goes through splitting, tokenising and phrase lookup whole; language word lists live in their folder.</summary>
public class ScriptsAndLanguagesTests
{
    // Sentences written for this test: Cyrillic, Arabic, then English.
    private const string Mixed = "Боевики обстреляли деревню. قتل ثلاثة مدنيين في القرية. Two soldiers were wounded.";

    [Fact]
    public void ArabicAndCyrillicSentencesAreSplitAndNothingIsDropped()
    {
        var sentences = SentenceSplitter.Split(Mixed).Select(s => Mixed[s.Span.Start..s.Span.End]).ToList();
        Assert.Equal(3, sentences.Count);
        Assert.StartsWith("Боевики", sentences[0]);
        Assert.StartsWith("قتل", sentences[1]);
        // Every letter of the text is inside some token: no word is skipped for being non-ASCII.
        var tokens = Tokenizer.Tokenize(Mixed);
        var covered = new bool[Mixed.Length];
        foreach (var t in tokens) for (var i = t.Span.Start; i < t.Span.End; i++) covered[i] = true;
        Assert.All(Enumerable.Range(0, Mixed.Length).Where(i => char.IsLetter(Mixed[i])), i => Assert.True(covered[i], $"letter {Mixed[i]} at {i} not in a token"));
    }

    [Fact]
    public void PhrasesInOtherScriptsAreFound()
    {
        var m = new PhraseMatcher<string>();
        m.Add("обстреляли деревню", "shelling");
        m.Add("ثلاثة مدنيين", "three civilians");
        var found = m.Match(Tokenizer.Tokenize(Mixed), Mixed).Select(f => f.Values[0]).ToList();
        Assert.Equal(["shelling", "three civilians"], found);
    }

    [Fact]
    public void EnglishWordListsAreReadFromTheirLanguageFolderAndFactsFromTheSharedTables()
    {
        Assert.Equal("en", LexiconFile.Language);
        Assert.True(LexiconFile.Exists("triggers.tsv"));
        Assert.True(LexiconFile.Exists("actors.tsv"));
        Assert.NotEmpty(LexiconFile.Read("triggers.tsv"));
        Assert.NotEmpty(LexiconFile.Read("countries.tsv"));
        Assert.False(LexiconFile.Exists("no-such-list.tsv"));
    }
}
