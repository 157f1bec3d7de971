using Sitrep.Core.Coding;
using Sitrep.Core.Coding.Stages;
using Xunit;

namespace Sitrep.Core.Tests.Coding;

/// <summary>The places-first share search, run a run of name characters at a time, finds what the row's whole-text search finds.</summary>
public class FatalitySharesSearchTests
{
    [Theory]
    [InlineData("Fatalities coded as 9 and split as follows: 4 Alpha Town, 3 Beta and 2 Gamma.")]
    [InlineData("Unknown fatalities coded as 6 and split between Alpha (2), Beta Village (two) and Gamma (2).")]
    [InlineData("Toll split as follows: Alpha 3, Beta 2 and Gamma 1")]
    [InlineData("Toll split with Alpha and Beta each allocated 2, and Gamma given 1; al-Delta coded with 3.")]
    [InlineData("Toll divided: Alpha 3 and Beta 2; the total 5.")]
    [InlineData("Split over the villages: Alpha (4),Beta (3)(2) , Gamma 7\n")]
    [InlineData("Fatalities distributed over Alpha, Beta Town, Gamma, Delta El-Epsilon, Zeta, Eta, Theta, Iota, Kappa and Lambda.")]
    [InlineData("Toll split between Alpha Beta Gamma Delta Epsilon Zeta Eta 4, and Theta 2.")]
    public void Finds_what_the_whole_text_search_finds(string note)
    {
        var expected = CodingWords.SharePlacesCount.Matches(note).Select(m => (m.Index, m.Length, m.Groups["n"].Value, m.Groups["places"].Value)).ToList();
        var found = FatalityShares.PlacesFirst(note).Select(m => (m.Index, m.Length, m.Groups["n"].Value, m.Groups["places"].Value)).ToList();
        Assert.Equal(expected, found);
    }

    [Fact]
    public void A_list_with_no_figure_is_not_searched_and_gives_nothing()
    {
        var note = "Fatalities spread over " + string.Join(", ", Enumerable.Range(0, 40).Select(i => $"Place{i} El-Name{i}")) + " and Last.";
        Assert.Empty(FatalityShares.PlacesFirst(note));
    }
}
