using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Sitrep.Server.Tests;

/// <summary>No request can make the server do unbounded work: capped pages and queries, bounded uploads, sane dates, no 500s.</summary>
public sealed class BoundedWorkTests
{
    // Two incidents in two towns on two days: two events.
    private const string TwoIncidents =
        "Gunmen killed three farmers in Dogo Nahawa on 3 March 2024, villagers said.\n\n" +
        "On 5 March 2024 soldiers clashed with bandits near Kajuru, killing four of them, the army said.";

    private static readonly DateTimeOffset Now = new(2025, 6, 15, 12, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("limit=1001", "limit must be a whole number from 1 to 1000")]
    [InlineData("limit=10000", "limit must be a whole number from 1 to 1000")]
    [InlineData("q=%00", "control character (U+0000")]
    [InlineData("country=Sy%01ria", "control character (U+0001")]
    [InlineData("q=a+b+c+d+e+f+g+h+i+j+k+l+m", "q has 13 words; search with at most 12")]
    [InlineData("order=sideways", "order must be oldest or newest")]
    public async Task Oversized_or_hostile_queries_are_400_with_a_reason(string query, string message)
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        Assert.Contains(message, await Reports.ErrorAsync(await client.GetAsync("/api/events?" + query), 400));
        Assert.Equal(200, (int)(await client.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task A_long_q_is_refused_before_it_reaches_the_index()
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        var error = await Reports.ErrorAsync(await client.GetAsync("/api/events?q=" + new string('x', 201)), 400);
        Assert.Contains("201 characters long; the limit is 200", error);
        Assert.Equal(200, (int)(await client.GetAsync("/api/events?q=" + new string('x', 200))).StatusCode);
    }

    [Fact]
    public async Task A_control_character_in_an_id_is_404_not_500()
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        await Reports.ErrorAsync(await client.GetAsync("/api/events/a%01b"), 404);
        await Reports.ErrorAsync(await client.GetAsync("/api/documents/a%01b"), 404);
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("1899-12-31")]
    [InlineData("2025-06-17")]
    [InlineData("9999-12-31")]
    public async Task Publication_dates_outside_1900_to_tomorrow_are_400(string published)
    {
        using var factory = new SitrepFactory { Clock = new SitrepFactory.FixedClock(Now) };
        using var client = factory.CreateClient();
        var error = await Reports.ErrorAsync(await client.PostAsJsonAsync("/api/documents", new { published, text = TwoIncidents }), 400);
        Assert.Contains($"published {published} is outside the accepted dates 1900-01-01 to 2025-06-16", error);
        Assert.Equal(0, (await Reports.GetJsonAsync(client, "/api/stats"))["documents"]!.GetValue<long>());
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2025-06-16")]
    public async Task The_ends_of_the_window_are_accepted(string published)
    {
        using var factory = new SitrepFactory { Clock = new SitrepFactory.FixedClock(Now) };
        using var client = factory.CreateClient();
        await Reports.PostAsync(client, new { published, text = TwoIncidents });
    }

    [Fact]
    public async Task A_report_with_more_events_than_the_limit_is_413_and_nothing_is_stored()
    {
        using var factory = new SitrepFactory(("MaxEventsPerReport", "1"));
        using var client = factory.CreateClient();
        var error = await Reports.ErrorAsync(await client.PostAsJsonAsync("/api/documents", new { published = "2024-03-06", text = TwoIncidents }), 413);
        Assert.Contains("gives 2 events, over the limit of 1", error);
        Assert.Contains("sitrep ingest", error);
        Assert.Equal(0, (await Reports.GetJsonAsync(client, "/api/stats"))["documents"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_report_that_takes_too_long_is_given_up_with_413_and_nothing_is_stored()
    {
        using var factory = new SitrepFactory(("MaxProcessingSeconds", "1"), ("MaxBodyBytes", "8388608"));
        using var client = factory.CreateClient();
        // A long bulletin of distinct incidents (about 3 MB): far more than one second of work on any machine.
        var towns = new[] { "Kajuru", "Dogo Nahawa", "Mandera", "Baidoa", "Garissa", "Maiduguri", "Kafr Nabl", "Jisr al-Shughur" };
        var text = string.Join("\n\n", Enumerable.Range(0, 24_000).Select(i =>
            $"On {1 + (i % 28)} March 2024 gunmen killed {2 + (i % 9)} villagers in {towns[i % towns.Length]}, and soldiers later clashed with them nearby, the army said."));
        var error = await Reports.ErrorAsync(await client.PostAsJsonAsync("/api/documents", new { published = "2024-03-30", text }), 413);
        Assert.Contains("took longer than 1 s to process and was given up", error);
        Assert.Equal(0, (await Reports.GetJsonAsync(client, "/api/stats"))["documents"]!.GetValue<long>());
    }

    [Fact]
    public async Task The_same_report_again_is_answered_from_the_store_without_extracting_it()
    {
        using var first = new SitrepFactory();
        using (var client = first.CreateClient())
        {
            var created = await Reports.PostAsync(client, new { id = "two", published = "2024-03-06", text = TwoIncidents });
            Assert.Equal(2, created["events"]!.AsArray().Count);
        }

        // The same store behind a server that would refuse the report if it extracted it again.
        using var second = new SitrepFactory(("Db", Path.Combine(first.Dir, "sitrep.db")), ("MaxEventsPerReport", "1"));
        using var again = second.CreateClient();
        var answer = await Reports.PostAsync(again, new { id = "two", published = "2024-03-06", text = TwoIncidents });
        Assert.True((bool)answer["already_stored"]!);
        Assert.Equal(2, answer["events"]!.AsArray().Count);
    }

    [Fact]
    public async Task Newest_first_pages_walk_back_in_time()
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        await Reports.PostAsync(client, Reports.MarketB);
        await Reports.PostAsync(client, Reports.Kenya);
        await Reports.PostAsync(client, new { published = "2024-03-06", text = TwoIncidents });

        var dates = new List<string>();
        string? cursor = null;
        do
        {
            var page = await Reports.GetJsonAsync(client, "/api/events?order=newest&limit=1" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            dates.AddRange(page["events"]!.AsArray().Select(e => (string)e!["event_date"]!));
            cursor = (string?)page["next_cursor"];
        }
        while (cursor is not null);

        var all = (await Reports.GetJsonAsync(client, "/api/events"))["events"]!.AsArray().Select(e => (string)e!["event_date"]!).ToList();
        Assert.True(all.Count >= 4, $"{all.Count} events");
        Assert.Equal(all.AsEnumerable().Reverse(), dates);
        Assert.Equal("2024-04-01", dates[0]);
    }

    [Fact]
    public async Task A_big_page_is_streamed_whole()
    {
        using var factory = new SitrepFactory(("ReadRequestsPerMinute", "0"));
        using var client = factory.CreateClient();
        await Reports.PostAsync(client, new { published = "2024-03-06", text = TwoIncidents });
        using var response = await client.GetAsync("/api/events?limit=1000", HttpCompletionOption.ResponseHeadersRead);
        // Streamed: no Content-Length is known when the headers go out.
        Assert.Null(response.Content.Headers.ContentLength);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(2, body["events"]!.AsArray().Count);
        Assert.Equal(2, body["count"]!.GetValue<long>());
    }

    [Fact]
    public async Task Csv_from_the_API_is_safe_in_a_spreadsheet()
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        await Reports.PostAsync(client, new { published = "2024-03-06", source = "=HYPERLINK(\"http://evil.example\")", text = TwoIncidents });
        var csv = await client.GetStringAsync("/api/events?format=csv");
        Assert.Contains("'=HYPERLINK", csv);
        Assert.DoesNotContain(",=HYPERLINK", csv);
        Assert.DoesNotContain(",\"=HYPERLINK", csv);
    }
}
