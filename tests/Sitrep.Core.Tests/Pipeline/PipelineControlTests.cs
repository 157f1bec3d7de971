using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Tests.Coding;

namespace Sitrep.Core.Tests.Pipeline;

/// <summary>What the caller controls from outside the pipeline: cancellation, the clock, and the accepted publication dates.</summary>
public sealed class PipelineControlTests
{
    private const string Report = "Gunmen killed two police officers in Mandera yesterday, officials said.";

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private sealed class StageLog : IStageObserver
    {
        public List<string?> Stages { get; } = [];

        public void Ended(string? stage) => Stages.Add(stage);
    }

    [Fact]
    public void A_stage_observer_sees_every_stage_once_and_changes_no_event()
    {
        var doc = new Document("s", new DateOnly(2024, 3, 2), null, null, Report);
        var log = new StageLog();
        var observed = TestPipeline.Pipeline.Process(doc, log);
        var plain = TestPipeline.Pipeline.Process(doc);

        Assert.Equal(plain.Select(e => (e.EventType, e.Fatalities, e.EventDate)), observed.Select(e => (e.EventType, e.Fatalities, e.EventDate)));
        var named = log.Stages.OfType<string>().ToList();
        Assert.Equal(named.Distinct().Count(), named.Count);
        Assert.Contains("CasualtyAnnotator.Annotate", named);
        Assert.Equal("ReportIncidents.Fold", named[^1]);
    }

    [Fact]
    public void A_cancelled_run_stops_with_OperationCanceledException()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        var doc = new Document("c", new DateOnly(2024, 3, 2), null, null, string.Join("\n\n", Enumerable.Repeat(Report, 50)));
        Assert.ThrowsAny<OperationCanceledException>(() => TestPipeline.Pipeline.Process(doc, cancel.Token));
        Assert.ThrowsAny<OperationCanceledException>(() => TestPipeline.Pipeline.ProcessWithAnnotations(doc, cancel.Token));
        Assert.NotEmpty(TestPipeline.Pipeline.Process(doc, CancellationToken.None));
    }

    [Fact]
    public void An_undated_report_is_anchored_to_the_injected_clock_not_the_machines()
    {
        var clock = new FixedClock(new DateTimeOffset(2031, 7, 9, 10, 0, 0, TimeSpan.Zero));
        var dates = DateAnnotator.Annotate(Report, null, clock);
        Assert.Equal(new DateOnly(2031, 7, 8), Assert.Single(dates).Dates[0]);
    }

    [Theory]
    [InlineData("1900-01-01", true)]
    [InlineData("1899-12-31", false)]
    [InlineData("2031-07-10", true)]
    [InlineData("2031-07-11", false)]
    [InlineData("0001-01-01", false)]
    public void The_default_window_is_1900_to_tomorrow(string date, bool inside)
    {
        var window = PublishedWindow.Default(new FixedClock(new DateTimeOffset(2031, 7, 9, 23, 0, 0, TimeSpan.Zero)));
        Assert.Equal(inside, window.Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(inside, window.Problem(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)) is null);
        Assert.Null(window.Problem(null));
    }

    [Theory]
    [InlineData(2, 1, 1)]
    [InlineData(9998, 12, 31)]
    public void Any_date_at_the_ends_of_the_wide_window_is_processed_without_leaving_the_calendar(int y, int m, int d)
    {
        var published = new DateOnly(y, m, d);
        Assert.True(PublishedWindow.Any.Contains(published));
        var events = TestPipeline.Pipeline.Process(new Document("old", published, null, null, Report + " Last year bandits burned the market."));
        Assert.NotEmpty(events);
    }

    [Fact]
    public void Progress_inside_a_report_rises_to_one()
    {
        var doc = new Document("p", new DateOnly(2024, 3, 2), null, null,
            "Gunmen killed two police officers in Mandera yesterday, officials said.\n\n" +
            "In a separate attack, militants ambushed a convoy near Garissa on Friday, killing four soldiers.\n\n" +
            "Police said three protesters were injured when officers fired tear gas in Nairobi on Thursday.");
        var shares = new List<double>();
        var events = TestPipeline.Pipeline.Process(doc, CancellationToken.None, shares.Add);
        Assert.NotEmpty(events);
        Assert.True(shares.Count >= 3, $"only {shares.Count} progress reports");
        for (var i = 1; i < shares.Count; i++) Assert.True(shares[i] >= shares[i - 1], $"progress went back: {string.Join(", ", shares)}");
        Assert.Equal(1.0, shares[^1], 6);
        Assert.All(shares, s => Assert.InRange(s, 0.0, 1.0));
    }
}
