using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace Sitrep.Server.Tests;

/// <summary>Posting over HTTP, and the 4xx answers to bad requests: each with a clear message, and the server still up afterwards.</summary>
public sealed class BadInputTests : IDisposable
{
    private readonly SitrepFactory _factory = new(("ReadRequestsPerMinute", "0"), ("WriteRequestsPerMinute", "0"));
    private readonly HttpClient _client;

    public BadInputTests() => _client = Reports.PageClient(_factory);

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private async Task<string> GetError(string url, int status = 400) => await Reports.ErrorAsync(await _client.GetAsync(url), status);

    private async Task<string> PostError(HttpContent content, int status = 400) => await Reports.ErrorAsync(await _client.PostAsync("/api/documents", content), status);

    private static StringContent Json(string body) => new(body, Encoding.UTF8, "application/json");

    [Fact]
    public async Task A_text_plain_report_takes_its_metadata_from_the_query_string()
    {
        using var content = new StringContent("Protesters gathered peacefully in Nairobi on 3 April 2024 to demand lower food prices.", Encoding.UTF8, "text/plain");
        using var response = await _client.PostAsync("/api/documents?id=plain-nairobi&published=2024-04-03&source=Plain%20Wire", content);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(201, (int)response.StatusCode);
        Assert.Equal("plain-nairobi", (string)body["doc_key"]!);
        Assert.Equal($"/api/documents/{body["document_id"]}", response.Headers.Location?.ToString());
        var doc = await Reports.GetJsonAsync(_client, response.Headers.Location!.ToString());
        Assert.Equal("Plain Wire", (string)doc["source"]!);
        Assert.Equal("2024-04-03", (string)doc["published"]!);
    }

    [Fact]
    public async Task A_report_without_an_id_is_named_by_its_content()
    {
        var first = await Reports.PostAsync(_client, new { text = "Unknown gunmen shot dead a trader in Baidoa on 2 May 2024, police said." });
        Assert.StartsWith("web-", (string)first["doc_key"]!);
        var again = await Reports.PostAsync(_client, new { text = "Unknown gunmen shot dead a trader in Baidoa on 2 May 2024, police said." });
        Assert.Equal((string)first["doc_key"]!, (string)again["doc_key"]!);
        Assert.True((bool)again["already_stored"]!);
    }

    [Theory]
    [InlineData("event_type=Nonsense", "unknown event_type 'Nonsense'")]
    [InlineData("sub_event_type=Picnic", "unknown sub_event_type 'Picnic'")]
    [InlineData("from=2020-13-45", "from must be a date as YYYY-MM-DD")]
    [InlineData("to=yesterday", "to must be a date as YYYY-MM-DD")]
    [InlineData("from=2021-01-02&to=2021-01-01", "from (2021-01-02) is after to (2021-01-01)")]
    [InlineData("bbox=1,2,3", "bbox must be four numbers")]
    [InlineData("bbox=a,b,c,d", "bbox must be four numbers")]
    [InlineData("bbox=10,40,20,30", "south (40) is north of north (30)")]
    [InlineData("bbox=10,30,200,40", "outside -180..180")]
    [InlineData("limit=0", "limit must be a whole number from 1 to 1000")]
    [InlineData("limit=100001", "limit must be a whole number from 1 to 1000")]
    [InlineData("cursor=not-a-cursor", "cursor is not one this server returned")]
    [InlineData("format=xml", "unknown format 'xml'")]
    [InlineData("evnt_type=Battles", "unknown parameter 'evnt_type'")]
    [InlineData("country=Syria&country=Iraq", "parameter 'country' is given 2 times")]
    public async Task Bad_filters_are_400_naming_the_problem(string query, string message)
    {
        Assert.Contains(message, await GetError("/api/events?" + query));
    }

    [Fact]
    public async Task Stats_refuse_bad_filters_and_paging_parameters()
    {
        Assert.Contains("unknown event_type", await GetError("/api/stats?event_type=Nope"));
        Assert.Contains("unknown parameter 'cursor'", await GetError("/api/stats?cursor=abc"));
    }

    [Fact]
    public async Task Malformed_or_incomplete_json_is_400()
    {
        Assert.StartsWith("malformed JSON", await PostError(Json("{\"text\": \"unterminated")));
        Assert.Contains("must be a JSON object", await PostError(Json("[\"text\"]")));
        Assert.Contains("has no text", await PostError(Json("{\"id\": \"x\"}")));
        Assert.Contains("has no text", await PostError(Json("{\"text\": \"   \"}")));
        Assert.Contains("unknown field 'body'", await PostError(Json("{\"body\": \"Gunmen attacked a bus.\"}")));
        Assert.Contains("field 'text' must be a string", await PostError(Json("{\"text\": 42}")));
        Assert.Contains("published must be a date", await PostError(Json("{\"text\": \"Gunmen attacked a bus.\", \"published\": \"last week\"}")));
    }

    [Fact]
    public async Task Other_media_types_are_415()
    {
        Assert.Contains("unsupported Content-Type 'application/xml'", await PostError(new StringContent("<text/>", Encoding.UTF8, "application/xml"), 415));
        using var none = new ByteArrayContent("text"u8.ToArray());
        Assert.Contains("application/json", await PostError(none, 415));
    }

    [Fact]
    public async Task Text_that_is_not_utf8_is_400()
    {
        using var content = new ByteArrayContent([0x41, 0x74, 0x74, 0x61, 0x63, 0x6B, 0xC3, 0x28, 0x20, 0x69, 0x6E]);
        content.Headers.ContentType = new("text/plain");
        Assert.Contains("invalid UTF-8", await PostError(content));
    }

    [Fact]
    public async Task A_body_over_5_MB_is_413_and_the_server_stays_up()
    {
        var big = new string('x', 5 * 1024 * 1024 + 10);
        Assert.Contains("over the 5 MB limit", await PostError(JsonContent.Create(new { text = big }), 413));

        // Without a Content-Length the limit is enforced while reading.
        using var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(big)));
        chunked.Headers.ContentType = new("text/plain");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/documents") { Content = chunked };
        request.Headers.TransferEncodingChunked = true;
        Assert.Contains("over the 5 MB limit", await Reports.ErrorAsync(await _client.SendAsync(request), 413));

        Assert.Equal("ok", (string)(await Reports.GetJsonAsync(_client, "/api/health"))["status"]!);
        Assert.Equal(0, (await Reports.GetJsonAsync(_client, "/api/stats"))["documents"]!.GetValue<long>());
    }
}
