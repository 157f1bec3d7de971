using Sitrep.Core.Annotation;
using Sitrep.Core.Tests.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Annotation;

/// <summary>The casualty annotator's cheap checks rule out only what the checks and rows behind them ruled out.</summary>
public class CasualtyGateTests
{
    [Fact]
    public void EveryCountWordPassesTheShapeCheckInAnyCase()
    {
        foreach (var w in CasualtyAnnotator.CountWords)
        {
            Assert.True(CasualtyAnnotator.MayBeCountWord(w.ToLowerInvariant()), w);
            Assert.True(CasualtyAnnotator.MayBeCountWord(w.ToUpperInvariant()), w);
            Assert.True(CasualtyAnnotator.MayBeCountWord(char.ToUpperInvariant(w[0]) + w[1..].ToLowerInvariant()), w);
        }
    }

    [Theory]
    [InlineData("the")]
    [InlineData("village")]
    [InlineData("Idlib")]
    public void CommonWordsAreRuledOut(string word) => Assert.False(CasualtyAnnotator.MayBeCountWord(word));

    [Fact]
    public void EveryDevWordTheHashHoldsPassesTheShapeCheck()
    {
        var problems = new List<string>();
        var words = 0;
        foreach (var (doc, text) in DevCorpus.Texts())
        {
            if (!System.Text.Ascii.IsValid(text)) continue;
            for (var i = 0; i < text.Length; i++)
            {
                if (!char.IsAsciiLetter(text[i])) continue;
                var j = i;
                while (j < text.Length && char.IsAsciiLetter(text[j])) j++;
                var word = text[i..j];
                if (CasualtyAnnotator.CountWords.Contains(word))
                {
                    words++;
                    if (!CasualtyAnnotator.MayBeCountWord(word) && problems.Count < 10) problems.Add($"document {doc}: {word}");
                }
                i = j;
            }
        }
        Assert.True(words > 0, "no count word seen");
        Assert.Empty(problems);
    }

    [Fact]
    public void NoDevDocumentTheGateRulesOutHoldsAPronounVictimsMatch()
    {
        var problems = new List<string>();
        var ruledOut = 0;
        foreach (var (doc, text) in DevCorpus.Texts())
        {
            if (CasualtyAnnotator.PronounVictimsGate.MayMatch(text)) continue;
            ruledOut++;
            foreach (var s in SentenceSplitter.Split(text))
                if (CasualtyAnnotator.PronounVictims.Match(text, s.Span.Start, s.Span.End - s.Span.Start).Success && problems.Count < 10)
                    problems.Add($"document {doc}");
        }
        Assert.True(ruledOut > 0, "the gate ruled out no document");
        Assert.Empty(problems);
    }
}
