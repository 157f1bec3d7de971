using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Sitrep.Server.Tests;

/// <summary>Posting a report as a file: a raw HTML page or PDF, or one file in a multipart form, read by the same readers as <c>sitrep ingest</c>.</summary>
public sealed class UploadTests : IDisposable
{
    private const string Page = """
        <!doctype html><html><head><title>Clashes near Marib | Highland Courier</title>
        <meta property="og:site_name" content="Highland Courier">
        <meta property="article:published_time" content="2024-06-09T08:00:00Z">
        <script>window.tracker = 1;</script></head>
        <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
        <article><h1>Clashes near Marib</h1>
        <p>Houthi forces attacked government positions in Sirwah district west of Marib on Saturday, a military official said.</p>
        <p>Four soldiers were killed and six others were wounded in the fighting, which lasted several hours, the official added.</p>
        <p>The main road between the district and the city remained closed to traffic on Sunday.</p></article>
        <footer>Copyright Highland Courier</footer></body></html>
        """;

    private readonly SitrepFactory _factory = new(("ReadRequestsPerMinute", "0"), ("WriteRequestsPerMinute", "0"));
    private readonly HttpClient _client;

    public UploadTests() => _client = Reports.PageClient(_factory);

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private static ByteArrayContent Raw(byte[] bytes, string type)
    {
        var content = new ByteArrayContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue(type);
        return content;
    }

    private static byte[] ReportPdf() => PdfSamples.BuildReport("D:20240311090000Z",
    [
        "Russian warplanes struck a market in Maarat al-Numan in southern",
        "Idlib on March 10, killing seven civilians and wounding twelve,",
        "according to the civil defence.",
    ]);

    private async Task<(int Status, JsonObject Body)> Post(string url, HttpContent content)
    {
        using var response = await _client.PostAsync(url, content);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }

    private async Task<string> PostError(HttpContent content, int status = 400, string url = "/api/documents") =>
        await Reports.ErrorAsync(await _client.PostAsync(url, content), status);

    private async Task AssertServerUp() => Assert.NotNull(await Reports.GetJsonAsync(_client, "/api/stats"));

    [Fact]
    public async Task An_html_page_is_read_for_its_article_date_and_site()
    {
        var (status, body) = await Post("/api/documents", Raw(Encoding.UTF8.GetBytes(Page), "text/html"));
        Assert.True(status == 201, body.ToJsonString());
        // What the page is about; how it is coded is the core's business and tested there.
        var events = body["events"]!.AsArray();
        Assert.Contains(events, e => (string?)e!["location"] == "Marib" && (string?)e["event_date"] == "2024-06-08");

        var doc = await Reports.GetJsonAsync(_client, $"/api/documents/{body["document_id"]}");
        Assert.Equal("Highland Courier", (string)doc["source"]!);
        Assert.Equal("2024-06-09", (string)doc["published"]!);
        Assert.Equal("Clashes near Marib", (string)doc["title"]!);
        var text = (string)doc["text"]!;
        Assert.Contains("Sirwah district", text);
        Assert.DoesNotContain("window.tracker", text);
        Assert.DoesNotContain("Home", text);
    }

    [Fact]
    public async Task A_pdf_body_is_read_from_its_text_layer_with_evidence_in_the_extracted_text()
    {
        var (status, body) = await Post("/api/documents?source=Civil%20Defence%20Bulletin&id=bulletin-0311", Raw(ReportPdf(), "application/pdf"));
        Assert.True(status == 201, body.ToJsonString());
        Assert.Equal("bulletin-0311", (string)body["doc_key"]!);
        var e = Assert.Single(body["events"]!.AsArray())!;
        Assert.Equal("Air/drone strike", (string)e["sub_event_type"]!);
        Assert.Equal("2024-03-10", (string)e["event_date"]!);
        Assert.Equal(7, (int)e["fatalities"]!);

        var doc = await Reports.GetJsonAsync(_client, $"/api/documents/{body["document_id"]}");
        var text = (string)doc["text"]!;
        Assert.Equal("Civil Defence Bulletin", (string)doc["source"]!);
        // The PDF's creation date stands in for the missing dateline.
        Assert.Equal("2024-03-11", (string)doc["published"]!);
        foreach (var (_, spans) in e["evidence"]!.AsObject())
        {
            foreach (var span in spans!.AsArray())
            {
                var start = (int)span!["start"]!;
                var end = (int)span["end"]!;
                Assert.Equal((string)span["text"]!, text[start..end]);
            }
        }
    }

