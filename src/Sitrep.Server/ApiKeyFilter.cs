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
            var client = ClientAddress.Of(http);
            if (!client.Local)
                throw new ApiError(StatusCodes.Status403Forbidden, $"writes from other machines need the server to be started with --api-key{(client.Why is { } why ? $" ({why})" : "")}");
        }
        else
        {
            var sent = http.Request.Headers[Header].ToString();
            // Digests compared in fixed time, so neither the key's characters nor its length show in response timings.
            if (sent.Length == 0 || !CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(sent)), SHA256.HashData(Encoding.UTF8.GetBytes(key))))
            {
                http.Response.Headers.WWWAuthenticate = "ApiKey header=\"X-Api-Key\"";
                throw new ApiError(StatusCodes.Status401Unauthorized, sent.Length == 0 ? "this endpoint needs the API key in the X-Api-Key header" : "wrong API key");
            }
        }

        return await next(context);
    }
}
