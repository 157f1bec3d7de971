using System.Diagnostics;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;
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
        var allocated = GC.GetTotalAllocatedBytes();
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        // CPU time and bytes allocated beside wall time: on a shared machine they move less than the wall clock does.
        void Step(string what)
        {
            var nowCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var nowAllocated = GC.GetTotalAllocatedBytes();
            Console.WriteLine($"{what,-34} {sw.Elapsed.TotalMilliseconds,8:0.0} ms {(nowCpu - cpu).TotalMilliseconds,8:0} ms CPU {(nowAllocated - allocated) / 1e6,7:0.0} MB allocated");
            cpu = nowCpu;
            allocated = nowAllocated;
            sw.Restart();
        }

        if (args.Has("--interpreted")) Sitrep.Core.Lexicons.RegexCompilation.Interpreted();
        if (args.Has("--parts"))
        {
            // One part after another on this thread, each with the JIT of its own code: what each would cost alone.
            var table = ActorTable.LoadBundled();
            Step("  actor table");
            var triggers = TriggerAnnotator.LoadBundled();
            Step("  trigger lexicon");
            var cues = CueAnnotator.LoadBundled();
            Step("  cue lexicon");
            var weapons = WeaponAnnotator.LoadBundled();
            Step("  weapon lexicon");
            var gazetteer = Gazetteer.LoadDefault();
            Step("  gazetteer");
            GC.KeepAlive((table, triggers, cues, weapons));
            sw.Restart();
        }
        if (args.Has("--stages"))
        {
            // The first document stage by stage, as `profile` re-composes them: which stage's first use costs what.
            var table = ActorTable.LoadBundled();
            var actors = new ActorAnnotator(table);
            var (triggers, weapons, cues) = (TriggerAnnotator.LoadBundled(), WeaponAnnotator.LoadBundled(), CueAnnotator.LoadBundled());
            var resolver = new Sitrep.Core.Resolution.EventResolver(table, new Geocoder(Gazetteer.LoadDefault()));
            Step("pipeline parts (gazetteer, lexicons)");
            var ticks = new long[StageProfile.Stages.Length];
            var events = StageProfile.ProcessTimed(doc, actors, triggers, weapons, cues, resolver, ticks);
            Step($"first document ({events} events), by stage:");
            foreach (var i in Enumerable.Range(0, ticks.Length).OrderByDescending(i => ticks[i]))
                Console.WriteLine($"  {StageProfile.Stages[i],-32} {ticks[i] * 1000.0 / Stopwatch.Frequency,8:0.0} ms");
            sw.Restart();
        }
        var pipeline = SitrepPipeline.CreateDefault();
        Step(args.Has("--parts") ? "pipeline (again, warm)" : "pipeline (gazetteer, lexicons)");
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
