using System.Net;

namespace Sitrep.Server;

/// <summary>
/// Serves only requests addressed to a host name this server answers to, so that a web page whose domain is re-pointed
/// at 127.0.0.1 (DNS rebinding) cannot read or write the store as if it were the analyst's own page.
/// </summary>
public sealed class HostAllowList
{
    private readonly HashSet<string> _names;
    private readonly bool _any;

    /// <summary>
    /// The configured names (';'-separated, "*" for any), or by default loopback names plus the hosts of the listening
    /// addresses. A wildcard address (0.0.0.0, *) already needs an API key and serves reads to the network, so it adds any
    /// host by default: a rebound name gains nothing there.
    /// </summary>
    public HostAllowList(string? configured, string? urls)
    {
        _names = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "localhost" };
        var items = (configured ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (items.Length > 0)
        {
            foreach (var name in items)
            {
                if (name == "*") _any = true;
                else _names.Add(name.Trim('[', ']'));
            }

            return;
        }

        foreach (var url in (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (BindAddresses.HostOf(url) is not { } host || host is "0.0.0.0" or "::" or "wildcard.invalid") _any = true;
            else _names.Add(host);
        }
    }

    /// <summary>True when <paramref name="host"/> (the request's Host, without port) may be served.</summary>
    public bool Allows(string host)
    {
        if (_any) return host.Length > 0;
        var name = host.Trim('[', ']');
        return _names.Contains(name) || (IPAddress.TryParse(name, out var ip) && IPAddress.IsLoopback(ip));
    }

    /// <summary>Refuses requests for other hosts with 400 and a message naming the setting that would allow them.</summary>
    public IApplicationBuilder Use(IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var host = context.Request.Host.Host ?? "";
        if (!Allows(host))
        {
            await ApiError.WriteAsync(context, StatusCodes.Status400BadRequest,
                $"this server does not answer to host '{host}'; start it with --allowed-hosts {(host.Length == 0 ? "NAME" : host)} if that is its name");
            return;
        }

        await next(context);
    });
}
