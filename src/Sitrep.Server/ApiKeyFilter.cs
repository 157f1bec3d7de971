using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Sitrep.Server;

/// <summary>Guards write endpoints: with a key configured every write must send it in <c>X-Api-Key</c>; without one only loopback clients may write.</summary>
public sealed class ApiKeyFilter(IOptions<SitrepServerOptions> options) : IEndpointFilter
{
    /// <summary>The request header that carries the key.</summary>
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        var key = options.Value.ApiKey;
        if (string.IsNullOrEmpty(key))
        {
            // Startup refuses to listen beyond loopback without a key; this also covers a proxy forwarding remote clients.
            var remote = http.Connection.RemoteIpAddress;
            if (remote is not null && !IPAddress.IsLoopback(remote))
                throw new ApiError(StatusCodes.Status403Forbidden, "writes from other machines need the server to be started with --api-key");
        }
        else
        {
            var sent = http.Request.Headers[Header].ToString();
            // Fixed-time comparison so the key cannot be guessed from response timings.
            if (sent.Length == 0 || !CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(sent), Encoding.UTF8.GetBytes(key)))
            {
                http.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
                throw new ApiError(StatusCodes.Status401Unauthorized, sent.Length == 0 ? "this endpoint needs the API key in the X-Api-Key header" : "wrong API key");
            }
        }

        return await next(context);
    }
}
