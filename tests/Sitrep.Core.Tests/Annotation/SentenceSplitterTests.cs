using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

public class SentenceSplitterTests
{
    private static List<string> Texts(string text) => SentenceSplitter.Split(text).Select(s => text[s.Span.Start..s.Span.End]).ToList();

    [Fact]
    public void SplitsOnSentenceEnds() =>
        Assert.Equal(["Troops advanced.", "Rebels withdrew!", "Was it over?", "No."], Texts("Troops advanced. Rebels withdrew! Was it over? No."));

    [Fact]
    public void MilitaryRanksDoNotEndSentences() =>
        Assert.Equal(["Lt. Col. Ahmad Hassan was killed in the attack.", "His unit retreated."],
            Texts("Lt. Col. Ahmad Hassan was killed in the attack. His unit retreated."));

    [Fact]
    public void CountryAbbreviationsDoNotEndSentences() =>
        Assert.Equal(["The U.S. Army said Gen. Smith arrived.", "Talks began."], Texts("The U.S. Army said Gen. Smith arrived. Talks began."));

    [Fact]
    public void DecimalsDoNotEndSentences() =>
        Assert.Equal(["The convoy moved 2.5 km toward the town.", "It stopped."], Texts("The convoy moved 2.5 km toward the town. It stopped."));

    [Fact]
    public void InitialsDoNotEndSentences() =>
        Assert.Single(Texts("Commander J. Smith spoke to reporters."));

    [Fact]
    public void LowerCaseAfterPeriodContinues() =>
        Assert.Single(Texts("Fighting resumed approx. three hours later."));

    [Fact]
    public void ClosingQuoteStaysWithItsSentence() =>
        Assert.Equal(["He said \"we will return.\"", "Then he left."], Texts("He said \"we will return.\" Then he left."));

    [Fact]
    public void ParagraphsAreNumberedAndBreakSentences()
    {
        const string text = "First paragraph has no period\n\nSecond paragraph. It has two sentences.\n\nThird.";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(4, sentences.Count);
        Assert.Equal([0, 1, 1, 2], sentences.Select(s => s.Paragraph));
        Assert.Equal([0, 1, 2, 3], sentences.Select(s => s.Index));
        Assert.Equal("First paragraph has no period", text[sentences[0].Span.Start..sentences[0].Span.End]);
    }

    [Fact]
    public void SpansAreTrimmedAndInOrder()
    {
        const string text = "  One.   Two.  ";
        var sentences = SentenceSplitter.Split(text);
        Assert.Equal(["One.", "Two."], sentences.Select(s => text[s.Span.Start..s.Span.End]));
        Assert.True(sentences[0].Span.End <= sentences[1].Span.Start);
    }

    [Fact]
    public void EmptyTextHasNoSentences() => Assert.Empty(SentenceSplitter.Split(""));
}
