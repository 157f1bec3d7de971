using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Sitrep.Server.Tests;

/// <summary>Reports posted by the tests: the seed report beside the repository, and short ones written for these tests.</summary>
internal static class Reports
{
    /// <summary>A client that posts as Sitrep's page and scripts do: with the X-Sitrep-Client header that shows intent.</summary>
    public static HttpClient PageClient(SitrepFactory factory)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add(WriteIntentFilter.ClientHeader, "tests");
        return client;
    }

    public static string SeedText => File.ReadAllText(Path.Combine(RepoPaths.Shared, "seed", "southfront-2020-05-28.txt"));

    public static object Seed => new { id = "southfront-2020-05-28", published = "2020-05-28", source = "SouthFront", text = SeedText };

    // One air strike told by two outlets, with different tolls and spellings of the town: the store merges them.
    public static readonly object MarketA = new
    {
        id = "levant-monitor-0312", published = "2024-03-12", source = "Levant Monitor",
        text = "At least 5 civilians were killed and 9 injured when Russian warplanes struck a market in Maarat al-Numan in southern Idlib on Monday, local rescuers said.",
    };

    public static readonly object MarketB = new
    {
        id = "north-syria-wire-0311", published = "2024-03-11", source = "North Syria Wire",
        text = "Russian air strikes hit a crowded market in Ma'arrat an-Nu'man on March 11, killing seven civilians, according to the civil defence.",
    };

    public static readonly object Kenya = new
    {
        id = "coast-news-0402", published = "2024-04-02", source = "Coast News",
        text = "Suspected al-Shabaab militants attacked a police post in Mandera on Monday, killing two officers.",
    };

    /// <summary>Posts a report as JSON and returns the parsed answer, failing with the server's message on a non-2xx status.</summary>
    public static async Task<JsonObject> PostAsync(HttpClient client, object report)
    {
        using var response = await client.PostAsJsonAsync("/api/documents", report);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /api/documents: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!.AsObject();
    }

    /// <summary>GETs a JSON document, failing with the server's message on a non-2xx status.</summary>
    public static async Task<JsonNode> GetJsonAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {url}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>The <c>error</c> message of a JSON error answer, asserting its status.</summary>
    public static async Task<string> ErrorAsync(HttpResponseMessage response, int status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True((int)response.StatusCode == status, $"expected {status}, got {(int)response.StatusCode}: {body}");
        Assert.StartsWith("application/json", response.Content.Headers.ContentType?.ToString());
        using var doc = JsonDocument.Parse(body);
        return doc.RootElement.GetProperty("error").GetString()!;
    }
}
