using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>Builds the Sitrep web server: the API over the store, the map page, and the limits and headers that keep both safe.</summary>
public sealed class SitrepServer
{
    private SitrepServer()
    {
    }

    /// <summary>
    /// A ready-to-run application. <paramref name="options"/> (from <c>sitrep serve</c>) override configuration; without them the
    /// "Sitrep" configuration section is used (how the stand-alone Program and tests configure it).
    /// </summary>
    /// <exception cref="ServerConfigurationException">Listening beyond loopback without an API key.</exception>
    public static WebApplication Build(SitrepServerOptions? options, string[]? args = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args ?? [], ContentRootPath = AppContext.BaseDirectory });
        if (options is not null) builder.Configuration.AddInMemoryCollection(options.ToConfiguration());
        // A line per request drowns the log at API rates; start-up, warnings and errors stay.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);
        var configured = builder.Configuration.GetSection(SitrepServerOptions.Section).Get<SitrepServerOptions>() ?? new SitrepServerOptions();
        var urls = configured.Urls ?? builder.Configuration[WebHostDefaults.ServerUrlsKey];
        if (configured.Urls is { } u) builder.WebHost.UseUrls(u);
        RefuseOpenWrites(urls, configured.ApiKey);
        var proxies = configured.ProxyAddresses();
        var hosts = new HostAllowList(configured.AllowedHosts, urls);

        builder.Services.AddOptions<SitrepServerOptions>().Bind(builder.Configuration.GetSection(SitrepServerOptions.Section));
        builder.Services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SitrepServerOptions>>().Value;
            return new StoreAccess(StoreTarget.Parse(o.Db, o.Home));
        });
        builder.Services.AddOptions<KestrelServerOptions>().Configure<IOptions<SitrepServerOptions>>((k, o) =>
        {
            k.Limits.MaxRequestBodySize = o.Value.MaxBodyBytes;
            k.AddServerHeader = false;
        });
        builder.Services.AddRateLimiter(_ => { });
        // The map's boundary files and large JSON pages shrink five-fold; nothing secret is in a response to leak by size.
        builder.Services.AddResponseCompression(o => o.MimeTypes = ["application/json", "application/geo+json", "text/csv", "text/html", "text/css", "text/javascript", "application/javascript"]);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<SitrepServerOptions>>((r, o) => ConfigureRateLimits(r, o.Value));

        var app = builder.Build();
        // Opened here so that a store that cannot be opened stops start-up with its reason instead of failing every request.
        app.Services.GetRequiredService<StoreAccess>();
        app.Lifetime.ApplicationStarted.Register(() => CheckListening(app));

        app.UseSecurityHeaders();
        app.UseResponseCompression();
        app.Use(Errors);
        hosts.Use(app);
        ClientAddress.Use(app, proxies);
        app.UseStatusCodePages(async ctx =>
        {
            if (ctx.HttpContext.Request.Path.StartsWithSegments("/api"))
                await ApiError.WriteAsync(ctx.HttpContext, ctx.HttpContext.Response.StatusCode, StatusMessage(ctx.HttpContext));
        });
        var assets = new EmbeddedAssets();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = assets,
            OnPrepareResponse = c => c.Context.Response.Headers.CacheControl = "no-cache",
        });
        app.UseRateLimiter();

        app.MapGet("/", () => Results.Stream(assets.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8"));
        app.MapGet("/api/health", () => Results.Ok(new { status = "ok" }));
        EventEndpoints.Map(app);
        AcledTaxonomy.Map(app);
        DocumentEndpoints.Map(app);
        PlaceEndpoints.Map(app);
        SharedPipeline.Warm(configured.Home);
        return app;
    }

    /// <summary>Refuses configurations that would let anyone on the network write to the store.</summary>
    public static void RefuseOpenWrites(string? urls, string? apiKey)
    {
        var open = BindAddresses.BeyondLoopback(urls);
        if (open.Count > 0 && string.IsNullOrEmpty(apiKey))
        {
            throw new ServerConfigurationException(
                $"refusing to listen on {string.Join(", ", open)} without an API key: other machines could post reports. " +
                "Give --api-key KEY (or SITREP_API_KEY), or listen on loopback only (e.g. http://127.0.0.1:5080).");
        }
    }

    private static void CheckListening(WebApplication app)
    {
        // Addresses can also come from places start-up did not see (e.g. Kestrel endpoints in appsettings): check what is bound.
        var addresses = app.Services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.Count == 0) return;
        try
        {
            RefuseOpenWrites(string.Join(';', addresses), app.Services.GetRequiredService<IOptions<SitrepServerOptions>>().Value.ApiKey);
        }
        catch (ServerConfigurationException e)
        {
            app.Logger.LogCritical("{Message}", e.Message);
            app.Lifetime.StopApplication();
        }
    }

    private static async Task Errors(HttpContext context, RequestDelegate next)
    {
        try
        {
            await next(context);
        }
        catch (ApiError e)
        {
            await ApiError.WriteAsync(context, e.Status, e.Message);
        }
        catch (Microsoft.AspNetCore.Http.BadHttpRequestException e)
        {
            await ApiError.WriteAsync(context, e.StatusCode, e.StatusCode == StatusCodes.Status413PayloadTooLarge ? "request body over the server's size limit" : e.Message);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client went away; there is no one to answer.
        }
        catch (Exception e)
        {
            context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger<SitrepServer>().LogError(e, "{Method} {Path} failed", context.Request.Method, context.Request.Path);
            await ApiError.WriteAsync(context, StatusCodes.Status500InternalServerError, "internal error; the server log has the details");
        }
    }

    private static string StatusMessage(HttpContext c) => c.Response.StatusCode switch
    {
        StatusCodes.Status405MethodNotAllowed => $"{c.Request.Method} is not allowed on {c.Request.Path}",
        StatusCodes.Status404NotFound => $"no such endpoint: {c.Request.Path}; see /openapi.json",
        var s => $"HTTP {s}",
    };

    private static void ConfigureRateLimits(RateLimiterOptions r, SitrepServerOptions o)
    {
        r.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        r.OnRejected = async (ctx, cancel) =>
        {
            var retry = ctx.Lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? (int)Math.Ceiling(after.TotalSeconds) : 60;
            ctx.HttpContext.Response.Headers.RetryAfter = retry.ToString(CultureInfo.InvariantCulture);
            await ApiError.WriteAsync(ctx.HttpContext, StatusCodes.Status429TooManyRequests, $"too many requests from this address; try again in {retry} s");
        };
        r.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(ctx =>
        {
            var write = !HttpMethods.IsGet(ctx.Request.Method) && !HttpMethods.IsHead(ctx.Request.Method);
            var permits = write ? o.WriteRequestsPerMinute : o.ReadRequestsPerMinute;
            // Per client IP, reads and writes counted apart so that browsing never uses up the budget for posting.
            var key = (write ? "w:" : "r:") + (ClientAddress.Of(ctx).Address?.ToString() ?? "local");
            if (permits <= 0) return RateLimitPartition.GetNoLimiter(key);
            return RateLimitPartition.GetFixedWindowLimiter(key, _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = permits,
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
    }
}