    [Fact]
    public async Task A_multipart_upload_sniffs_an_octet_stream_file_and_takes_its_fields()
    {
        using var form = new MultipartFormDataContent
        {
            { Raw(ReportPdf(), "application/octet-stream"), "file", "bulletin.bin" },
            { new StringContent("2024-03-12"), "published" },
            { new StringContent("Upload Desk"), "source" },
        };
        var (status, body) = await Post("/api/documents", form);
        Assert.True(status == 201, body.ToJsonString());
        Assert.StartsWith("web-", (string)body["doc_key"]!);
        var doc = await Reports.GetJsonAsync(_client, $"/api/documents/{body["document_id"]}");
        Assert.Equal("Upload Desk", (string)doc["source"]!);
        Assert.Equal("2024-03-12", (string)doc["published"]!);
        Assert.Contains("Maarat al-Numan", (string)doc["text"]!);

        // The same file with the same date again is the same document.
        using var again = new MultipartFormDataContent
        {
            { Raw(ReportPdf(), "application/pdf"), "file", "bulletin.pdf" },
            { new StringContent("2024-03-12"), "published" },
        };
        var (status2, body2) = await Post("/api/documents", again);
        Assert.Equal(200, status2);
        Assert.True((bool)body2["already_stored"]!);

        // The same text published on another day is another document, a reprint of the first.
        using var reprint = new MultipartFormDataContent
        {
            { Raw(ReportPdf(), "application/pdf"), "file", "bulletin.pdf" },
            { new StringContent("2024-03-15"), "published" },
        };
        var (status3, body3) = await Post("/api/documents", reprint);
        Assert.Equal(201, status3);
        Assert.NotEqual((long)body["document_id"]!, (long)body3["document_id"]!);
    }

    [Fact]
    public async Task A_pdf_that_is_not_a_pdf_is_refused_by_name_and_the_server_stays_up()
    {
        Assert.Contains("corrupt PDF: no %PDF- header", await PostError(Raw(Encoding.UTF8.GetBytes("<html>not a pdf</html>"), "application/pdf")));
        var truncated = ReportPdf()[..^40];
        Assert.Contains("truncated", await PostError(Raw(truncated, "application/pdf"), url: "/api/documents?id=cut.pdf"));
        Assert.StartsWith("cut.pdf: ", await PostError(Raw(truncated, "application/pdf"), url: "/api/documents?id=cut.pdf"));
        Assert.Contains("no text layer", await PostError(Raw(PdfSamples.WithoutText(), "application/pdf")));
        Assert.Contains("encrypted", await PostError(Raw(PdfSamples.Encrypted(), "application/pdf")), StringComparison.OrdinalIgnoreCase);
        await AssertServerUp();
    }

    [Fact]
    public async Task A_page_of_scripts_and_a_feed_are_refused_with_reasons()
    {
        var scripts = "<html><head><script>alert(1)</script></head><body><script>document.write('x')</script><nav><a href='/'>Home</a></nav></body></html>";
        Assert.Contains("no article text", await PostError(Raw(Encoding.UTF8.GetBytes(scripts), "text/html")));

        var feed = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Wire</title><item><title>A</title><description>Gunmen attacked a bus.</description></item></channel></rss>";
        using var form = new MultipartFormDataContent { { Raw(Encoding.UTF8.GetBytes(feed), "application/octet-stream"), "file", "wire.xml" } };
        Assert.Contains("sitrep ingest", await PostError(form, 415));
        await AssertServerUp();
    }

    [Fact]
    public async Task Malformed_forms_are_refused_with_reasons()
    {
        using var noFile = new MultipartFormDataContent { { new StringContent("2024-03-12"), "published" } };
        Assert.Contains("no part named 'file'", await PostError(noFile));

        using var unknown = new MultipartFormDataContent
        {
            { Raw(ReportPdf(), "application/pdf"), "file", "a.pdf" },
            { new StringContent("x"), "colour" },
        };
        Assert.Contains("unknown form field 'colour'", await PostError(unknown));

        using var twoFiles = new MultipartFormDataContent
        {
            { Raw(ReportPdf(), "application/pdf"), "file", "a.pdf" },
            { Raw(ReportPdf(), "application/pdf"), "file", "b.pdf" },
        };
        Assert.Contains("one file at a time", await PostError(twoFiles));

        using var badDate = new MultipartFormDataContent
        {
            { Raw(ReportPdf(), "application/pdf"), "file", "a.pdf" },
            { new StringContent("last week"), "published" },
        };
        Assert.Contains("published must be a date", await PostError(badDate));

        var broken = new StringContent("--xyz\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nunterminated", Encoding.UTF8);
        broken.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=xyz");
        Assert.Contains("malformed multipart", await PostError(broken));

        Assert.Contains("unknown parameter 'colour'", await PostError(Raw(ReportPdf(), "application/pdf"), url: "/api/documents?colour=red"));
        await AssertServerUp();
    }
}
