using System.Text.Json.Nodes;
using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>The map page in a real browser: paste the seed report, see it on the map, read the evidence, filter, and stay safe from hostile text.</summary>
public sealed class BrowserTests(BrowserServer server) : IClassFixture<BrowserServer>
{
    private async Task<JsonNode> Api(string path)
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        return await Reports.GetJsonAsync(http, path);
    }

    private static async Task Paste(IPage page, string text, string published, string source)
    {
        await page.FillAsync("#paste-text", text);
        await page.FillAsync("#paste-published", published);
        await page.FillAsync("#paste-source", source);
        await page.ClickAsync("#paste-submit");
        await page.WaitForSelectorAsync("#paste-result .extracted, #paste-result .error");
        var error = await page.Locator("#paste-result .error").AllTextContentsAsync();
        Assert.True(error.Count == 0, "posting failed: " + string.Join(" ", error));
    }

    /// <summary>Clicks markers (zooming into groups, choosing from a stack) until the event panel opens; returns the id of the event shown.</summary>
    internal static async Task<string> OpenAnEventFromTheMap(IPage page)
    {
        for (var i = 0; i < 8; i++)
        {
            await page.Locator("path.event-marker").First.ClickAsync(new LocatorClickOptions { Force = true });
            // Several events at one point open a list to choose from.
            if (await page.Locator(".stack-popup button").CountAsync() > 0) await page.Locator(".stack-popup button").First.ClickAsync();
            try
            {
                await page.WaitForSelectorAsync("#panel:not([hidden]) .source-text", new PageWaitForSelectorOptions { Timeout = 3000 });
                return (await page.GetAttributeAsync("#panel", "data-event-id"))!;
            }
            catch (TimeoutException)
            {
                // It was a group spread over space: the map zoomed in; click again.
            }
        }

        throw new Xunit.Sdk.XunitException("clicking markers never opened an event");
    }

    [Fact]
    public async Task Pasting_the_seed_report_maps_its_events_and_shows_each_fields_evidence()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.Url + "/");
        // The basemap: countries drawn from the vendored TopoJSON, with no tile server.
        await page.WaitForSelectorAsync("path.country", new() { State = WaitForSelectorState.Attached });
        Assert.True(await page.Locator("path.country").CountAsync() > 100, "the countries were not drawn");

        await Paste(page, Reports.SeedText, "2020-05-28", "SouthFront");
        var extracted = await page.Locator("#paste-result li").CountAsync();
        Assert.True(extracted >= 4, $"the page shows {extracted} extracted events");
        Assert.Contains($"{extracted} events extracted", await page.TextContentAsync("#paste-result .extracted"));
        await page.Locator("#paste").ScreenshotAsync(new() { Path = Path.Combine(BrowserServer.Screenshots, "paste.png") });

        // Every stored event is in the list, and the markers account for every placed one.
        var total = (await Api("/api/events?limit=1000"))["events"]!.AsArray();
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(total.Count);
        var counts = await page.Locator("path.event-marker").EvaluateAllAsync<int[]>("els => els.map(e => +e.getAttribute('data-count'))");
        Assert.Equal(total.Count(e => e!["latitude"] is not null), counts.Sum());
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserServer.Screenshots, "map.png") });

        // Click an event on the map: its panel shows the source text with the evidence of each field.
        var id = await OpenAnEventFromTheMap(page);
        var detail = await Api("/api/events/" + Uri.EscapeDataString(id));
        var evidence = detail["event"]!["evidence"]!.AsObject();
        var field = new[] { "actor1", "event_type", "location", "event_date", "fatalities" }.First(f => evidence[f]?.AsArray().Count > 0);
        await page.HoverAsync($"#panel tr[data-field='{field}']");
        var lit = string.Concat(await page.Locator("#panel .source-text .ev.lit").AllTextContentsAsync());
        Assert.NotEmpty(lit);
        foreach (var span in evidence[field]!.AsArray()) Assert.Contains((string)span!["text"]!, lit);
        await page.Locator("#panel").ScreenshotAsync(new() { Path = Path.Combine(BrowserServer.Screenshots, "event-panel.png") });
        await page.HoverAsync("#panel h3.title");
        Assert.Equal(0, await page.Locator("#panel .source-text .ev.lit").CountAsync());
        // The panel shows the whole source report of that event (other tests' reports share this server).
        var firstSource = (long)detail["sources"]![0]!["document_id"]!;
        var sourceText = (string)(await Api($"/api/documents/{firstSource}"))["text"]!;
        Assert.Equal(sourceText.Replace("\r", ""), (await page.TextContentAsync("#panel .source-text"))!.Replace("\r", ""));

        // Filter by type: the list and the markers keep only that type.
        await page.SelectOptionAsync("#f-type", "Battles");
        var battles = (await Api("/api/events?event_type=Battles&limit=1000"))["events"]!.AsArray();
        Assert.NotEmpty(battles);
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(battles.Count);
        var types = await page.Locator("path.event-marker").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('data-event-type'))");
        Assert.NotEmpty(types);
        Assert.All(types, t => Assert.Equal("Battles", t));

        // Brushing the first half of the timeline keeps the first day's events only (Syria's: other tests post reports from elsewhere).
        await page.SelectOptionAsync("#f-type", "");
        await page.FillAsync("#f-country", "Syria");
        var syria = (await Api("/api/events?country=Syria&limit=1000"))["events"]!.AsArray();
        Assert.Equal(["2020-05-27", "2020-05-28"], syria.Select(e => (string)e!["event_date"]!).Distinct().Order());
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(syria.Count);
        await Assertions.Expect(page.Locator("#timeline rect.bar")).ToHaveCountAsync(2);
        var box = (await page.Locator("#timeline").BoundingBoxAsync())!;
        await page.Mouse.MoveAsync(box.X + 40, box.Y + box.Height / 2);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width * 0.4f, box.Y + box.Height / 2, new() { Steps = 5 });
        await page.Mouse.UpAsync();
        await Assertions.Expect(page.Locator("#f-dates")).ToHaveTextAsync("2020-05-27 – 2020-05-27");
        var firstDay = syria.Count(e => (string)e!["event_date"]! == "2020-05-27");
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(firstDay);
        Assert.All(await page.Locator("#list li").AllTextContentsAsync(), t => Assert.StartsWith("2020-05-27", t));

        Assert.Empty(problems);
    }

    [Fact]
    public async Task Uploading_a_pdf_through_the_page_shows_its_events_with_the_pdf_text_as_source()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.Url + "/");
        var pdf = PdfSamples.BuildReport(null,
        [
            "Unidentified gunmen abducted two aid workers near Kidal on 14 August 2023,",
            "a spokesman for the regional authority told reporters.",
        ]);
        await page.SetInputFilesAsync("#paste-file", new FilePayload { Name = "bulletin.pdf", MimeType = "application/pdf", Buffer = pdf });
        await page.FillAsync("#paste-source", "Sahel Bulletin");
        await page.ClickAsync("#paste-submit");
        await page.WaitForSelectorAsync("#paste-result .extracted, #paste-result .error");
        var error = await page.Locator("#paste-result .error").AllTextContentsAsync();
        Assert.True(error.Count == 0, "uploading failed: " + string.Join(" ", error));
        Assert.True(await page.Locator("#paste-result li").CountAsync() >= 1, "the upload gave no events");
        // The input is cleared so the next submit sends the text box, not the same file again.
        Assert.Equal(0, await page.EvaluateAsync<int>("() => document.getElementById('paste-file').files.length"));

        await page.Locator("#paste-result li button").First.ClickAsync();
        await page.WaitForSelectorAsync("#panel:not([hidden]) .source-text");
        Assert.Contains("abducted two aid workers near Kidal", await page.TextContentAsync("#panel .source-text"));
        Assert.Empty(problems);
    }

    [Fact]
    public async Task A_hostile_report_is_shown_as_text_and_its_script_never_runs()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.Url + "/");
        const string script = "<script>window.__pwned=1</script>";
        const string img = "<img src=x onerror=\"window.__pwned=1\">";
        var hostile = $"{script} Unknown gunmen shot dead three civilians in Baidoa, Somalia on 2 May 2024, police said. {img}";
        await Paste(page, hostile, "2024-05-03", "<b onmouseover=\"window.__pwned=1\">Evil Wire</b>");

        await page.Locator("#paste-result li button").First.ClickAsync();
        await page.WaitForSelectorAsync("#panel:not([hidden]) .source-text");
        var shown = await page.TextContentAsync("#panel .source-text");
        Assert.Contains(script, shown);
        Assert.Contains(img, shown);
        Assert.Contains("<b onmouseover=", await page.TextContentAsync("#panel"));
        Assert.Equal(0, await page.Locator("#panel script, #panel img, #panel b, #paste-result img, #list img").CountAsync());
        await page.HoverAsync("#panel .source-text");
        await page.HoverAsync("#panel p.muted");
        Assert.True(await page.EvaluateAsync<bool>("() => window.__pwned === undefined"), "the report's script ran");
        Assert.Empty(problems);
    }

    [Fact]
    public async Task The_API_reference_page_renders_every_operation_of_the_OpenAPI_document()
    {
        var (page, problems) = await server.NewPageAsync();
        await page.GotoAsync(server.Url + "/api.html");
        var spec = await Api("/openapi.json");
        var operations = spec["paths"]!.AsObject().Sum(p => p.Value!.AsObject().Count);
        await Assertions.Expect(page.Locator("section.endpoint")).ToHaveCountAsync(operations);
        Assert.Contains(await page.Locator("section.endpoint h3").AllTextContentsAsync(), t => t == "GET/api/events/{id}");
        Assert.Empty(problems);
    }
}
