using Microsoft.AspNetCore.Builder;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Sitrep.Server.Tests;

/// <summary>The real server on a real loopback port (Kestrel, not the in-memory TestServer) and Debian's Chromium driven by Playwright.</summary>
public class BrowserServer : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("sitrep-browser-tests-").FullName;
    private WebApplication? _app;
    private IPlaywright? _playwright;

    /// <summary>The server's base address, e.g. http://127.0.0.1:41234.</summary>
    public string Url { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go, beside the test results.</summary>
    public static string Screenshots => Directory.CreateDirectory(Path.Combine(RepoPaths.Root, "TestResults", "screenshots")).FullName;

    /// <summary>Fills the store before the server starts (nothing by default: tests post their reports).</summary>
    protected virtual void Seed(string db)
    {
    }

    public async Task InitializeAsync()
    {
        Seed(Path.Combine(_dir, "sitrep.db"));
        _app = SitrepServer.Build(new SitrepServerOptions
        {
            Db = Path.Combine(_dir, "sitrep.db"),
            Urls = "http://127.0.0.1:0",
            ReadRequestsPerMinute = 0,
            WriteRequestsPerMinute = 0,
        });
        await _app.StartAsync();
        Url = _app.Urls.Single().TrimEnd('/');

        // Playwright cannot download its own browsers here; Debian's chromium is installed by .ci/run.
        var chromium = Environment.GetEnvironmentVariable("SITREP_TEST_CHROMIUM") ?? "/usr/bin/chromium";
        if (!File.Exists(chromium))
            throw new InvalidOperationException(
                $"The page tests need a Chromium browser and found none at {chromium}: install Debian's (apt-get install -y chromium; .ci/run does), " +
                "or set SITREP_TEST_CHROMIUM to a Chromium executable.");
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh page at the given size that fails the test on any script error or CSP violation it reports.</summary>
    public async Task<(IPage Page, List<string> Problems)> NewPageAsync(int width = 1400, int height = 900)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = width, Height = height } });
        page.SetDefaultTimeout(30_000);
        var problems = new List<string>();
        page.PageError += (_, e) => problems.Add("page error: " + e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error") problems.Add("console error: " + m.Text);
        };
        return (page, problems);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_dir, true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
