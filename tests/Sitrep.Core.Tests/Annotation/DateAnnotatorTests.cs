using Sitrep.Core.Annotation;

namespace Sitrep.Core.Tests.Annotation;

public class DateAnnotatorTests
{
    private static readonly DateOnly Published = new(2020, 5, 28); // a Thursday

    private static DateMention Single(string text, DateOnly? published = null)
    {
        var found = DateAnnotator.Annotate(text, published ?? Published);
        return Assert.Single(found);
    }

    [Theory]
    [InlineData("Clashes broke out on 27 May 2020 in the south.", "27 May 2020")]
    [InlineData("Clashes broke out on May 27, 2020 in the south.", "May 27, 2020")]
    [InlineData("Clashes broke out on 2020-05-27 in the south.", "2020-05-27")]
    [InlineData("Clashes broke out on 27/05/2020 in the south.", "27/05/2020")]
    [InlineData("Clashes broke out on 27th May in the south.", "27th May")]
    [InlineData("Clashes broke out on May 27 in the south.", "May 27")]
    [InlineData("Clashes broke out on May 27th in the south.", "May 27th")]
    public void AbsoluteForms(string text, string surface)
    {
        var d = Single(text);
        Assert.Equal([new DateOnly(2020, 5, 27)], d.Dates);
        Assert.Equal(1, d.Precision);
        Assert.False(d.Relative);
        Assert.False(d.Background);
        Assert.Equal(surface, text[d.Span.Start..d.Span.End]);
    }

    [Fact]
    public void ARatioOfThreeNumbersIsNoDate()
    {
        // "3/3/4" shares the losses; only a whole day/month(/year) group is a date.
        Assert.Empty(DateAnnotator.Annotate("Losses were split 3/3/4 between the units.", Published));
        Assert.Single(DateAnnotator.Annotate("The strike on 3/4/2020 killed two.", Published));
    }

    [Fact]
    public void AbsoluteDateWithYearIsNotAGuessWithoutPublication()
    {
        var d = Assert.Single(DateAnnotator.Annotate("Shelling on 27 May 2020 hit the town.", null));
        Assert.Equal([new DateOnly(2020, 5, 27)], d.Dates);
        Assert.False(d.NeedsPublished);
        var y = Assert.Single(DateAnnotator.Annotate("Shelling on May 27 hit the town.", null));
        Assert.True(y.NeedsPublished);
    }

