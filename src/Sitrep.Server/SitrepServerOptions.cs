namespace Sitrep.Server;

/// <summary>How the server runs: its store, addresses, write key and limits (configuration section "Sitrep").</summary>
public sealed class SitrepServerOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string Section = "Sitrep";

    /// <summary>The store, as <c>--db</c> takes it (null: the default SQLite file).</summary>
    public string? Db { get; set; }

    /// <summary>The Sitrep home directory: its gazetteer overlays are used, and its <c>sitrep.db</c> is the store when <see cref="Db"/> is null.</summary>
    public string? Home { get; set; }

    /// <summary>Addresses to listen on, separated by ';' (null: ASP.NET Core's own configuration).</summary>
    public string? Urls { get; set; }

    /// <summary>The key write requests must send in <c>X-Api-Key</c>; required when listening beyond loopback.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Largest request body accepted, in bytes.</summary>
    public long MaxBodyBytes { get; set; } = 5L * 1024 * 1024;

    /// <summary>Read requests per client IP per minute (0: unlimited).</summary>
    public int ReadRequestsPerMinute { get; set; } = 3000;

    /// <summary>Write requests per client IP per minute (0: unlimited); each one runs the whole pipeline.</summary>
    public int WriteRequestsPerMinute { get; set; } = 60;

    /// <summary>Host names the server answers to, ';'-separated ("*": any); null: loopback names and the listening hosts.</summary>
    public string? AllowedHosts { get; set; }

    /// <summary>Reverse proxies (IP addresses, ';'-separated) whose X-Forwarded-For is believed; other forwarding headers make a client not local.</summary>
    public string? TrustedProxies { get; set; }

    /// <summary>Most events one posted report may create; a report with more belongs in <c>sitrep ingest</c>.</summary>
    public int MaxEventsPerReport { get; set; } = 1000;

    /// <summary>Longest time, in seconds, the pipeline may spend on one posted report before it is given up.</summary>
    public int MaxProcessingSeconds { get; set; } = 60;

    /// <summary>The options as configuration keys, so that explicit options and configuration read the same way.</summary>
    internal Dictionary<string, string?> ToConfiguration() => new()
    {
        [$"{Section}:{nameof(Db)}"] = Db,
        [$"{Section}:{nameof(Home)}"] = Home,
        [$"{Section}:{nameof(Urls)}"] = Urls,
        [$"{Section}:{nameof(ApiKey)}"] = ApiKey,
        [$"{Section}:{nameof(MaxBodyBytes)}"] = MaxBodyBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{Section}:{nameof(ReadRequestsPerMinute)}"] = ReadRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{Section}:{nameof(WriteRequestsPerMinute)}"] = WriteRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{Section}:{nameof(AllowedHosts)}"] = AllowedHosts,
        [$"{Section}:{nameof(TrustedProxies)}"] = TrustedProxies,
        [$"{Section}:{nameof(MaxEventsPerReport)}"] = MaxEventsPerReport.ToString(System.Globalization.CultureInfo.InvariantCulture),
        [$"{Section}:{nameof(MaxProcessingSeconds)}"] = MaxProcessingSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>The trusted proxies as addresses; a configuration error names an entry that is not one.</summary>
    internal IReadOnlyCollection<System.Net.IPAddress> ProxyAddresses() =>
        (TrustedProxies ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(p => System.Net.IPAddress.TryParse(p, out var ip)
                ? ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip
                : throw new ServerConfigurationException($"--trusted-proxy: '{p}' is not an IP address"))
            .ToHashSet();
}
