using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sitrep.Core.Output;

namespace Sitrep.Server.Tests;

/// <summary>The read API over a store holding the seed report and three short reports: filters, paging, formats, detail, stats.</summary>
public sealed class EventsApiTests(SeededServer server) : IClassFixture<SeededServer>
{
    private HttpClient Client => server.Client;

    private async Task<JsonArray> EventsAsync(string query)
    {
        var page = await Reports.GetJsonAsync(Client, "/api/events?limit=1000&" + query);
        return page["events"]!.AsArray();
    }

    private static IEnumerable<string> Ids(JsonArray events) => events.Select(e => (string)e!["event_id"]!);

    [Fact]
    public async Task Posting_the_seed_report_returns_its_events_with_evidence()
    {
        var events = server.SeedPosted["events"]!.AsArray();
        Assert.False((bool)server.SeedPosted["already_stored"]!);
        Assert.True(events.Count >= 4, $"the seed report gave {events.Count} events");
        Assert.All(events, e => Assert.Contains("southfront-2020-05-28", e!["doc_ids"]!.AsArray().Select(d => (string)d!)));
        Assert.Contains(events, e => (string)e!["sub_event_type"]! == "Remote explosive/landmine/IED" && ((string)e["actor2"]!).StartsWith("Military Forces of Turkey"));
        Assert.All(events, e => Assert.NotEmpty(e!["evidence"]!.AsObject()));
    }

    [Fact]
    public async Task The_taxonomy_is_acleds_six_types_25_sub_types_and_eight_actor_categories_with_definitions()
    {
        var t = await Reports.GetJsonAsync(Client, "/api/taxonomy");
        var types = t["event_types"]!.AsArray();
        Assert.Equal(["Battles", "Explosions/Remote violence", "Violence against civilians", "Protests", "Riots", "Strategic developments"],
            types.Select(x => (string)x!["name"]!));
        Assert.Equal(25, types.Sum(x => x!["sub_event_types"]!.AsArray().Count));
        Assert.All(types, x => Assert.False(string.IsNullOrWhiteSpace((string)x!["definition"]!)));
        Assert.Contains(types.Single(x => (string)x!["name"]! == "Riots")!["sub_event_types"]!.AsArray(), s => (string)s!["name"]! == "Mob violence");
        Assert.Equal(8, t["inter_codes"]!.AsArray().Count);
        Assert.Equal("known only to the month", (string)t["time_precision"]!["3"]!);
        // Every sub-event type the filters accept is one the taxonomy lists.
        Assert.Equal("Armed clash", AcledTaxonomy.SubEventType("armed CLASH"));
        Assert.Null(AcledTaxonomy.EventType("Battle"));
    }

    [Fact]
    public async Task Posting_the_same_text_again_stores_nothing_new_and_answers_the_same_events()
    {
        var again = await Reports.PostAsync(Client, Reports.Seed);
        Assert.True((bool)again["already_stored"]!);
        Assert.Equal(server.SeedPosted["document_id"]!.GetValue<long>(), again["document_id"]!.GetValue<long>());
        Assert.Equal(Ids(server.SeedPosted["events"]!.AsArray()).Order(), Ids(again["events"]!.AsArray()).Order());
    }

    [Fact]
    public async Task The_cursor_pages_through_every_event_once_in_order()
    {
        var all = Ids(await EventsAsync("")).ToList();
        Assert.True(all.Count >= 7, $"only {all.Count} events stored");
        var paged = new List<string>();
        string? cursor = null;
        var pages = 0;
        do
        {
            var page = await Reports.GetJsonAsync(Client, "/api/events?limit=2" + (cursor is null ? "" : "&cursor=" + Uri.EscapeDataString(cursor)));
            var events = page["events"]!.AsArray();
            Assert.True(events.Count is > 0 and <= 2);
            Assert.Equal(all.Count, page["count"]!.GetValue<long>());
            paged.AddRange(Ids(events));
            cursor = (string?)page["next_cursor"];
            Assert.True(++pages <= all.Count, "paging does not end");
        }
        while (cursor is not null);

        Assert.Equal(all, paged);
        Assert.Equal((all.Count + 1) / 2, pages);
    }

