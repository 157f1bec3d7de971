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
        var faults = MinorFaults();
        // CPU time, bytes allocated and page faults beside wall time: on a shared machine they move less than the wall
        // clock does, and first touches of memory (fresh heap, the mapped gazetteer) are much of a cold start.
        void Step(string what)
        {
            var nowCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var nowAllocated = GC.GetTotalAllocatedBytes();
            var nowFaults = MinorFaults();
            Console.WriteLine($"{what,-34} {sw.Elapsed.TotalMilliseconds,8:0.0} ms {(nowCpu - cpu).TotalMilliseconds,8:0} ms CPU {(nowAllocated - allocated) / 1e6,7:0.0} MB allocated {nowFaults - faults,7} page faults");
            cpu = nowCpu;
            allocated = nowAllocated;
            faults = nowFaults;
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
            // The first document stage by stage, as `profile` times them: which stage's first use costs what.
            var staged = SitrepPipeline.CreateDefault();
            Step("pipeline parts (gazetteer, lexicons)");
            var ticks = new long[StageProfile.Stages.Length];
            StageProfile.Bytes = new long[ticks.Length];
            var events = StageProfile.ProcessTimed(doc, staged, ticks);
            var bytes = StageProfile.Bytes;
            StageProfile.Bytes = null;
            Step($"first document ({events} events), by stage:");
            foreach (var i in Enumerable.Range(0, ticks.Length).OrderByDescending(i => ticks[i]))
                Console.WriteLine($"  {StageProfile.Stages[i],-32} {ticks[i] * 1000.0 / Stopwatch.Frequency,8:0.0} ms {bytes[i] / 1e6,20:0.0} MB allocated");
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

    // Minor page faults of this process so far (field 10 of /proc/self/stat), or 0 where there is no /proc.
    private static long MinorFaults()
    {
        try
        {
            var stat = File.ReadAllText("/proc/self/stat");
            // The command name may hold spaces; fields are counted after its closing parenthesis (field 3 comes first).
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }
}
