using System.CommandLine;
using Sitrep.Server;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep serve`: the web API and the map page over the store.</summary>
public static class ServeCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var db = IngestCommand.DbOption();
        var urls = new Option<string>("--urls") { Description = "Where to listen, ';'-separated.", DefaultValueFactory = _ => "http://127.0.0.1:5080" };
        var apiKey = new Option<string?>("--api-key") { Description = "Key that writes (POST /api/documents) must send in X-Api-Key (default $SITREP_API_KEY). Required to listen beyond loopback." };
        var maxMb = new Option<int>("--max-body-mb") { Description = "Largest request body, in MB.", DefaultValueFactory = _ => 5 };
        var reads = new Option<int>("--read-rate") { Description = "Read requests per client IP per minute (0: unlimited).", DefaultValueFactory = _ => 3000 };
        var writes = new Option<int>("--write-rate") { Description = "Posted reports per client IP per minute (0: unlimited).", DefaultValueFactory = _ => 60 };
        var hosts = new Option<string?>("--allowed-hosts") { Description = "Host names the server answers to, ';'-separated, or * for any (default: localhost, loopback addresses and the hosts in --urls). Guards against DNS rebinding." };
        var proxies = new Option<string?>("--trusted-proxy") { Description = "IP addresses of reverse proxies whose X-Forwarded-For is believed, ';'-separated. A request forwarded by any other proxy never counts as local." };
        var maxEvents = new Option<int>("--max-events") { Description = "Most events one posted report may create.", DefaultValueFactory = _ => 1000 };
        var maxSeconds = new Option<int>("--max-seconds") { Description = "Longest time spent extracting one posted report, in seconds.", DefaultValueFactory = _ => 60 };

        var cmd = new Command("serve", """
            Serve the store over HTTP: the JSON API, CSV and GeoJSON exports, and a map page.

            Reads are open; posting a report (POST /api/documents) is open on loopback and needs the
            API key (header X-Api-Key) whenever one is set. Listening beyond loopback without a key is
            refused. Writes must show intent: a JSON body, or the X-Sitrep-Client header (any value) with a
            file; forms and other sites' pages are refused with 403. Only the allowed host names are served.
            Behind a reverse proxy, name it with --trusted-proxy. The API is described at /openapi.json and
            browsable at /api.html.

            Examples:
              sitrep serve                                     http://127.0.0.1:5080 over ~/.sitrep/sitrep.db
              sitrep serve --db events.db --urls http://127.0.0.1:8080
              sitrep serve --urls http://0.0.0.0:5080 --api-key "$(cat key.txt)"
              sitrep serve --allowed-hosts sitrep.example.org --trusted-proxy 127.0.0.1 --api-key "$(cat key.txt)"
              curl -H 'X-Sitrep-Client: curl' -H 'Content-Type: application/pdf' --data-binary @report.pdf \
                   'http://127.0.0.1:5080/api/documents?published=2024-05-02'

            Exit codes: 0 stopped; 1 bad usage (e.g. beyond loopback without a key); 3 the store could not be opened.
            """)
        {
            db, urls, apiKey, maxMb, reads, writes, hosts, proxies, maxEvents, maxSeconds,
        };
        cmd.SetAction(parse =>
        {
            var options = new SitrepServerOptions
            {
                Db = SitrepHome.Db(parse.GetValue(db)),
                Home = SitrepHome.Directory(),
                Urls = parse.GetValue(urls),
                ApiKey = parse.GetValue(apiKey) ?? Environment.GetEnvironmentVariable("SITREP_API_KEY"),
                MaxBodyBytes = Math.Max(1, parse.GetValue(maxMb)) * 1024L * 1024L,
                ReadRequestsPerMinute = parse.GetValue(reads),
                WriteRequestsPerMinute = parse.GetValue(writes),
                AllowedHosts = parse.GetValue(hosts),
                TrustedProxies = parse.GetValue(proxies),
                MaxEventsPerReport = Math.Max(1, parse.GetValue(maxEvents)),
                MaxProcessingSeconds = Math.Max(1, parse.GetValue(maxSeconds)),
            };
            Microsoft.AspNetCore.Builder.WebApplication app;
            try
            {
                app = SitrepServer.Build(options);
            }
            catch (ServerConfigurationException e)
            {
                Console.Error.WriteLine($"sitrep: {e.Message}");
                return ExitCodes.Usage;
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sitrep: cannot open the store {options.Db ?? "(default)"}: {e.Message}");
                return ExitCodes.Fatal;
            }

            var store = (StoreAccess)app.Services.GetService(typeof(StoreAccess))!;
            Console.Error.WriteLine($"sitrep: serving {store.Target.Display} at {options.Urls} (Ctrl+C stops)");
            app.Run();
            return ExitCodes.Ok;
        });
        return cmd;
    }
}
