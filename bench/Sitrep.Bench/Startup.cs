using System.Diagnostics;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench;

/// <summary>Where a one-report run spends its first seconds: loading each part, then the first and the second document.</summary>
public static class Startup
{
    /// <summary>Runs the `startup` subcommand (run it in a fresh process: it measures what a cold CLI pays).</summary>
    public static int Run(Args args)
    {
        var text = File.ReadAllText(args.Required("--doc"));
        var doc = new Document("d", new DateOnly(2020, 5, 28), "bench", null, text);
        var total = Stopwatch.StartNew();
        var sw = Stopwatch.StartNew();
        void Step(string what)
        {
            Console.WriteLine($"{what,-34} {sw.Elapsed.TotalMilliseconds,8:0.0} ms");
            sw.Restart();
        }

        if (args.Has("--interpreted")) Sitrep.Core.Lexicons.RegexCompilation.Interpreted();
        var pipeline = SitrepPipeline.CreateDefault();
        Step("pipeline (gazetteer, lexicons)");
        var first = pipeline.Process(doc).Count;
        Step($"first document ({first} events)");
        pipeline.Process(doc);
        Step("second document");
        pipeline.Annotate(doc);
        Step("  of which annotation");
        var steady = (int)(args.OptionalDouble("--steady") ?? 20);
        for (var i = 0; i < steady; i++) pipeline.Process(doc);
        Console.WriteLine($"{$"steady (mean of {steady})",-34} {sw.Elapsed.TotalMilliseconds / Math.Max(1, steady),8:0.0} ms");
        Console.WriteLine($"{"total",-34} {total.Elapsed.TotalMilliseconds,8:0.0} ms");
        return 0;
    }
}
