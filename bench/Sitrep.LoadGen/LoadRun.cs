using System.Diagnostics;
using System.Globalization;

namespace Sitrep.LoadGen;

/// <summary>An open-loop load: requests start on a fixed schedule whether or not earlier ones have answered.</summary>
/// <remarks>
/// Latency is measured from each request's scheduled start, not from when it was sent, so that a server (or a generator)
/// falling behind shows up in the percentiles instead of quietly lowering the rate (coordinated omission).
/// </remarks>
public static class LoadRun
{
    /// <summary>What one run measured.</summary>
    public sealed record Result(int Sent, int Errors, double AchievedPerSecond, double P50Ms, double P90Ms, double P99Ms, double MaxMs, IReadOnlyDictionary<string, int> ErrorKinds, double MeanEvents);

    public static async Task<Result> RunAsync(Uri baseUrl, int rate, TimeSpan duration, int limit, int seed)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(30) };
        var random = new Random(seed);
        var (from, to) = SyntheticEvents.Span;
        string[] types = ["Battles", "Explosions/Remote%20violence", "Violence%20against%20civilians", "Protests", "Riots", "Strategic%20developments"];
        var total = (int)(rate * duration.TotalSeconds);
        var latencies = new double[total];
        var ok = new bool[total];
        var eventsSeen = new long[total];
        var kinds = new System.Collections.Concurrent.ConcurrentDictionary<string, int>();
        var tasks = new List<Task>(total);
        var clock = Stopwatch.StartNew();

        for (var i = 0; i < total; i++)
        {
            var due = TimeSpan.FromSeconds(i / (double)rate);
            var wait = due - clock.Elapsed;
            if (wait > TimeSpan.FromMilliseconds(1)) await Task.Delay(wait);
            var start = from.AddDays(random.Next(to.DayNumber - from.DayNumber - 30));
            var url = $"/api/events?from={start:yyyy-MM-dd}&to={start.AddDays(29):yyyy-MM-dd}&event_type={types[random.Next(types.Length)]}&limit={limit}";
            var index = i;
            tasks.Add(Task.Run(async () =>
            {
                try
                {
                    using var response = await client.GetAsync(url);
                    var body = await response.Content.ReadAsStringAsync();
                    ok[index] = response.IsSuccessStatusCode;
                    if (!ok[index]) kinds.AddOrUpdate($"HTTP {(int)response.StatusCode}", 1, (_, n) => n + 1);
                    else eventsSeen[index] = CountEvents(body);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    kinds.AddOrUpdate(e.GetType().Name, 1, (_, n) => n + 1);
                }

                latencies[index] = (clock.Elapsed - due).TotalMilliseconds;
            }));
        }

        await Task.WhenAll(tasks);
        var elapsed = clock.Elapsed.TotalSeconds;
        var sorted = latencies.Order().ToArray();
        double P(double q) => sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        return new Result(total, ok.Count(x => !x), total / elapsed, P(0.5), P(0.9), P(0.99), sorted[^1], kinds, eventsSeen.Where((_, i) => ok[i]).DefaultIfEmpty().Average());
    }

    /// <summary>What a closed-loop run of many clients asking for the largest page measured.</summary>
    public sealed record PagesResult(int Requests, int Errors, string Summary);

    /// <summary>
    /// <paramref name="clients"/> clients each asking, one request after another, for the largest page of the whole
    /// store (no filter): the request that used to build a whole page in memory. The server's memory is read by the caller.
    /// </summary>
    public static async Task<PagesResult> LargestPagesAsync(Uri baseUrl, int clients, TimeSpan duration, int limit)
    {
        using var handler = new SocketsHttpHandler { MaxConnectionsPerServer = clients };
        using var client = new HttpClient(handler) { BaseAddress = baseUrl, Timeout = TimeSpan.FromSeconds(60) };
        var latencies = new System.Collections.Concurrent.ConcurrentBag<double>();
        var errors = 0;
        long bytes = 0;
        var clock = Stopwatch.StartNew();
        var (from, to) = SyntheticEvents.Span;
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            while (clock.Elapsed < duration)
            {
                var started = clock.Elapsed;
                // Half the clients page from the start, half from a random year: both ends of the index are read.
                var url = c % 2 == 0 ? $"/api/events?limit={limit}" : $"/api/events?limit={limit}&order=newest&to={from.AddDays(Random.Shared.Next(to.DayNumber - from.DayNumber)):yyyy-MM-dd}";
                try
                {
                    using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
                    await using var body = await response.Content.ReadAsStreamAsync();
                    var buffer = new byte[65536];
                    int n;
                    while ((n = await body.ReadAsync(buffer)) > 0) Interlocked.Add(ref bytes, n);
                    if (!response.IsSuccessStatusCode) Interlocked.Increment(ref errors);
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    Interlocked.Increment(ref errors);
                }

                latencies.Add((clock.Elapsed - started).TotalMilliseconds);
            }
        }));
        var sorted = latencies.Order().ToArray();
        double P(double q) => sorted.Length == 0 ? 0 : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(q * sorted.Length) - 1)];
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"GET /api/events?limit={limit} by {clients} clients for {duration.TotalSeconds:0} s: {sorted.Length} pages ({sorted.Length / clock.Elapsed.TotalSeconds:0.0}/s, " +
            $"{bytes / 1048576.0 / clock.Elapsed.TotalSeconds:0.0} MB/s), errors {errors}; latency p50 {P(0.5):0} ms, p99 {P(0.99):0} ms");
        return new PagesResult(sorted.Length, errors, summary);
    }

    // Counting "event_id" keys is enough to report the typical page size without parsing every body.
    private static long CountEvents(string body)
    {
        long n = 0;
        for (var i = body.IndexOf("\"event_id\"", StringComparison.Ordinal); i >= 0; i = body.IndexOf("\"event_id\"", i + 1, StringComparison.Ordinal)) n++;
        return n;
    }

    public static string Format(Result r, int rate, TimeSpan duration, int limit) => string.Create(CultureInfo.InvariantCulture,
        $"GET /api/events (30-day window + one event type, limit {limit}) at {rate}/s for {duration.TotalSeconds:0} s: " +
        $"{r.Sent} requests, achieved {r.AchievedPerSecond:0.0}/s, errors {r.Errors}{(r.ErrorKinds.Count > 0 ? " (" + string.Join(", ", r.ErrorKinds.Select(k => $"{k.Key}: {k.Value}")) + ")" : "")}; " +
        $"latency from scheduled start p50 {r.P50Ms:0.0} ms, p90 {r.P90Ms:0.0} ms, p99 {r.P99Ms:0.0} ms, max {r.MaxMs:0.0} ms; {r.MeanEvents:0.0} events per answer on average");
}
