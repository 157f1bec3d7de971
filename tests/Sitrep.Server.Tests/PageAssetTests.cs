using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Sitrep.Server.Tests;

/// <summary>The page and its assets are served from the binary, all local, and the OpenAPI document covers every endpoint.</summary>
public sealed partial class PageAssetTests : IDisposable
{
    private readonly SitrepFactory _factory = new();
    private readonly HttpClient _client;

    public PageAssetTests() => _client = _factory.CreateClient();

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    [GeneratedRegex("""(?:src|href)="([^"]+)"|from '([^']+)'|import\('([^']+)'\)""")]
    private static partial Regex Reference();

    [Theory]
    [InlineData("/")]
    [InlineData("/api.html")]
    public async Task Pages_load_only_local_files_and_have_no_inline_script(string page)
    {
        var html = await _client.GetStringAsync(page);
        Assert.DoesNotMatch("<script>|<script [^>]*>[^<]+</script>|\\son[a-z]+=|style=", html);
        var refs = Reference().Matches(html).Select(m => m.Groups[1].Value).ToList();
        Assert.NotEmpty(refs);
        foreach (var r in refs)
        {
            Assert.DoesNotMatch("^(https?:)?//", r);
            using var response = await _client.GetAsync(new Uri(new Uri("http://localhost" + page), r));
            Assert.True(response.IsSuccessStatusCode, $"{page} refers to {r}, which is {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Scripts_import_only_local_modules_and_never_assign_innerHTML()
    {
        foreach (var file in Directory.EnumerateFiles(Path.Combine(RepoPaths.Root, "src", "Sitrep.Server", "wwwroot"), "*.js"))
        {
            var js = await _client.GetStringAsync("/" + Path.GetFileName(file));
            Assert.DoesNotContain("innerHTML", js);
            Assert.DoesNotContain("insertAdjacentHTML", js);
            Assert.DoesNotContain("document.write", js);
            foreach (Match m in Reference().Matches(js))
            {
                var target = m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value;
                if (target.Length == 0) continue;
                Assert.StartsWith("./", target);
                Assert.Equal(200, (int)(await _client.GetAsync("/" + target[2..])).StatusCode);
            }
        }
    }

    [Theory]
    [InlineData("/vendor/leaflet/leaflet.js", "text/javascript")]
    [InlineData("/vendor/leaflet/leaflet.css", "text/css")]
    [InlineData("/vendor/topojson-client/topojson-client.min.js", "text/javascript")]
    [InlineData("/vendor/world-atlas/countries-110m.json", "application/json")]
    [InlineData("/openapi.json", "application/json")]
    public async Task Vendored_files_are_served_with_their_types(string path, string type)
    {
        using var response = await _client.GetAsync(path);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_every_API_endpoint_and_nothing_else()
    {
        var doc = JsonNode.Parse(await _client.GetStringAsync("/openapi.json"))!;
        Assert.StartsWith("3.", (string)doc["openapi"]!);
        var documented = doc["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key}"))
            .Order().ToList();
        var mapped = _factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText!.StartsWith("/api/", StringComparison.Ordinal) && !e.RoutePattern.RawText.Contains("**"))
            .SelectMany(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.HttpMethodMetadata>()!.HttpMethods.Select(m => $"{m} {e.RoutePattern.RawText!.Replace("{*", "{")}"))
            .Order().ToList();
        Assert.Equal(mapped, documented);
    }
}
