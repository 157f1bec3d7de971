using System.Net;
using System.Net.Http.Headers;

namespace Sitrep.Cli.Input;

/// <summary>Fetches http(s) inputs with a timeout, a size limit, a redirect limit and a user agent that says who is asking.</summary>
public sealed class UrlFetcher
{
    /// <summary>The User-Agent header sent with every request.</summary>
    public const string UserAgent = "Sitrep/0.1 (conflict event extraction; +https://github.com/sitrep/sitrep)";

    // Made on the first fetch: every extract has a fetcher, few fetch, and the HTTP stack costs a one-report run ~20 ms.
    // Typed as object so that making a fetcher does not even load System.Net.Http.
    private readonly Lazy<object> _client;

    private HttpClient Client => (HttpClient)_client.Value;

    /// <summary>A fetcher with the given timeout (default 30 s) and redirect limit (default 5).</summary>
    public UrlFetcher(TimeSpan? timeout = null, int maxRedirects = 5)
    {
        _client = new Lazy<object>(() =>
        {
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = maxRedirects,
                AutomaticDecompression = DecompressionMethods.All,
                ConnectTimeout = TimeSpan.FromSeconds(10),
            };
            var client = new HttpClient(handler) { Timeout = timeout ?? TimeSpan.FromSeconds(30) };
            client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent);
            client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*"));
            return client;
        });
    }

    /// <summary>True for an http:// or https:// address.</summary>
    public static bool IsUrl(string s) =>
        s.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || s.StartsWith("https://", StringComparison.OrdinalIgnoreCase);

    /// <summary>The body (at most <paramref name="maxBytes"/>) and the final address after redirects, or why it could not be fetched.</summary>
    public (byte[]? Bytes, string FinalUrl, string? Error) Fetch(string url, long maxBytes)
    {
        try
        {
            using var response = Client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead).GetAwaiter().GetResult();
            var final = response.RequestMessage?.RequestUri?.ToString() ?? url;
            if (!response.IsSuccessStatusCode)
            {
                return (null, final, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            if (response.Content.Headers.ContentLength is { } declared && declared > maxBytes)
            {
                return (null, final, $"response is {Core.Documents.DocumentDecoder.Mb(declared)}, over the {Core.Documents.DocumentDecoder.Mb(maxBytes)} limit for one document");
            }

            using var stream = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            var chunk = new byte[1 << 16];
            int read;
            while ((read = stream.Read(chunk)) > 0)
            {
                // Servers may not declare a length, or lie about it: the limit is enforced on what actually arrives.
                if (buffer.Length + read > maxBytes)
                {
                    return (null, final, $"response exceeds the {Core.Documents.DocumentDecoder.Mb(maxBytes)} limit for one document");
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), final, null);
        }
        catch (TaskCanceledException)
        {
            return (null, url, $"timed out after {Client.Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException e)
        {
            return (null, url, $"cannot fetch: {e.Message}");
        }
        catch (IOException e)
        {
            return (null, url, $"connection broken: {e.Message}");
        }
    }
}
