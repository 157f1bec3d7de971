using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;

namespace Sitrep.Server.Tests;

/// <summary>The real server in memory (WebApplicationFactory) over a fresh SQLite store in a temporary folder.</summary>
public sealed class SitrepFactory(params (string Key, string Value)[] settings) : WebApplicationFactory<SitrepServer>
{
    /// <summary>When set, every request appears to come from this address (the in-memory server has none of its own).</summary>
    public System.Net.IPAddress? RemoteAddress { get; init; }

    /// <summary>When set, the server's clock (for the accepted range of publication dates).</summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The temporary folder holding the store.</summary>
    public string Dir { get; } = Directory.CreateTempSubdirectory("sitrep-server-tests-").FullName;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Sitrep:Db", Path.Combine(Dir, "sitrep.db"));
        foreach (var (k, v) in settings) builder.UseSetting("Sitrep:" + k, v);
        if (Clock is { } clock) builder.ConfigureServices(s => s.AddSingleton(clock));
        if (RemoteAddress is { } ip)
        {
            builder.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddressFilter(ip)));
        }
    }

    private sealed class RemoteAddressFilter(System.Net.IPAddress ip) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, inner) =>
            {
                context.Connection.RemoteIpAddress = ip;
                return inner(context);
            });
            next(app);
        };
    }

    /// <summary>A clock stopped at one instant.</summary>
    public sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Dir, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; failing the run over it is not.
        }
    }
}