    [Fact]
    public async Task Event_type_and_date_filters_return_exactly_the_matching_events()
    {
        var all = await EventsAsync("");
        var battles = await EventsAsync("event_type=battles");
        Assert.NotEmpty(battles);
        Assert.Equal(all.Where(e => (string)e!["event_type"]! == "Battles").Select(e => (string)e!["event_id"]!), Ids(battles));

        var day = await EventsAsync("from=2020-05-27&to=2020-05-27");
        Assert.NotEmpty(day);
        Assert.Equal(all.Count(e => (string)e!["event_date"]! == "2020-05-27"), day.Count);
        Assert.All(day, e => Assert.Equal("2020-05-27", (string)e!["event_date"]!));

        var both = await EventsAsync("from=2020-05-01&to=2020-05-31&event_type=Explosions/Remote%20violence");
        Assert.NotEmpty(both);
        Assert.All(both, e => Assert.Equal("Explosions/Remote violence", (string)e!["event_type"]!));
        Assert.All(both, e => Assert.StartsWith("2020-05", (string)e!["event_date"]!));
    }

    [Fact]
    public async Task Country_admin1_actor_bbox_and_text_filters_find_the_Kenyan_report_only()
    {
        var kenya = await EventsAsync("country=kenya");
        var one = Assert.Single(kenya);
        Assert.Equal("Kenya", (string)one!["country"]!);
        Assert.Equal(Ids(kenya), Ids(await EventsAsync("admin1=" + Uri.EscapeDataString((string)one["admin1"]!))));
        Assert.Equal(Ids(kenya), Ids(await EventsAsync("actor=shabaab")));
        Assert.Equal(Ids(kenya), Ids(await EventsAsync("q=police%20post")));
        var (lat, lon) = ((double)one["latitude"]!, (double)one["longitude"]!);
        var box = string.Create(CultureInfo.InvariantCulture, $"{lon - 1},{lat - 1},{lon + 1},{lat + 1}");
        Assert.Equal(Ids(kenya), Ids(await EventsAsync("bbox=" + box)));
        Assert.Empty(await EventsAsync("country=kenya&event_type=Protests"));
    }

