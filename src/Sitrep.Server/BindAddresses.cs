using System.Net;

namespace Sitrep.Server;

/// <summary>Decides whether listening addresses stay on this machine (loopback), which is when writes may go without a key.</summary>
public static class BindAddresses
{
    /// <summary>The addresses of a ';'-separated URL list that are reachable from other machines.</summary>
    public static IReadOnlyList<string> BeyondLoopback(string? urls) =>
        (urls ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(u => !IsLoopback(u))
            .ToList();

    /// <summary>The host of a listening URL without brackets ("wildcard.invalid" for * and +), or null when it is not a URL.</summary>
    public static string? HostOf(string url) =>
        Uri.TryCreate(url.Replace("://*", "://wildcard.invalid").Replace("://+", "://wildcard.invalid"), UriKind.Absolute, out var uri)
            ? uri.Host.Trim('[', ']')
            : null;

    /// <summary>True for http(s) URLs on localhost, 127.0.0.0/8 or [::1]; false for wildcards (*, +, 0.0.0.0) and everything else.</summary>
    public static bool IsLoopback(string url)
    {
        // Kestrel accepts hosts that Uri refuses ("http://*:5080", "http://+:80"): those are wildcards, so not loopback.
        if (HostOf(url) is not { } host) return false;
        return string.Equals(host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(host, out var ip) && IPAddress.IsLoopback(ip));
    }
}
