using System.Net;

namespace Sitrep.Server;

/// <summary>Who sent a request: the connection's address, or behind a configured reverse proxy the client it forwards for.</summary>
/// <param name="Address">The client's address (null for an in-process test client).</param>
/// <param name="Local">True only when the client is on this machine and every hop that carried the request was too.</param>
/// <param name="Why">Why a loopback connection does not count as local, for the refusal message; null otherwise.</param>
public sealed record ClientAddress(IPAddress? Address, bool Local, string? Why)
{
    private const string ItemKey = "sitrep.client";

    // Headers by which a proxy names the client it forwards for.
    private static readonly string[] ForwardingHeaders = ["X-Forwarded-For", "Forwarded", "X-Real-IP"];

    /// <summary>The client of <paramref name="context"/>, as resolved by <see cref="Use"/> (or resolved now without trusted proxies).</summary>
    public static ClientAddress Of(HttpContext context) =>
        context.Items.TryGetValue(ItemKey, out var c) && c is ClientAddress client ? client : Resolve(context, []);

    /// <summary>Resolves the client of every request once, before the rate limiter and the write checks read it.</summary>
    public static IApplicationBuilder Use(IApplicationBuilder app, IReadOnlyCollection<IPAddress> trustedProxies) => app.Use((context, next) =>
    {
        context.Items[ItemKey] = Resolve(context, trustedProxies);
        return next(context);
    });

    /// <summary>
    /// Forwarded headers are believed only from <paramref name="trustedProxies"/>. A proxy on this machine that is not
    /// configured makes every client look local, so a loopback connection that carries forwarding headers is not local;
    /// and a client forwarded by a proxy on another machine is never local, whatever address it claims.
    /// </summary>
    public static ClientAddress Resolve(HttpContext context, IReadOnlyCollection<IPAddress> trustedProxies)
    {
        var connection = Normalise(context.Connection.RemoteIpAddress);
        var headers = context.Request.Headers;
        var forwarded = ForwardingHeaders.FirstOrDefault(h => headers.ContainsKey(h));
        if (forwarded is null) return new ClientAddress(connection, connection is null || IPAddress.IsLoopback(connection), null);

        if (connection is null || !trustedProxies.Contains(connection))
        {
            return new ClientAddress(connection, false,
                $"the request came through a proxy ({forwarded} header) that is not configured with --trusted-proxy, so its client is unknown");
        }

        // X-Forwarded-For lists the hops left to right; the nearest one not a trusted proxy is the client.
        var hops = headers["X-Forwarded-For"].ToString().Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        IPAddress? client = null;
        for (var i = hops.Length - 1; i >= 0; i--)
        {
            if (!IPAddress.TryParse(hops[i], out var hop)) return new ClientAddress(connection, false, $"the proxy forwarded an unreadable client address '{hops[i]}'");
            hop = Normalise(hop)!;
            client = hop;
            if (!trustedProxies.Contains(hop)) break;
        }

        if (client is null) return new ClientAddress(connection, false, $"the proxy sent {forwarded} without X-Forwarded-For, so its client is unknown");
        var local = IPAddress.IsLoopback(client) && IPAddress.IsLoopback(connection);
        return new ClientAddress(client, local, local ? null : IPAddress.IsLoopback(client) ? "a proxy on another machine cannot make a client local" : null);
    }

    private static IPAddress? Normalise(IPAddress? ip) => ip is { IsIPv4MappedToIPv6: true } ? ip.MapToIPv4() : ip;
}
