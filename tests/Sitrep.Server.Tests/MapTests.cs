using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>The map as an analyst works with it, in Chromium: basemap, boundaries and names, paging, unplaced events, stacks, links, keyboard and small screens.</summary>
public sealed class MapTests(MapServer server) : IClassFixture<MapServer>
{
    private static string Shot(string name) => Path.Combine(BrowserServer.Screenshots, name);

    private async Task<IPage> Open(string query = "", string hash = "", int width = 1400, int height = 900)
    {
        var (page, problems) = await server.NewPageAsync(width, height);
        await page.GotoAsync(server.Url + "/" + query + hash);
        await page.WaitForSelectorAsync("#list li");
        _problems = problems;
        return page;
    }

    private List<string> _problems = [];

    /// <summary>Waits until no zoom or pan animation is running, so markers are not redrawn under a click.</summary>
    private static async Task Settled(IPage page)
    {
        await page.WaitForFunctionAsync("() => !document.querySelector('.leaflet-zoom-anim, .leaflet-pan-anim')");
        await page.WaitForTimeoutAsync(300);
    }

    private async Task Filter(IPage page, string country)
    {
        await page.FillAsync("#f-country", country);
        await page.WaitForFunctionAsync("() => document.querySelector('#list li') !== null");
    }

    [Fact]
    public async Task The_basemap_has_no_bands_across_the_date_line()
    {
        var page = await Open();
        await page.WaitForSelectorAsync("path.country", new() { State = WaitForSelectorState.Attached });
        var widths = await page.Locator("path.country").EvaluateAllAsync<double[]>("els => els.map(e => e.getBBox().width)");
        Assert.True(widths.Length > 150, $"{widths.Length} countries drawn");
        // At zoom 2 the world is 1024 px wide; Russia, the widest, spans under half of it. A shape drawn across the
        // date line would span nearly all of it.
        Assert.True(widths.Max() < 600, $"a country is {widths.Max():0} px wide");
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task A_country_filter_zooms_there_with_admin1_boundaries_and_place_names()
    {
        var page = await Open();
        await Filter(page, "Syria");
        await page.WaitForSelectorAsync("path.admin1-line", new() { State = WaitForSelectorState.Attached });
        // Names follow the view as the map flies there; wait for the ones of its destination.
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.admin1-label')].some(e => /idlib|aleppo/i.test(e.textContent))");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.place-label')].some(e => ['Aleppo', 'Idlib', 'Latakia'].includes(e.textContent))");
        await Settled(page);
        await page.ScreenshotAsync(new() { Path = Shot("map-admin1.png") });

