using System.Net.Http.Json;

namespace Sitrep.Server.Tests;

/// <summary>The API key on writes, the refusal to listen beyond loopback without one, rate limits, and the headers that keep the page safe.</summary>
public sealed class SecurityTests
{
    private static readonly object Report = new { id = "key-test", published = "2024-05-02", text = "Unknown gunmen shot dead a trader in Baidoa on 2 May 2024, police said." };

    [Fact]
    public async Task With_a_key_writes_need_it_and_reads_do_not()
    {
        using var factory = new SitrepFactory(("ApiKey", "s3cret-key"));
        using var client = factory.CreateClient();

        var missing = await Reports.ErrorAsync(await client.PostAsJsonAsync("/api/documents", Report), 401);
        Assert.Contains("X-Api-Key", missing);

        using (var wrong = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Report) })
        {
            wrong.Headers.Add("X-Api-Key", "s3cret-kez");
            Assert.Equal("wrong API key", await Reports.ErrorAsync(await client.SendAsync(wrong), 401));
        }

        // Nothing was stored by the refused requests.
        Assert.Equal(0, (await Reports.GetJsonAsync(client, "/api/stats"))["documents"]!.GetValue<long>());

        using (var right = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = JsonContent.Create(Report) })
        {
            right.Headers.Add("X-Api-Key", "s3cret-key");
            using var ok = await client.SendAsync(right);
            Assert.Equal(201, (int)ok.StatusCode);
        }

        Assert.Equal(1, (await Reports.GetJsonAsync(client, "/api/stats"))["documents"]!.GetValue<long>());
        Assert.Equal(200, (int)(await client.GetAsync("/api/events")).StatusCode);
    }

    [Fact]
    public async Task Without_a_key_only_loopback_clients_may_write()
    {
        using var remote = new SitrepFactory { RemoteAddress = System.Net.IPAddress.Parse("203.0.113.5") };
        using var client = remote.CreateClient();
        Assert.Contains("--api-key", await Reports.ErrorAsync(await client.PostAsJsonAsync("/api/documents", Report), 403));
        Assert.Equal(200, (int)(await client.GetAsync("/api/events")).StatusCode);

        using var local = new SitrepFactory { RemoteAddress = System.Net.IPAddress.IPv6Loopback };
        using var localClient = local.CreateClient();
        Assert.Equal(201, (int)(await localClient.PostAsJsonAsync("/api/documents", Report)).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://+:5080")]
    [InlineData("http://[::]:5080")]
    [InlineData("http://192.168.1.20:5080")]
    [InlineData("http://127.0.0.1:5080;http://example.org:80")]
    public void Listening_beyond_loopback_without_a_key_is_refused(string urls)
    {
        var e = Assert.Throws<ServerConfigurationException>(() => SitrepServer.RefuseOpenWrites(urls, null));
        Assert.Contains("without an API key", e.Message);
        SitrepServer.RefuseOpenWrites(urls, "a-key");
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://[::1]:5080;https://127.0.0.2:5443")]
    public void Loopback_needs_no_key(string urls) => SitrepServer.RefuseOpenWrites(urls, null);

    [Fact]
    public void The_server_does_not_build_when_told_to_listen_everywhere_without_a_key()
    {
        var dir = Directory.CreateTempSubdirectory("sitrep-server-tests-").FullName;
        try
        {
            var e = Assert.Throws<ServerConfigurationException>(() => SitrepServer.Build(new SitrepServerOptions { Db = Path.Combine(dir, "s.db"), Urls = "http://0.0.0.0:0" }));
            Assert.Contains("0.0.0.0", e.Message);
        }
        finally
        {
            Directory.Delete(dir, true);
        }
    }

    [Fact]
    public async Task Reads_past_the_rate_limit_are_429_with_retry_after_and_writes_count_apart()
    {
        using var factory = new SitrepFactory(("ReadRequestsPerMinute", "5"), ("WriteRequestsPerMinute", "1"));
        using var client = factory.CreateClient();
        for (var i = 0; i < 5; i++) Assert.Equal(200, (int)(await client.GetAsync("/api/events")).StatusCode);
        using var limited = await client.GetAsync("/api/events");
        Assert.Contains("too many requests", await Reports.ErrorAsync(limited, 429));
        Assert.True(limited.Headers.RetryAfter?.Delta > TimeSpan.Zero, $"Retry-After was {limited.Headers.RetryAfter}");

        // Reading used up the read budget, not the write one.
        using var post = await client.PostAsJsonAsync("/api/documents", Report);
        Assert.Equal(201, (int)post.StatusCode);
        Assert.Contains("too many requests", await Reports.ErrorAsync(await client.PostAsJsonAsync("/api/documents", Report), 429));

        // The page itself is not rate limited: its files are served before the limiter.
        Assert.Equal(200, (int)(await client.GetAsync("/app.js")).StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/app.js")]
    [InlineData("/api/events")]
    [InlineData("/api/events/missing")]
    public async Task Every_response_carries_the_CSP_and_nosniff(string path)
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        using var response = await client.GetAsync(path);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("script-src 'self'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }
}
