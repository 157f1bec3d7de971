using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding;
using Sitrep.Core.Geocoding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Resolution;
using Sitrep.Core.Text;

namespace Sitrep.Bench;

/// <summary>Single-thread Stopwatch timing of each pipeline stage, through SitrepPipeline.Process itself (an IStageObserver).</summary>
public static class StageProfile
{
    internal static readonly string[] Stages =
    [
        "TextNormaliser.Normalise", "Tokenizer.Tokenize", "ActorAnnotator.Annotate", "ActorAnnotator.AnnotateCountries",
        "PlaceAnnotator.Annotate", "SentenceSplitter.Split", "DateAnnotator.Annotate", "CasualtyAnnotator.Annotate",
        "WeaponAnnotator.Annotate", "TriggerAnnotator.Annotate", "CueAnnotator.Annotate", "EventCoder.Code", "EventResolver.Resolve",
        "ReportIncidents.Fold",
    ];

    /// <summary>Runs the `profile` subcommand.</summary>
    public static int Run(Args args)
    {
        var corpus = Corpus.Load(args.Required("--docs"), args.OptionalDouble("--repeat-to-mb"));
        var runs = (int)(args.OptionalDouble("--runs") ?? 3);
        var gazetteer = Gazetteer.LoadDefault();
        gazetteer.WarmUp();
        var table = ActorTable.LoadBundled();
        var actors = new ActorAnnotator(table);
        var triggers = TriggerAnnotator.LoadBundled();
        var weapons = WeaponAnnotator.LoadBundled();
        var cues = CueAnnotator.LoadBundled();
        var resolver = new EventResolver(table, new Geocoder(gazetteer));
        var pipeline = new SitrepPipeline(new DocumentAnnotator(actors, triggers, weapons, cues), resolver);

        // One whole untimed pass, so the timed runs see steady-state code (tiered JIT keeps recompiling hot methods for
        // several seconds; see ExtractBenchmark).
        var ticks = new long[Stages.Length];
        var coldClock = Stopwatch.StartNew();
        foreach (var d in corpus.Docs) ProcessTimed(d, pipeline, ticks);
        var coldWhole = coldClock.Elapsed.TotalSeconds;
        // Kept to set against the steady runs: which stages a first pass (tier-0 and instrumented code, lazy set-up,
        // empty memos) slows most.
        var cold = (long[])ticks.Clone();

        Console.WriteLine($"# sitrep per-stage profile (single thread, {corpus.Docs.Length} docs, {corpus.Megabytes:0.00} MB, median of {runs} runs by total)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {ExtractBenchmark.RuntimeInfo()}");
        var all = new List<(long[] Ticks, double Whole, long Events, long[] Bytes)>();
        Bytes = new long[Stages.Length];
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            Array.Clear(ticks);
            Array.Clear(Bytes);
            long events = 0;
            var sw = Stopwatch.StartNew();
            foreach (var d in corpus.Docs) events += ProcessTimed(d, pipeline, ticks);
            var whole = sw.Elapsed.TotalSeconds;
            all.Add(((long[])ticks.Clone(), whole, events, (long[])Bytes.Clone()));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: {whole:0.000} s, {corpus.Megabytes / whole:0.000} MB/s, {events} events"));
        }

        if (args.Has("--alloc-types"))
        {
            // One more pass with allocation sampling on (the listener's own cost stays out of the timed runs).
            using var listener = new AllocationTypes();
            listener.Start();
            foreach (var d in corpus.Docs) ProcessTimed(d, pipeline, ticks);
            listener.Stop();
            Console.WriteLine();
            listener.Print(40, 1024.0 * corpus.Docs.Length, "KB/doc");
        }

        var med = all.OrderBy(a => a.Whole).ElementAt((all.Count - 1) / 2);
        var sum = med.Ticks.Sum();
        var perDocUs = 1e6 / Stopwatch.Frequency / corpus.Docs.Length;
        Console.WriteLine();
        Console.WriteLine("| stage | seconds | share of staged time | µs/doc | MB/s if only this stage | allocated KB/doc |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var i in Enumerable.Range(0, Stages.Length).OrderByDescending(i => med.Ticks[i]))
        {
            var s = med.Ticks[i] / (double)Stopwatch.Frequency;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Stages[i]} | {s:0.000} | {100.0 * med.Ticks[i] / sum:0.0} % | {med.Ticks[i] * perDocUs:0.0} | {corpus.Megabytes / s:0.00} | {med.Bytes[i] / 1024.0 / corpus.Docs.Length:0.0} |"));
        }

        var staged = sum / (double)Stopwatch.Frequency;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **all stages** | {staged:0.000} | 100 % | {sum * perDocUs:0.0} | {corpus.Megabytes / staged:0.00} | {med.Bytes.Sum() / 1024.0 / corpus.Docs.Length:0.0} |"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| (wall clock incl. glue: exclude-span list, record allocation, stage clock) | {med.Whole:0.000} | | {med.Whole * 1e6 / corpus.Docs.Length:0.0} | {corpus.Megabytes / med.Whole:0.00} |"));

        Console.WriteLine();
        Console.WriteLine("| stage | first pass s | steady s | first − steady s | share of the difference |");
        Console.WriteLine("|---|---|---|---|---|");
        var extra = cold.Sum() - sum;
        foreach (var i in Enumerable.Range(0, Stages.Length).OrderByDescending(i => cold[i] - med.Ticks[i]))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {Stages[i]} | {cold[i] / (double)Stopwatch.Frequency:0.000} | {med.Ticks[i] / (double)Stopwatch.Frequency:0.000} | {(cold[i] - med.Ticks[i]) / (double)Stopwatch.Frequency:0.000} | {100.0 * (cold[i] - med.Ticks[i]) / extra:0.0} % |"));
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| **whole pass (wall)** | {coldWhole:0.000} | {med.Whole:0.000} | {coldWhole - med.Whole:0.000} | first ÷ steady speed {med.Whole / coldWhole:0.000} |"));
        return 0;
    }

    /// <summary>When set, bytes allocated on this thread per stage (same order as the ticks), for `startup --stages`.</summary>
    internal static long[]? Bytes;

    /// <summary>One document through the pipeline's own path, each stage's time added to <paramref name="ticks"/> (and its
    /// allocations to <see cref="Bytes"/> when set); the number of events.</summary>
    internal static int ProcessTimed(Sitrep.Core.Documents.Document document, SitrepPipeline pipeline, long[] ticks) =>
        pipeline.Process(document, new Observer(ticks, Bytes)).Count;

    private sealed class Observer(long[] ticks, long[]? bytes) : IStageObserver
    {
        private static readonly Dictionary<string, int> Index = Stages.Select((s, i) => (s, i)).ToDictionary(x => x.s, x => x.i);
        private long _time = Stopwatch.GetTimestamp();
        private long _allocated = bytes is null ? 0 : GC.GetAllocatedBytesForCurrentThread();

        public void Ended(string? stage)
        {
            var now = Stopwatch.GetTimestamp();
            var allocated = bytes is null ? 0 : GC.GetAllocatedBytesForCurrentThread();
            if (stage is not null)
            {
                // A stage the list does not name yet fails here, so the table never leaves one out silently.
                var i = Index[stage];
                ticks[i] += now - _time;
                if (bytes is not null) bytes[i] += allocated - _allocated;
            }

            _time = now;
            _allocated = allocated;
        }
    }
}