        // A country without any stored event still brings the map there: its shape decides.
        await page.FillAsync("#f-country", "Tanzania");
        await page.WaitForFunctionAsync("() => [...document.querySelectorAll('.place-label')].some(e => e.textContent === 'Dar es Salaam' || e.textContent === 'Dodoma')");
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task The_list_starts_with_the_newest_and_pages_on_with_N_more()
    {
        var page = await Open("?page=5");
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(5);
        Assert.StartsWith("2024-04-13", await page.Locator("#list li").First.TextContentAsync());
        // The list holds every event, placed or not; the map the placed ones.
        Assert.Contains($"newest 5 of {MapServer.Total}", await page.TextContentAsync("#count"));
        Assert.Equal($"5 more (of {MapServer.Total - 5} older)", await page.TextContentAsync("#more"));
        await page.ClickAsync("#more");
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(10);
        await page.ClickAsync("#more");
        await page.ClickAsync("#more");
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(MapServer.Total);
        await Assertions.Expect(page.Locator("#more")).ToBeHiddenAsync();
        var dates = (await page.Locator("#list li").AllTextContentsAsync()).Select(t => t[..10]).ToList();
        Assert.Equal(dates.OrderDescending(), dates);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Unplaced_events_are_counted_and_listed_beside_the_map()
    {
        var page = await Open();
        await Assertions.Expect(page.Locator("#unplaced-count")).ToHaveTextAsync("2");
        await Assertions.Expect(page.Locator("#unplaced li")).ToHaveCountAsync(2);
        await page.Locator("#unplaced li button").First.ClickAsync();
        await page.WaitForSelectorAsync("#panel:not([hidden]) .source-text");
        Assert.StartsWith("MAP-unplaced-", await page.GetAttributeAsync("#panel", "data-event-id"));
        var markers = await page.Locator("path.event-marker").EvaluateAllAsync<int[]>("els => els.map(e => +e.getAttribute('data-count'))");
        Assert.Equal(MapServer.Total - 2, markers.Sum());
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Several_events_at_one_point_open_a_list_to_choose_from()
    {
        var page = await Open();
        await Filter(page, "Kenya");
        await Assertions.Expect(page.Locator("#list li")).ToHaveCountAsync(3);
        // The map flies to Kenya and redraws its markers as it lands: click once it has settled.
        for (var i = 0; i < 10 && await page.Locator(".stack-popup").CountAsync() == 0; i++)
        {
            await Settled(page);
            try
            {
                await page.Locator("path.event-marker[data-count='3']").ClickAsync(new LocatorClickOptions { Force = true, Timeout = 2000 });
            }
            catch (Exception e) when (e is TimeoutException or PlaywrightException)
            {
                // Redrawn under the pointer; try again.
            }
        }

        await Assertions.Expect(page.Locator(".stack-popup button")).ToHaveCountAsync(3);
        await page.Locator(".leaflet-popup").ScreenshotAsync(new() { Path = Shot("map-stack.png") });
        var ids = await page.Locator(".stack-popup button").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.eventId)");
        Assert.Equal(MapServer.Stacked.Order(), ids.Order());
        await page.Locator(".stack-popup button").Nth(1).ClickAsync();
        await Assertions.Expect(page.Locator("#panel")).ToHaveAttributeAsync("data-event-id", ids[1]);
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Every_event_has_a_link_that_opens_its_panel()
    {
        var page = await Open(hash: "#/events/" + MapServer.Stacked[2]);
        await Assertions.Expect(page.Locator("#panel")).ToHaveAttributeAsync("data-event-id", MapServer.Stacked[2]);
        Assert.Equal("#/events/" + MapServer.Stacked[2], await page.GetAttributeAsync("#panel a.permalink", "href"));

        // Opening another event puts its link in the address; following a link from elsewhere opens that one.
        await page.Locator("#list li button").Nth(3).ClickAsync();
        var id = await page.Locator("#list li").Nth(3).GetAttributeAsync("data-event-id");
        await Assertions.Expect(page.Locator("#panel")).ToHaveAttributeAsync("data-event-id", id!);
        Assert.EndsWith("#/events/" + id, page.Url);
        await page.EvaluateAsync("() => { location.hash = '#/events/MAP-syria-0'; }");
        await Assertions.Expect(page.Locator("#panel")).ToHaveAttributeAsync("data-event-id", "MAP-syria-0");
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task The_timeline_has_date_ticks()
    {
        var page = await Open();
        await page.WaitForSelectorAsync("#timeline .tick-label", new() { State = WaitForSelectorState.Attached });
        var labels = await page.Locator("#timeline .tick-label").AllTextContentsAsync();
        Assert.True(labels.Count >= 3, $"ticks: {string.Join(", ", labels)}");
        Assert.Contains(labels, l => l.Contains("Feb", StringComparison.Ordinal) || l.Contains("Mar", StringComparison.Ordinal));
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task Claim_cards_wrap_long_text_instead_of_clipping_it()
    {
        var page = await Open(hash: "#/events/" + MapServer.LongClaim, width: 1024, height: 768);
        await page.WaitForSelectorAsync("#panel .claim");
        var overflow = await page.Locator("#panel .claim").EvaluateAllAsync<int[]>("els => els.map(e => e.scrollWidth - e.clientWidth)");
        Assert.All(overflow, o => Assert.True(o <= 1, $"a claim card overflows by {o} px"));
        Assert.Empty(_problems);
    }

    [Theory]
    [InlineData(1024, 768, "layout-1024.png")]
    [InlineData(390, 844, "layout-narrow.png")]
    public async Task The_page_fits_a_1024_screen_and_a_phone(int width, int height, string shot)
    {
        var page = await Open(width: width, height: height);
        var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(scroll <= width, $"the page is {scroll} px wide on a {width} px screen");
        var map = (await page.Locator("#map").BoundingBoxAsync())!;
        Assert.True(map.Width >= Math.Min(400, width - 20) && map.Height >= 250, $"map {map.Width}x{map.Height}");
        await Assertions.Expect(page.Locator("#list li").First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Shot(shot) });
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task A_redraw_keeps_keyboard_focus_on_the_marker_of_the_same_event()
    {
        var page = await Open();
        await Settled(page);
        var marker = page.Locator("path.event-marker").First;
        var id = await marker.GetAttributeAsync("data-event-id");
        await marker.FocusAsync();
        // A new window size refits the map, which redraws every marker.
        await page.SetViewportSizeAsync(1100, 800);
        await Settled(page);
        Assert.Equal("path", await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
        var count = await page.EvaluateAsync<int>("() => Number(document.activeElement.getAttribute('data-count'))");
        var focusedId = await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('data-event-id')");
        Assert.True(focusedId == id || count > 1, $"focus moved from {id} to {focusedId}");
        Assert.Empty(_problems);
    }

    [Fact]
    public async Task The_list_and_the_markers_work_from_the_keyboard()
    {
        var page = await Open();
        await page.Locator("#list li button").First.FocusAsync();
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#panel:not([hidden])");
        var fromList = await page.GetAttributeAsync("#panel", "data-event-id");
        Assert.Equal(await page.Locator("#list li").First.GetAttributeAsync("data-event-id"), fromList);

        // Opening the event fits the map, and the redraw after it replaces the markers; focus follows the event, so poll until it settles.
        await page.WaitForFunctionAsync(
            "() => { const m = document.querySelector('path.event-marker'); if (m && document.activeElement !== m && document.activeElement.tagName.toLowerCase() !== 'path') m.focus(); return document.activeElement.tagName.toLowerCase() === 'path'; }");
        Assert.Equal("path", await page.EvaluateAsync<string>("() => document.activeElement.tagName.toLowerCase()"));
        await page.Keyboard.PressAsync("Enter");
        // A marker opens its event, zooms into its group, or lists its stack: each is a visible change.
        await page.WaitForFunctionAsync(
            "before => document.querySelector('#panel').dataset.eventId !== before || document.querySelector('.stack-popup') !== null || document.querySelectorAll('path.event-marker').length > 1",
            fromList);
        Assert.Empty(_problems);
    }
}
