using Microsoft.Net.Http.Headers;

namespace Sitrep.Server;

/// <summary>
/// Accepts a write only when a script of this origin (or a program) clearly meant it: a cross-site page can make a
/// browser send a form or a plain-text <c>fetch</c> without asking, but not a JSON body or a custom header.
/// </summary>
/// <remarks>
/// Loopback alone is no protection: any page the analyst opens runs on their machine. Browsers preflight a cross-site
/// request with <c>application/json</c> or a custom header, and this server answers no preflight, so those never arrive;
/// <c>Sec-Fetch-Site</c> and <c>Origin</c> catch what a browser does send.
/// </remarks>
public sealed class WriteIntentFilter : IEndpointFilter
{
    /// <summary>The header Sitrep's page (and any script) sends with a file upload; any value.</summary>
    public const string ClientHeader = "X-Sitrep-Client";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (Refusal(context.HttpContext.Request) is { } why) throw new ApiError(StatusCodes.Status403Forbidden, why);
        return await next(context);
    }

    /// <summary>Why the request is not a deliberate write, or null when it is.</summary>
    public static string? Refusal(HttpRequest request)
    {
        var site = request.Headers["Sec-Fetch-Site"].ToString();
        if (site.Length > 0 && site is not ("same-origin" or "none"))
            return $"cross-site write refused (Sec-Fetch-Site: {site}): only Sitrep's own page, or a program, may post reports";

        var origin = request.Headers.Origin.ToString();
        if (origin.Length > 0 && !SameOrigin(origin, request))
            return $"cross-origin write refused (Origin: {origin}): only Sitrep's own page, or a program, may post reports";

        var json = MediaTypeHeaderValue.TryParse(request.ContentType, out var media) && media.MediaType.Value is { } type && UploadedReport.IsJson(type);
        if (!json && !request.Headers.ContainsKey(ClientHeader) && !request.Headers.ContainsKey(ApiKeyFilter.Header))
        {
            return $"a report that is not JSON must be posted with the {ClientHeader} header (any value, e.g. curl -H '{ClientHeader}: curl'); " +
                "a browser sends it only from Sitrep's own page, so an HTML form or another site cannot post in your name";
        }

        return null;
    }

    private static bool SameOrigin(string origin, HttpRequest request)
    {
        // "null" is the origin of sandboxed frames and local files: never this server's page.
        if (!Uri.TryCreate(origin, UriKind.Absolute, out var o) || !request.Host.HasValue) return false;
        if (!string.Equals(o.Host.Trim('[', ']'), request.Host.Host.Trim('[', ']'), StringComparison.OrdinalIgnoreCase)) return false;
        // Without a port in Host (a proxy terminating TLS on 443 for an http server), the host name decides.
        return request.Host.Port is not { } port || o.Port == port;
    }
}
