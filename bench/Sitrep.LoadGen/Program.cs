using System.Globalization;
using Sitrep.LoadGen;
using Sitrep.Storage;

// sitrep-loadgen seed --db PATH [--events 100000]
// sitrep-loadgen run --url http://127.0.0.1:5111 [--rate 500] [--seconds 60] [--limit 100]
// sitrep-loadgen pages --url http://127.0.0.1:5111 [--clients 24] [--seconds 30] [--limit 1000]
if (args.Length == 0 || args[0] is not ("seed" or "run" or "pages"))
{
    Console.Error.WriteLine("usage: seed --db PATH [--events N] | run --url URL [--rate N] [--seconds N] [--limit N] | pages --url URL [--clients N] [--seconds N] [--limit N]");
    return 1;
}

string? Arg(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
int IntArg(string name, int fallback) => Arg(name) is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;

if (args[0] == "seed")
{
    var db = Arg("--db") ?? throw new ArgumentException("--db is required");
    var target = IntArg("--events", 100_000);
    var watch = System.Diagnostics.Stopwatch.StartNew();
    using var store = EventStore.Open(StoreTarget.Parse(db));
    var last = 0L;
    var count = SyntheticEvents.Fill(store, target, seed: 6, done =>
    {
        if (done - last < 10_000) return;
        last = done;
        Console.Error.WriteLine($"{done} events, {watch.Elapsed.TotalSeconds:0} s");
    });
    Console.WriteLine($"store {store.Target.Display}: {count} events ({watch.Elapsed.TotalSeconds:0} s)");
    return 0;
}

var url = new Uri(Arg("--url") ?? "http://127.0.0.1:5111");
if (args[0] == "pages")
{
    var pages = await LoadRun.LargestPagesAsync(url, IntArg("--clients", 24), TimeSpan.FromSeconds(IntArg("--seconds", 30)), IntArg("--limit", 1000));
    Console.WriteLine(pages.Summary);
    return pages.Errors == 0 ? 0 : 2;
}

var rate = IntArg("--rate", 500);
var seconds = IntArg("--seconds", 60);
var limit = IntArg("--limit", 100);
// A short warm-up so JIT and connection set-up are not in the figures.
await LoadRun.RunAsync(url, Math.Min(rate, 100), TimeSpan.FromSeconds(3), limit, seed: 1);
var result = await LoadRun.RunAsync(url, rate, TimeSpan.FromSeconds(seconds), limit, seed: 2);
Console.WriteLine(LoadRun.Format(result, rate, TimeSpan.FromSeconds(seconds), limit));
return result.Errors == 0 ? 0 : 2;
