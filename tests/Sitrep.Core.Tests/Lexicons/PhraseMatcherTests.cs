using Sitrep.Core.Lexicons;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The phrase trie keeps a node's only next word inline and makes a dictionary at the second; lookups see both.</summary>
public class PhraseMatcherTests
{
    private static List<string> Found(PhraseMatcher<string> m, string text) =>
        m.Match(Tokenizer.Tokenize(text), text).Select(f => $"{f.First}+{f.Count}:{string.Join("|", f.Values)}").ToList();

    [Fact]
    public void PhrasesSharingWordsAreFoundWhicheverWasAddedFirst()
    {
        var m = new PhraseMatcher<string>();
        // "islamic" goes on by one word, then by a second and a third; "state" then by one, and ends a phrase itself.
        m.Add("Islamic State", "IS");
        m.Add("Islamic State in the Greater Sahara", "ISGS");
        m.Add("Islamic Jihad", "PIJ");
        m.Add("Islamic Movement", "IMN");
        m.Add("islamic state", "IS again");
        m.Add("SDF", "SDF");
        const string text = "The Islamic State and Islamic Jihad; the Islamic State in the Greater Sahara. Islamic Movement, SDF, sdf, Islamic.";
        Assert.Equal(["1+2:IS|IS again", "4+2:PIJ", "7+6:ISGS", "13+2:IMN", "15+1:SDF"], Found(m, text));
    }

    [Fact]
    public void AnEmptyMatcherAndAOnePhraseMatcherAnswer()
    {
        var empty = new PhraseMatcher<string>();
        Assert.Empty(Found(empty, "Nothing to find here."));
        var one = new PhraseMatcher<string>();
        one.Add("Rapid Support Forces", "RSF");
        Assert.Equal(["3+3:RSF"], Found(one, "Clashes with the Rapid Support Forces. Rapid Support, Forces."));
    }

    [Fact]
    public void An_initials_period_is_no_break_but_a_sentence_end_still_is()
    {
        var m = new PhraseMatcher<string>();
        m.Add("U.S. forces", "US");
        m.Add("Group A forces", "A");
        // "U.S. forces" runs over the initials' periods; "Group A. Forces" ends a sentence after a word, not an initial of it.
        Assert.Equal(["1+3:US"], Found(m, "The U.S. forces left."));
        Assert.Equal(["0+3:A"], Found(m, "Group A forces left."));
        Assert.Empty(Found(m, "They left Group. A forces came."));
        Assert.Empty(Found(m, "The U.S., forces said."));
    }

    [Fact]
    public void A_two_letter_article_in_a_capitals_name_is_no_acronym()
    {
        var m = new PhraseMatcher<string>();
        m.Add("AL", "party");
        m.Add("HTS", "HTS");
        m.Add("FDLR", "FDLR");
        Assert.Empty(Found(m, "Shelling hit AL-DHALE and AL-MA'AFER."));
        Assert.Equal(["0+1:party"], Found(m, "AL supporters marched."));
        Assert.Equal(["0+1:HTS"], Found(m, "HTS-led forces advanced."));
        Assert.Equal(["0+1:FDLR"], Found(m, "FDLR-RUD fighters left."));
        Assert.Equal(["0+1:party"], Found(m, "AL-K members marched."));
    }
}