    [Fact]
    public async Task Csv_has_ACLEDs_columns_and_one_line_per_event()
    {
        var json = await EventsAsync("event_type=Battles");
        using var response = await Client.GetAsync("/api/events?event_type=Battles&format=csv");
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).TrimEnd('\n').Split('\n');
        Assert.Equal(AcledCsvWriter.Header, lines[0]);
        Assert.Equal(json.Count, lines.Length - 1);
        Assert.All(lines.Skip(1), l => Assert.Contains(",Battles,", l));
    }

    [Fact]
    public async Task GeoJson_is_a_feature_collection_with_longitude_first()
    {
        var json = await EventsAsync("");
        using var response = await Client.GetAsync("/api/events?limit=1000&format=geojson");
        Assert.Equal("application/geo+json", response.Content.Headers.ContentType?.MediaType);
        var geo = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("FeatureCollection", (string)geo["type"]!);
        var features = geo["features"]!.AsArray();
        Assert.Equal(json.Count, features.Count);
        foreach (var f in features.Where(f => f!["geometry"] is not null))
        {
            var e = json.Single(x => (string)x!["event_id"]! == (string)f!["id"]!);
            var c = f!["geometry"]!["coordinates"]!.AsArray();
            Assert.Equal((double)e!["longitude"]!, (double)c[0]!);
            Assert.Equal((double)e["latitude"]!, (double)c[1]!);
        }
    }

    [Fact]
    public async Task An_event_merged_from_two_outlets_lists_both_sources_and_why_they_joined()
    {
        var market = Assert.Single(await EventsAsync("from=2024-03-01&to=2024-03-31"));
        var detail = await Reports.GetJsonAsync(Client, "/api/events/" + Uri.EscapeDataString((string)market!["event_id"]!));
        var sources = detail["sources"]!.AsArray();
        Assert.Equal(["levant-monitor-0312", "north-syria-wire-0311"], sources.Select(s => (string)s!["doc_key"]!).Order());
        Assert.Null((string?)sources[0]!["joined_because"]);
        Assert.False(string.IsNullOrWhiteSpace((string?)sources[1]!["joined_because"]));
        Assert.NotEmpty(detail["event"]!["merge"]!["why"]!.AsArray());
        Assert.Equal(2, detail["event"]!["doc_ids"]!.AsArray().Count);
    }

    [Fact]
    public async Task Every_evidence_span_of_an_event_is_the_quoted_words_of_its_document()
    {
        var e = server.SeedPosted["events"]!.AsArray().First()!;
        var detail = await Reports.GetJsonAsync(Client, "/api/events/" + Uri.EscapeDataString((string)e["event_id"]!));
        var docId = detail["sources"]![0]!["document_id"]!.GetValue<long>();
        var doc = await Reports.GetJsonAsync(Client, $"/api/documents/{docId}");
        var text = (string)doc["text"]!;
        Assert.Equal(Reports.SeedText, text);
        var spans = detail["event"]!["evidence"]!.AsObject().SelectMany(f => f.Value!.AsArray()).ToList();
        Assert.NotEmpty(spans);
        foreach (var s in spans)
        {
            var (start, end) = (s!["start"]!.GetValue<int>(), s["end"]!.GetValue<int>());
            Assert.Equal((string)s["text"]!, text[start..end]);
        }

        var claims = detail["event"]!["claims"]!.AsArray();
        foreach (var c in claims) Assert.Equal((string)c!["evidence"]!["text"]!, text[c["evidence"]!["start"]!.GetValue<int>()..c["evidence"]!["end"]!.GetValue<int>()]);
        var annotations = doc["annotations"]!.AsArray();
        Assert.Contains(annotations, a => (string)a!["kind"]! == "place");
        Assert.All(annotations, a => Assert.InRange(a!["end"]!.GetValue<int>(), a["start"]!.GetValue<int>(), text.Length));
        Assert.Contains((string)e["event_id"]!, doc["event_ids"]!.AsArray().Select(x => (string)x!));
        // The document key names the same document as its number.
        Assert.Equal(docId, (await Reports.GetJsonAsync(Client, "/api/documents/southfront-2020-05-28"))["id"]!.GetValue<long>());
    }

    [Fact]
    public async Task Stats_count_by_day_type_and_admin1_add_up_to_the_events()
    {
        var all = await EventsAsync("");
        var stats = await Reports.GetJsonAsync(Client, "/api/stats");
        Assert.Equal(all.Count, stats["events"]!.GetValue<long>());
        Assert.Equal(4, stats["documents"]!.GetValue<long>()); // the seed report and three short ones
        foreach (var (group, key) in new[] { ("by_day", "event_date"), ("by_type", "event_type"), ("by_admin1", "admin1") })
        {
            var rows = stats[group]!.AsArray();
            Assert.Equal(all.Count, rows.Sum(r => r!["count"]!.GetValue<long>()));
            foreach (var r in rows)
            {
                var k = (string)r![key == "event_date" ? "date" : key]!;
                Assert.Equal(all.Count(e => (string)e![key]! == k), r["count"]!.GetValue<long>());
            }
        }

        var battles = await Reports.GetJsonAsync(Client, "/api/stats?event_type=Battles");
        Assert.Equal(all.Count(e => (string)e!["event_type"]! == "Battles"), battles["events"]!.GetValue<long>());
    }

    [Fact]
    public async Task Unknown_event_and_document_are_404_with_a_message()
    {
        Assert.Contains("no event 'nope'", await Reports.ErrorAsync(await Client.GetAsync("/api/events/nope"), 404));
        Assert.Contains("no document 'nope'", await Reports.ErrorAsync(await Client.GetAsync("/api/documents/nope"), 404));
        Assert.Contains("/api/nothing-here", await Reports.ErrorAsync(await Client.GetAsync("/api/nothing-here"), 404));
        Assert.Contains("DELETE", await Reports.ErrorAsync(await Client.DeleteAsync("/api/events"), 405));
    }

    [Fact]
    public async Task Stored_event_json_parses_back_into_the_same_event()
    {
        var e = server.SeedPosted["events"]!.AsArray().First()!;
        var parsed = EventJsonReader.Parse(e.ToJsonString());
        Assert.Equal((string)e["event_id"]!, parsed.EventId);
        Assert.Equal((string)e["event_type"]!, parsed.EventType);
        using var doc = JsonDocument.Parse(e.ToJsonString());
        Assert.Equal(JsonValueKind.Array, doc.RootElement.GetProperty("claims").ValueKind);
    }
}
