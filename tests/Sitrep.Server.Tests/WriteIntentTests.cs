using System.Net;
using System.Net.Http.Json;
using System.Text;

namespace Sitrep.Server.Tests;

/// <summary>
/// Writes need intent and reads need the right host: the requests a hostile web page, a DNS-rebound name or a reverse
/// proxy can make are refused with a clear message, and nothing they send is stored.
/// </summary>
public sealed class WriteIntentTests
{
    private const string Text = "Unknown gunmen shot dead a trader in Baidoa on 2 May 2024, police said.";
    private static readonly object Report = new { id = "intent-test", published = "2024-05-02", text = Text };

    private static async Task<long> Documents(HttpClient client) => (await Reports.GetJsonAsync(client, "/api/stats"))["documents"]!.GetValue<long>();

    private static HttpRequestMessage Post(HttpContent content, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = content };
        foreach (var (n, v) in headers) request.Headers.TryAddWithoutValidation(n, v);
        return request;
    }

    [Fact]
    public async Task What_a_plain_HTML_form_or_a_simple_cross_site_fetch_can_send_is_refused()
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();

        // A cross-site fetch(…, {mode: 'no-cors'}) may send text/plain with no custom header.
        using (var plain = Post(new StringContent(Text, Encoding.UTF8, "text/plain")))
            Assert.Contains("X-Sitrep-Client", await Reports.ErrorAsync(await client.SendAsync(plain), 403));

        // An HTML form: urlencoded, multipart, or text/plain with a JSON-looking body.
        using (var form = Post(new FormUrlEncodedContent([new("text", Text)])))
            Assert.Contains("X-Sitrep-Client", await Reports.ErrorAsync(await client.SendAsync(form), 403));
        var multipart = new MultipartFormDataContent { { new ByteArrayContent(Encoding.UTF8.GetBytes(Text)), "file", "r.txt" } };
        using (var upload = Post(multipart))
            Assert.Contains("X-Sitrep-Client", await Reports.ErrorAsync(await client.SendAsync(upload), 403));
        using (var smuggled = Post(new StringContent("{\"text\": \"" + Text + "\"}", Encoding.UTF8, "text/plain")))
            Assert.Contains("X-Sitrep-Client", await Reports.ErrorAsync(await client.SendAsync(smuggled), 403));

        Assert.Equal(0, await Documents(client));

        // A program or the page: JSON, or a file with the header.
        using (var json = await client.PostAsJsonAsync("/api/documents", Report)) Assert.Equal(201, (int)json.StatusCode);
        using (var file = Post(new StringContent("Police dispersed protesters in Garissa on 3 May 2024.", Encoding.UTF8, "text/plain"), ("X-Sitrep-Client", "curl")))
        {
            using var answer = await client.SendAsync(file);
            Assert.Equal(201, (int)answer.StatusCode);
        }

        Assert.Equal(2, await Documents(client));
    }

    [Theory]
    [InlineData("Sec-Fetch-Site", "cross-site", "Sec-Fetch-Site: cross-site")]
    [InlineData("Sec-Fetch-Site", "same-site", "Sec-Fetch-Site: same-site")]
    [InlineData("Origin", "http://evil.example", "Origin: http://evil.example")]
    [InlineData("Origin", "null", "Origin: null")]
    [InlineData("Origin", "http://localhost:9999", "Origin: http://localhost:9999")]
    public async Task A_browser_request_from_another_site_is_refused_even_as_JSON(string header, string value, string named)
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        client.BaseAddress = new Uri("http://localhost:5080");
        using var request = Post(JsonContent.Create(Report), (header, value));
        var error = await Reports.ErrorAsync(await client.SendAsync(request), 403);
        Assert.Contains(named, error);
        Assert.Equal(0, await Documents(client));
    }

    [Fact]
    public async Task The_pages_own_origin_may_post()
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        client.BaseAddress = new Uri("http://localhost:5080");
        using var request = Post(JsonContent.Create(Report), ("Origin", "http://localhost:5080"), ("Sec-Fetch-Site", "same-origin"), ("X-Sitrep-Client", "sitrep-page"));
        using var answer = await client.SendAsync(request);
        Assert.Equal(201, (int)answer.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/events")]
    [InlineData("/app.js")]
    public async Task A_foreign_Host_is_not_served(string path)
    {
        using var factory = new SitrepFactory();
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Host = "rebound.evil.example";
        Assert.Contains("--allowed-hosts", await Reports.ErrorAsync(await client.SendAsync(request), 400));

        foreach (var host in new[] { "localhost", "127.0.0.1:5080", "[::1]:5080" })
        {
            using var ok = new HttpRequestMessage(HttpMethod.Get, path);
            ok.Headers.Host = host;
            using var answer = await client.SendAsync(ok);
            Assert.True(answer.IsSuccessStatusCode, $"{host}: {(int)answer.StatusCode}");
        }
    }

    [Fact]
    public async Task Configured_host_names_are_served()
    {
        using var factory = new SitrepFactory(("AllowedHosts", "sitrep.example.org"));
        using var client = factory.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/events");
        request.Headers.Host = "sitrep.example.org";
        using var answer = await client.SendAsync(request);
        Assert.Equal(200, (int)answer.StatusCode);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080", null, "sitrep.example.org", false)]
    [InlineData("http://127.0.0.1:5080", null, "127.0.0.7", true)]
    [InlineData("http://192.168.1.20:5080", null, "192.168.1.20", true)]
    [InlineData("http://192.168.1.20:5080", null, "evil.example", false)]
    [InlineData("http://0.0.0.0:5080", null, "anything.example", true)]
    [InlineData("http://0.0.0.0:5080", "a.example;b.example", "anything.example", false)]
    [InlineData("http://0.0.0.0:5080", "a.example;b.example", "B.EXAMPLE", true)]
    [InlineData("http://127.0.0.1:5080", "*", "anything.example", true)]
    public void The_default_host_list_follows_the_listening_addresses(string urls, string? configured, string host, bool allowed) =>
        Assert.Equal(allowed, new HostAllowList(configured, urls).Allows(host));

    [Fact]
    public async Task A_proxy_on_this_machine_does_not_make_its_clients_local()
    {
        // Unconfigured: every forwarded request comes from loopback, so forwarding headers make it not local.
        using var factory = new SitrepFactory { RemoteAddress = IPAddress.Loopback };
        using var client = factory.CreateClient();
        using (var forwarded = Post(JsonContent.Create(Report), ("X-Forwarded-For", "203.0.113.5")))
            Assert.Contains("--trusted-proxy", await Reports.ErrorAsync(await client.SendAsync(forwarded), 403));
        using (var forwarded = Post(JsonContent.Create(Report), ("Forwarded", "for=127.0.0.1")))
            Assert.Contains("--trusted-proxy", await Reports.ErrorAsync(await client.SendAsync(forwarded), 403));
        Assert.Equal(0, await Documents(client));

        // Configured: the forwarded client decides.
        using var proxied = new SitrepFactory(("TrustedProxies", "127.0.0.1")) { RemoteAddress = IPAddress.Loopback };
        using var proxiedClient = proxied.CreateClient();
        using (var remote = Post(JsonContent.Create(Report), ("X-Forwarded-For", "203.0.113.5")))
            Assert.Contains("--api-key", await Reports.ErrorAsync(await proxiedClient.SendAsync(remote), 403));
        using (var local = Post(JsonContent.Create(Report), ("X-Forwarded-For", "127.0.0.1")))
        {
            using var answer = await proxiedClient.SendAsync(local);
            Assert.Equal(201, (int)answer.StatusCode);
        }
    }

    [Fact]
    public async Task A_proxy_on_another_machine_never_makes_a_client_local()
    {
        using var factory = new SitrepFactory(("TrustedProxies", "10.0.0.2")) { RemoteAddress = IPAddress.Parse("10.0.0.2") };
        using var client = factory.CreateClient();
        using var claim = Post(JsonContent.Create(Report), ("X-Forwarded-For", "127.0.0.1"));
        Assert.Contains("another machine", await Reports.ErrorAsync(await client.SendAsync(claim), 403));
        Assert.Equal(0, await Documents(client));
    }

    [Fact]
    public void A_trusted_proxy_that_is_not_an_address_stops_start_up()
    {
        var e = Assert.Throws<ServerConfigurationException>(() => new SitrepServerOptions { TrustedProxies = "proxy.local" }.ProxyAddresses());
        Assert.Contains("proxy.local", e.Message);
    }

    [Fact]
    public async Task A_key_of_another_length_is_refused_like_a_wrong_one()
    {
        using var factory = new SitrepFactory(("ApiKey", "s3cret-key"));
        using var client = factory.CreateClient();
        foreach (var sent in new[] { "s", "s3cret-key-and-more", "s3cret-kez" })
        {
            using var request = Post(JsonContent.Create(Report), ("X-Api-Key", sent));
            Assert.Equal("wrong API key", await Reports.ErrorAsync(await client.SendAsync(request), 401));
        }
    }
}
