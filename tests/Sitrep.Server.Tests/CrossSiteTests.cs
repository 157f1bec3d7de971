using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>
/// A hostile page on another site, opened in the real browser while Sitrep runs on loopback without a key: every way it
/// can try to post a report reaches the server and is refused, and nothing is stored.
/// </summary>
public sealed class CrossSiteTests(BrowserServer server) : IClassFixture<BrowserServer>, IAsyncLifetime
{
    private const string Text = "Gunmen killed four villagers in Kajuru on 3 March 2024, police said.";
    private WebApplication? _attacker;
    private string _attackerUrl = "";

    public async Task InitializeAsync()
    {
        // 127.0.0.2 is loopback too, but another site than Sitrep's 127.0.0.1 to the browser.
        var builder = WebApplication.CreateBuilder();
        builder.WebHost.UseUrls("http://127.0.0.2:0");
        _attacker = builder.Build();
        var target = server.Url + "/api/documents";
        _attacker.MapGet("/form.html", () => Results.Content($$"""
            <!doctype html><html><body>
            <form id="f" method="POST" action="{{target}}" enctype="text/plain">
              <input type="hidden" name='{"text": "{{Text}}", "pad": "' value='"}'>
            </form>
            <script>document.getElementById('f').submit();</script>
            </body></html>
            """, "text/html"));
        _attacker.MapGet("/urlencoded.html", () => Results.Content($$"""
            <!doctype html><html><body>
            <form id="f" method="POST" action="{{target}}"><input type="hidden" name="text" value="{{Text}}"></form>
            <script>document.getElementById('f').submit();</script>
            </body></html>
            """, "text/html"));
        _attacker.MapGet("/fetch.html", () => Results.Content($$"""
            <!doctype html><html><body><script>
            window.done = Promise.allSettled([
              fetch('{{target}}', { method: 'POST', mode: 'no-cors', headers: { 'Content-Type': 'text/plain' }, body: '{{Text}}' }),
              fetch('{{target}}', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text: '{{Text}}' }) }),
              fetch('{{target}}', { method: 'POST', headers: { 'X-Sitrep-Client': 'evil' }, body: '{{Text}}' }),
            ]).then(rs => rs.map(r => r.status));
            </script></body></html>
            """, "text/html"));
        await _attacker.StartAsync();
        _attackerUrl = _attacker.Urls.Single().TrimEnd('/');
    }

    public async Task DisposeAsync()
    {
        if (_attacker is not null) await _attacker.DisposeAsync();
    }

    private async Task<long> Documents()
    {
        using var http = new HttpClient { BaseAddress = new Uri(server.Url) };
        return (await Reports.GetJsonAsync(http, "/api/stats"))["documents"]!.GetValue<long>();
    }

    [Theory]
    [InlineData("/form.html")]
    [InlineData("/urlencoded.html")]
    public async Task A_form_on_another_site_is_refused_with_403(string path)
    {
        var before = await Documents();
        var (page, _) = await server.NewPageAsync();
        var posted = page.WaitForResponseAsync(r => r.Url == server.Url + "/api/documents" && r.Request.Method == "POST");
        await page.GotoAsync(_attackerUrl + path);
        var response = await posted;
        Assert.Equal(403, response.Status);
        // The browser followed the form to Sitrep's answer: the refusal, in words.
        await page.WaitForURLAsync(server.Url + "/api/documents");
        Assert.Contains("write refused", await page.TextContentAsync("body"));
        Assert.Equal(before, await Documents());
    }

    [Fact]
    public async Task Scripts_on_another_site_cannot_post_with_any_content_type()
    {
        var before = await Documents();
        var (page, _) = await server.NewPageAsync();
        var seen = new List<(string Method, int Status)>();
        page.Response += (_, r) =>
        {
            if (r.Url == server.Url + "/api/documents") lock (seen) seen.Add((r.Request.Method, r.Status));
        };
        await page.GotoAsync(_attackerUrl + "/fetch.html");
        var outcomes = await page.EvaluateAsync<string[]>("() => window.done");
        // The simple request reached Sitrep and was refused; the JSON and custom-header ones needed a preflight, which
        // Sitrep never grants, so the browser never sent them.
        Assert.Equal(["fulfilled", "rejected", "rejected"], outcomes);
        lock (seen)
        {
            Assert.Contains(("POST", 403), seen);
            Assert.DoesNotContain(seen, s => s.Method == "POST" && s.Status < 400);
        }

        Assert.Equal(before, await Documents());
    }
}
