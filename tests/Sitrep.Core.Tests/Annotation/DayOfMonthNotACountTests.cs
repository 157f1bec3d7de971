using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

/// <summary>A day of a month before a later count ("on May 27 ..., and two rioters were killed") is a date, not a group of the dead.</summary>
public class DayOfMonthNotACountTests
{
    [Theory]
    [InlineData("Rioters clashed with police in Kisumu on May 27 over the election results, and two rioters were killed.")]
    [InlineData("Rioters clashed with police in Kisumu on 27 May over the election results, and two rioters were killed.")]
    public void TheDayIsNotListedWithTheDead(string text)
    {
        var c = Assert.Single(CasualtyAnnotator.Annotate(text));
        Assert.Equal(2, c.Count);
    }

    [Fact]
    public void AListedGroupBeforeTheCountStillShares()
    {
        var found = CasualtyAnnotator.Annotate("Six soldiers and four militants were killed in the fighting.");
        Assert.Equal(10, found.Sum(c => c.Count));
    }
}
