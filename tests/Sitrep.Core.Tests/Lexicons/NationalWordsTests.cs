using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Core.Tests.Lexicons;

/// <summary>The one-pass scan of national words finds what one whole-word pattern per row of the list finds.</summary>
public class NationalWordsTests
{
    // The pattern each row was matched with before the scan: the reference the scan must agree with.
    private static readonly List<(string Country, Regex Words)> Reference = LexiconFile.Read("national-words.tsv")
        .Select(r => (r.Cells.Cell(0), new Regex(@"(?<!\w)(?:" + string.Join("|", r.Cells.List(1).Select(Regex.Escape)) + @")(?!\w)", RegexOptions.CultureInvariant)))
        .ToList();

    private static List<(string Country, string Word, int Index)> ByReference(string text) =>
        Reference.Select(r => (r.Country, M: r.Words.Match(text))).Where(x => x.M.Success).Select(x => (x.Country, x.M.Value, x.M.Index)).ToList();

    [Theory]
    [InlineData("Supporters of Raila Odinga marched in the town on Monday; Ruto later spoke to reporters.")]
    [InlineData("Rutoville and xKibaki are not the words, nor is Odingas.")]
    [InlineData("Two matatus were torched; a matatu driver fled.")]
    [InlineData("Officials of Yar'Adua's era and Yar'Aduas were named; the naira fell.")]
    [InlineData("The Orange Democratic Movement said the Orange Democratic front was not theirs.")]
    [InlineData("Buhari spoke first, and Kibaki answered later.")]
    [InlineData("")]
    [InlineData("Kibaki")]
    [InlineData("_Kibaki Kibaki_ (Kibaki)")]
    [InlineData("Museveni\u00e9 Museveni\u0301 Museveni")]
    public void FindsWhatThePerRowPatternsFind(string text)
    {
        Assert.Equal(ByReference(text), NationalWords.FirstUses(text));
    }

    [Fact]
    public void RowsComeInTheListsOrderWhateverTheTextsOrder()
    {
        var uses = NationalWords.FirstUses("Buhari met Kibaki.");
        Assert.Equal(["Kenya", "Nigeria"], uses.Select(u => u.Country));
        Assert.Equal(("Kenya", "Kibaki", 11), uses[0]);
    }
}
