using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench;

/// <summary>End-to-end extract throughput: one timed pass of SitrepPipeline.Process over an in-memory corpus, single thread and all cores.</summary>
public static class ExtractBenchmark
{
    /// <summary>One timed pass.</summary>
    public sealed record RunResult(
        int Threads, int Run, int Docs, long Bytes, double Seconds, double CpuSeconds, long Events,
        double PeakRssMb, double PeakManagedMb, double ProcessPeakWorkingSetMb, int Gen0, int Gen1, int Gen2, long AllocatedBytes,
        double ThreadCpuSeconds = double.NaN)
    {
        /// <summary>Text MB (10^6 bytes) per second.</summary>
        public double MbPerSecond => Bytes / 1e6 / Seconds;

        /// <summary>Documents per second.</summary>
        public double DocsPerSecond => Docs / Seconds;
    }

    /// <summary>Runs the `extract` subcommand.</summary>
    public static int Run(Args args)
    {
        var docsPath = args.Required("--docs");
        var repeat = args.OptionalDouble("--repeat-to-mb");
        var runs = (int)(args.OptionalDouble("--runs") ?? 3);
        var threadList = ParseThreads(args.Optional("--threads") ?? "1,all");

        var sw = Stopwatch.StartNew();
        var corpus = Corpus.Load(docsPath, repeat);
        var loadMs = sw.Elapsed.TotalMilliseconds;
        sw.Restart();
        // --interpreted: the short-job mode the CLI picks for small inputs, to compare cold and steady speeds.
        if (args.Has("--interpreted")) Sitrep.Core.Lexicons.RegexCompilation.Interpreted();
        var gazetteer = Gazetteer.LoadDefault();
        gazetteer.WarmUp();
        var pipeline = SitrepPipeline.CreateDefault(gazetteer);
        var setupMs = sw.Elapsed.TotalMilliseconds;
        GC.Collect();
        var baselineMb = GC.GetTotalMemory(true) / 1e6;
        var baselineRssMb = Environment.WorkingSet / 1e6;

        // Warm-up: one whole untimed pass on this thread. Tiered JIT and dynamic PGO keep recompiling hot
        // methods for seconds (a 200-document warm-up left the first timed pass at half the steady speed),
        // and a run over millions of reports is spent almost entirely in steady state. The cold pass is
        // reported, not hidden.
        // Then more untimed passes until one compiles no new method: the JIT's background thread otherwise keeps
        // promoting methods to optimised code during the first timed runs (seen: 4.5 CPU-s in a 2.6 s run).
        sw.Restart();
        var warmCpu0 = Process.GetCurrentProcess().TotalProcessorTime;
        var warmThread0 = ThreadCpuMs();
        var warmEvents = 0;
        foreach (var doc in corpus.Docs) warmEvents += pipeline.Process(doc).Count;
        var warmMs = sw.Elapsed.TotalMilliseconds;
        // CPU time of the whole process (the JIT's background thread included): on a shared machine wall time mostly
        // measures the neighbours.
        var warmCpuMs = (Process.GetCurrentProcess().TotalProcessorTime - warmCpu0).TotalMilliseconds;
        // The pipeline thread's own CPU (the JIT's background thread not included): on a loaded machine the closest
        // figure to the wall time a quiet one would show, since the JIT thread has the other core there.
        var warmThreadMs = ThreadCpuMs() - warmThread0;
        var warmPasses = 1;
        // --cold-only: stop after the cold pass (to profile what a first pass pays, e.g. under perf).
        if (args.Has("--cold-only"))
        {
            Console.WriteLine($"cold pass {warmMs:0} ms = {corpus.Megabytes / (warmMs / 1000):0.000} MB/s, CPU {warmCpuMs:0} ms = {corpus.Megabytes / (warmCpuMs / 1000):0.000} MB per CPU-s, pipeline thread CPU {warmThreadMs:0} ms ({warmEvents} events); JIT-compiled methods {System.Runtime.JitInfo.GetCompiledMethodCount()}, JIT time {System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds:0} ms");
            return 0;
        }

        for (var jitted = System.Runtime.JitInfo.GetCompiledMethodCount(); warmPasses < 8; warmPasses++)
        {
            foreach (var doc in corpus.Docs) pipeline.Process(doc);
            var now = System.Runtime.JitInfo.GetCompiledMethodCount();
            if (now == jitted) break;
            jitted = now;
        }

        Console.WriteLine($"# sitrep extract benchmark");
        Console.WriteLine($"corpus: {docsPath} ({corpus.SourceDocs} docs read, {corpus.Skipped} skipped) → {corpus.Docs.Length} docs, {corpus.Megabytes:0.00} MB of text; load {loadMs:0} ms");
        Console.WriteLine($"pipeline: CreateDefault + gazetteer fuzzy index {setupMs:0} ms; cold pass (untimed warm-up, all {corpus.Docs.Length} docs, 1 thread) {warmMs:0} ms = {corpus.Megabytes / (warmMs / 1000):0.000} MB/s, CPU {warmCpuMs:0} ms = {corpus.Megabytes / (warmCpuMs / 1000):0.000} MB per CPU-s, pipeline thread CPU {warmThreadMs:0} ms ({warmEvents} events); {warmPasses} warm-up passes (until one compiles no new method, at most 8)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInfo()}, load average {LoadAverage()}");
        Console.WriteLine($"before timing: managed heap {baselineMb:0} MB (corpus + pipeline + gazetteer), RSS {baselineRssMb:0} MB");
        Console.WriteLine();

        var results = new List<RunResult>();
        foreach (var threads in threadList)
        {
            for (var r = 1; r <= runs; r++)
            {
                GC.Collect();
                GC.WaitForPendingFinalizers();
                GC.Collect();
                var result = TimeOnePass(pipeline, corpus, threads, r);
                results.Add(result);
                Console.WriteLine(JsonLine(result, "run"));
            }
        }

        Console.WriteLine();
        Console.WriteLine("| tool | threads | docs | MB | runs | median MB/s | MB/s per thread | median docs/s | MB per CPU-s | events | peak RSS MB | peak managed MB |");
        Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|---|---|");
        foreach (var g in results.GroupBy(x => x.Threads))
        {
            var m = Median(g.ToList());
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| sitrep | {g.Key} | {m.Docs} | {m.Bytes / 1e6:0.00} | {g.Count()} | {m.MbPerSecond:0.000} | {m.MbPerSecond / g.Key:0.000} | {m.DocsPerSecond:#,0} | {m.Bytes / 1e6 / m.CpuSeconds:0.000} | {m.Events} | {g.Max(x => x.PeakRssMb):0} | {g.Max(x => x.PeakManagedMb):0} |"));
        }

        Console.WriteLine();
        foreach (var g in results.GroupBy(x => x.Threads)) Console.WriteLine(JsonLine(Median(g.ToList()), "median"));
        return 0;
    }

    /// <summary>Times one pass over every document with <paramref name="threads"/> workers.</summary>
    public static RunResult TimeOnePass(SitrepPipeline pipeline, Corpus corpus, int threads, int run)
    {
        var docs = corpus.Docs;
        long events = 0;
        var g0 = GC.CollectionCount(0);
        var g1 = GC.CollectionCount(1);
        var g2 = GC.CollectionCount(2);
        using var probe = MemoryProbe.Start();
        using var self = Process.GetCurrentProcess();
        var cpu0 = self.TotalProcessorTime;
        var alloc0 = GC.GetTotalAllocatedBytes(precise: true);
        var thread0 = ThreadCpuMs();
        var sw = Stopwatch.StartNew();
        if (threads == 1)
        {
            for (var i = 0; i < docs.Length; i++) events += pipeline.Process(docs[i]).Count;
        }
        else
        {
            // Contiguous chunks of 64 documents handed out on demand: cheap to schedule, balances long documents.
            var parts = Partitioner.Create(0, docs.Length, 64);
            Parallel.ForEach(
                parts,
                new ParallelOptions { MaxDegreeOfParallelism = threads },
                () => 0L,
                (range, _, local) =>
                {
                    for (var i = range.Item1; i < range.Item2; i++) local += pipeline.Process(docs[i]).Count;
                    return local;
                },
                local => Interlocked.Add(ref events, local));
        }

        var seconds = sw.Elapsed.TotalSeconds;
        var threadSeconds = threads == 1 ? (ThreadCpuMs() - thread0) / 1000 : double.NaN;
        var allocated = GC.GetTotalAllocatedBytes(precise: true) - alloc0;
        self.Refresh();
        var cpuSeconds = (self.TotalProcessorTime - cpu0).TotalSeconds;
        probe.Dispose();
        var hwm = MemoryProbe.HighWaterMarkBytes();
        return new RunResult(
            threads, run, docs.Length, corpus.TotalBytes, seconds, cpuSeconds, events,
            Math.Max(hwm, probe.PeakSampledRssBytes) / 1e6, probe.PeakManagedBytes / 1e6, MemoryProbe.ProcessPeakWorkingSet() / 1e6,
            GC.CollectionCount(0) - g0, GC.CollectionCount(1) - g1, GC.CollectionCount(2) - g2, allocated, threadSeconds);
    }

    /// <summary>The run with the median MB/s (lower median for an even count, as the peers' run.sh does).</summary>
    public static RunResult Median(IReadOnlyList<RunResult> runs)
    {
        var sorted = runs.OrderBy(r => r.MbPerSecond).ToList();
        return sorted[(sorted.Count - 1) / 2];
    }

    /// <summary>"1", "all", "4", or a comma list of those.</summary>
    public static IReadOnlyList<int> ParseThreads(string spec)
    {
        var list = new List<int>();
        foreach (var part in spec.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            list.Add(part.Equals("all", StringComparison.OrdinalIgnoreCase) ? Environment.ProcessorCount : int.Parse(part, CultureInfo.InvariantCulture));
        }

        return list.Distinct().ToList();
    }

    /// <summary>"Server GC"/"workstation GC" and the runtime version.</summary>
    public static string RuntimeInfo() =>
        $".NET {Environment.Version}, {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";

    /// <summary>CPU milliseconds (user + system) of the calling thread from /proc/thread-self/stat, or NaN off Linux.</summary>
    public static double ThreadCpuMs()
    {
        try
        {
            var stat = File.ReadAllText("/proc/thread-self/stat");
            // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and 13th.
            var rest = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            var ticks = long.Parse(rest[11], CultureInfo.InvariantCulture) + long.Parse(rest[12], CultureInfo.InvariantCulture);
            return ticks * 1000.0 / 100;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return double.NaN;
        }
    }

    /// <summary>The 1-minute load average from /proc/loadavg, to flag runs on a busy machine.</summary>
    public static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static string JsonLine(RunResult r, string kind)
    {
        var o = new Dictionary<string, object>
        {
            ["tool"] = "sitrep",
            ["kind"] = kind,
            ["threads"] = r.Threads,
            ["run"] = r.Run,
            ["docs"] = r.Docs,
            ["bytes"] = r.Bytes,
            ["seconds"] = Math.Round(r.Seconds, 3),
            ["cpu_seconds"] = Math.Round(r.CpuSeconds, 3),
            ["mb_per_cpu_s"] = Math.Round(r.Bytes / 1e6 / r.CpuSeconds, 3),
            ["mb_per_s"] = Math.Round(r.MbPerSecond, 3),
            ["mb_per_s_per_thread"] = Math.Round(r.MbPerSecond / r.Threads, 3),
            ["docs_per_s"] = Math.Round(r.DocsPerSecond, 1),
            ["events"] = r.Events,
            ["peak_rss_mb"] = Math.Round(r.PeakRssMb),
            ["peak_managed_mb"] = Math.Round(r.PeakManagedMb),
            ["process_peak_working_set_mb"] = Math.Round(r.ProcessPeakWorkingSetMb),
            ["gc"] = new[] { r.Gen0, r.Gen1, r.Gen2 },
            // Bytes allocated by the pass per byte of text: the deterministic figure behind the gen0 count.
            ["allocated_mb"] = Math.Round(r.AllocatedBytes / 1e6, 1),
            ["alloc_per_text_byte"] = Math.Round((double)r.AllocatedBytes / r.Bytes, 1),
            ["load_avg"] = LoadAverage(),
        };
        if (!double.IsNaN(r.ThreadCpuSeconds)) o["thread_cpu_seconds"] = Math.Round(r.ThreadCpuSeconds, 3);
        return JsonSerializer.Serialize(o);
    }
}