    [Theory]
    [InlineData("Gunmen attacked the village yesterday.", "2020-05-27", 1)]
    [InlineData("Gunmen attacked the village overnight.", "2020-05-28", 1)] // the night that ends on the report's day
    [InlineData("Gunmen attacked the village last night.", "2020-05-27", 1)]
    [InlineData("Gunmen attacked the village today.", "2020-05-28", 1)]
    [InlineData("Gunmen attacked the village the day before yesterday.", "2020-05-26", 1)]
    [InlineData("Gunmen attacked the village three days ago.", "2020-05-25", 1)]
    [InlineData("Gunmen attacked the village earlier on Monday.", "2020-05-25", 1)]
    [InlineData("Gunmen attacked the village on Thursday.", "2020-05-28", 1)]
    [InlineData("Gunmen attacked the village last Thursday.", "2020-05-21", 1)]
    [InlineData("Gunmen attacked the village last week.", "2020-05-21", 2)]
    [InlineData("Gunmen attacked the village last month.", "2020-04-28", 3)]
    [InlineData("Gunmen attacked the village two weeks ago.", "2020-05-14", 2)]
    [InlineData("Gunmen attacked the village last weekend.", "2020-05-23", 2)]
    [InlineData("Gunmen attacked the village last year.", "2019-05-28", 3)]
    [InlineData("Gunmen attacked the village next Monday.", "2020-06-01", 1)]
    public void RelativeToPublication(string text, string expected, int precision)
    {
        var d = Single(text);
        Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], d.Dates);
        Assert.Equal(precision, d.Precision);
        Assert.True(d.Relative);
        Assert.False(d.NeedsPublished);
    }

    [Theory]
    [InlineData("2020-05-29", "2020-05-26")] // a Friday report: Monday to Thursday, the earlier middle day
    [InlineData("2020-05-28", "2020-05-26")] // a Thursday report: Monday to Wednesday
    [InlineData("2020-05-26", "2020-05-25")] // a Tuesday report: only Monday
    public void EarlierThisWeekIsTheMiddleOfTheDaysBeforeTheReport(string published, string expected)
    {
        var d = Single("Gunmen kidnapped two teachers near the town earlier this week.", DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], d.Dates);
        Assert.Equal(2, d.Precision);
    }

    [Theory]
    [InlineData("Residents said soldiers burned houses in the village at some point in April.", "2020-04-15")]
    [InlineData("Residents said soldiers burned houses in the village in late April.", "2020-04-25")]
    [InlineData("Residents said soldiers burned houses in the village during January.", "2020-01-15")]
    [InlineData("Residents said soldiers burned houses in the village in November.", "2019-11-15")] // not yet November in May
    [InlineData("Residents said soldiers burned houses in the village in May last year.", "2019-05-15")]
    public void AMonthWithoutItsYearIsTheMiddleOfTheLatestSuchMonth(string text, string expected)
    {
        var d = Single(text);
        Assert.Equal([DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture)], d.Dates);
        Assert.Equal(3, d.Precision);
        Assert.True(d.MonthOnly);
    }

    [Fact]
    public void AMonthThatIsNotYetOverStopsAtTheReport()
    {
        var d = Single("Residents said soldiers burned houses in the village in May.", new DateOnly(2020, 5, 9));
        Assert.Equal([new DateOnly(2020, 5, 9)], d.Dates);
    }

    [Theory]
    [InlineData("May militias attack again, the elders asked.")] // a verb, not a month: no "in" before it
    [InlineData("Elections are due in March of 2021.")] // a month of a named year is a month and year, not a bare month
    public void AMonthNameAloneIsNoDateWithoutInOrDuring(string text)
    {
        Assert.DoesNotContain(DateAnnotator.Annotate(text, Published), m => m.MonthOnly);
    }

    [Theory]
    [InlineData("The rebels, which captured the provincial capital in April, now hold the road.")]
    [InlineData("The discrimination which caused riots in April still angers students.")]
    public void AMonthInsideARelativeClauseIsHistory(string text)
    {
        Assert.True(Single(text).Background);
    }

    [Theory]
    [InlineData("By 26 May, medics had counted nine dead.")]
    [InlineData("Relatives had received ransom demands by Tuesday, a local official said.")]
    public void TheDayBySomethingWasKnownIsNoEventDate(string text)
    {
        var d = Single(text);
        Assert.True(d.Deadline);
        Assert.True(d.Background);
    }

    [Fact]
    public void EarlierThisMonthIsTheFifteenthOnceItHasPassed()
    {
        var late = Single("A raid on the town earlier this month killed three.", new DateOnly(2020, 5, 28));
        Assert.Equal([new DateOnly(2020, 5, 15)], late.Dates);
        var early = Single("A raid on the town earlier this month killed three.", new DateOnly(2020, 5, 9));
        Assert.Equal([new DateOnly(2020, 5, 4)], early.Dates);
    }

    [Fact]
    public void RelativeWithoutPublicationIsMarkedAsNeedingIt()
    {
        var d = Assert.Single(DateAnnotator.Annotate("Gunmen attacked the village yesterday.", null));
        Assert.True(d.NeedsPublished);
    }

    [Fact]
    public void LateOnADayIsThatDay()
    {
        const string text = "Turkish drones struck the town late on May 27.";
        var d = Single(text);
        Assert.Equal([new DateOnly(2020, 5, 27)], d.Dates);
        Assert.Equal(1, d.Precision);
    }

    [Fact]
    public void MonthAndYearHasMonthPrecision()
    {
        var d = Single("Fighting intensified in late March 2020.");
        Assert.Equal(3, d.Precision);
        Assert.Equal(2020, d.Dates[0].Year);
        Assert.Equal(3, d.Dates[0].Month);
    }

    [Fact]
    public void ListOfDatesSharingAMonth()
    {
        var d = Single("Shelling was reported on May 25 and 26.");
        Assert.Equal([new DateOnly(2020, 5, 25), new DateOnly(2020, 5, 26)], d.Dates);
    }

    [Fact]
    public void ListOfTwoFullDatesGivesBothDates()
    {
        var found = DateAnnotator.Annotate("Shelling was reported on May 27 and May 28.", Published);
        var all = found.SelectMany(m => m.Dates).ToList();
        Assert.Equal([new DateOnly(2020, 5, 27), new DateOnly(2020, 5, 28)], all);
        Assert.All(found, m => Assert.False(m.Background));
    }

    [Fact]
    public void DayRangeFillsTheDaysBetween()
    {
        var d = Single("Clashes continued from 24 to 26 May.");
        Assert.Equal([new DateOnly(2020, 5, 24), new DateOnly(2020, 5, 25), new DateOnly(2020, 5, 26)], d.Dates);
    }

    [Fact]
    public void YearIsInferredAcrossNewYear()
    {
        var d = Single("Clashes broke out on December 30 near the town.", new DateOnly(2021, 1, 3));
        Assert.Equal([new DateOnly(2020, 12, 30)], d.Dates);
    }

    [Fact]
    public void DateJustAfterPublicationKeepsTheYear()
    {
        // Slight clock differences between the dateline and the text are tolerated.
        var d = Single("Talks are set for May 30.", Published);
        Assert.Equal([new DateOnly(2020, 5, 30)], d.Dates);
    }

    [Theory]
    [InlineData("Fighting has not stopped since the March 5 agreement.")]
    [InlineData("Hundreds have fled ahead of the May 30 deadline set by the March 5 ceasefire.")]
    public void BackgroundReferenceIsFlagged(string text)
    {
        var found = DateAnnotator.Annotate(text, Published);
        var march = Assert.Single(found, m => m.Dates[0].Month == 3);
        Assert.True(march.Background);
        Assert.Equal(new DateOnly(2020, 3, 5), march.Dates[0]);
    }

    [Fact]
    public void EventDateBesideBackgroundIsNotBackground()
    {
        var found = DateAnnotator.Annotate("On May 27 troops shelled the town, the worst violation since the March 5 agreement.", Published);
        Assert.Equal(2, found.Count);
        Assert.False(found[0].Background);
        Assert.True(found[1].Background);
    }

    [Fact]
    public void ImpossibleDatesAreIgnored()
    {
        Assert.Empty(DateAnnotator.Annotate("The figure was 45/13 in the table.", Published));
        Assert.DoesNotContain(DateAnnotator.Annotate("On 31 February 2020 nothing happened.", Published), m => m.Dates.Count > 0 && m.Dates[0].Month == 2);
    }

    [Theory]
    [InlineData("The union will strike next Monday.", "2020-06-01")]
    [InlineData("The union will strike this coming Friday.", "2020-05-29")]
    [InlineData("The union will strike next Thursday.", "2020-06-04")] // a week on, not the report's own Thursday
    public void NextWeekdayIsAfterThePublicationDate(string text, string expected)
    {
        var d = Assert.Single(DateAnnotator.Annotate(text, Published));
        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), d.Dates[0]);
    }

    [Fact]
    public void NextWeekWeekdayIsAPlanNotAnEvent() =>
        Assert.True(Assert.Single(DateAnnotator.Annotate("Rebels called a general strike starting next Monday.", Published)).Background);

    // Three-letter month abbreviations that the month pattern accepts must also start a date ("Jun 13th" was skipped once
    // because only the full names were listed as words a date may start with).
    [Theory]
    [InlineData("Police dispersed traders on Jun 13th in the town.", 6, 13)]
    [InlineData("Police dispersed traders on Jul 4th 2020 in the town.", 7, 4)]
    [InlineData("Police dispersed traders on Dec 2 in the town.", 12, 2)]
    [InlineData("Police dispersed traders on Sept. 13 in the town.", 9, 13)]
    public void AbbreviatedMonthsStartADate(string text, int month, int day)
    {
        var d = Single(text);
        Assert.Equal(month, d.Dates[0].Month);
        Assert.Equal(day, d.Dates[0].Day);
    }
}
