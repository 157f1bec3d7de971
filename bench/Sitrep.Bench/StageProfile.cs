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

/// <summary>Single-thread Stopwatch timing of each pipeline stage, re-composed exactly as DocumentAnnotator.Annotate and SitrepPipeline.Process do.</summary>
public static class StageProfile
{
    internal static readonly string[] Stages =
    [
        "TextNormaliser.Normalise", "Tokenizer.Tokenize", "ActorAnnotator.Annotate", "ActorAnnotator.AnnotateCountries",
        "PlaceAnnotator.Annotate", "SentenceSplitter.Split", "DateAnnotator.Annotate", "CasualtyAnnotator.Annotate",
        "WeaponAnnotator.Annotate", "TriggerAnnotator.Annotate", "CueAnnotator.Annotate", "EventCoder.Code", "EventResolver.Resolve",
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

        // Warm-up on the first 200 documents with a check that the re-composition produces what Process produces.
        var ticks = new long[Stages.Length];
        var warm = corpus.Docs.Take(200).ToArray();
        long viaPipeline = 0, viaStages = 0;
        foreach (var d in warm)
        {
            viaPipeline += pipeline.Process(d).Count;
            viaStages += ProcessTimed(d, actors, triggers, weapons, cues, resolver, ticks);
        }

        // Then one whole untimed pass, so the timed runs see steady-state code (tiered JIT keeps
        // recompiling hot methods for several seconds; see ExtractBenchmark).
        foreach (var d in corpus.Docs) ProcessTimed(d, actors, triggers, weapons, cues, resolver, ticks);

        if (viaPipeline != viaStages) Console.Error.WriteLine($"warning: stage re-composition gave {viaStages} events, Process gave {viaPipeline} on the warm-up docs");

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
            foreach (var d in corpus.Docs) events += ProcessTimed(d, actors, triggers, weapons, cues, resolver, ticks);
            var whole = sw.Elapsed.TotalSeconds;
            all.Add(((long[])ticks.Clone(), whole, events, (long[])Bytes.Clone()));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: {whole:0.000} s, {corpus.Megabytes / whole:0.000} MB/s, {events} events"));
        }

        if (args.Has("--alloc-types"))
        {
            // One more pass with allocation sampling on (the listener's own cost stays out of the timed runs).
            using var listener = new AllocationTypes();
            listener.Start();
            foreach (var d in corpus.Docs) ProcessTimed(d, actors, triggers, weapons, cues, resolver, ticks);
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
            $"| (wall clock incl. glue: exclude-span list, record allocation) | {med.Whole:0.000} | | {med.Whole * 1e6 / corpus.Docs.Length:0.0} | {corpus.Megabytes / med.Whole:0.00} |"));
        return 0;
    }

    /// <summary>When set, bytes allocated on this thread per stage (same order as the ticks), for `startup --stages`.</summary>
    internal static long[]? Bytes;

    [ThreadStatic]
    private static long _mark;

    // Charges what this thread allocated since the last mark to a stage (-1: to none, a new mark).
    private static void Allocated(int stage)
    {
        if (Bytes is null) return;
        var now = GC.GetAllocatedBytesForCurrentThread();
        if (stage >= 0) Bytes[stage] += now - _mark;
        _mark = now;
    }

    internal static int ProcessTimed(
        Sitrep.Core.Documents.Document document, ActorAnnotator actors, TriggerAnnotator triggers, WeaponAnnotator weapons,
        CueAnnotator cues, EventResolver resolver, long[] ticks)
    {
        var t0 = Stopwatch.GetTimestamp(); Allocated(-1);
        var text = TextNormaliser.Normalise(document.Text);
        var t = text.Text;
        var t1 = Stopwatch.GetTimestamp(); ticks[0] += t1 - t0; Allocated(0);
        var tokens = Tokenizer.Tokenize(t);
        var t2 = Stopwatch.GetTimestamp(); ticks[1] += t2 - t1; Allocated(1);
        var actorMentions = actors.Annotate(t, tokens);
        var t3 = Stopwatch.GetTimestamp(); ticks[2] += t3 - t2; Allocated(2);
        var countryMentions = actors.AnnotateCountries(t, tokens);
        var sourceCountry = actors.SourceCountry(document.Source);
        var t4 = Stopwatch.GetTimestamp(); ticks[3] += t4 - t3; Allocated(3);
        var exclude = actorMentions.Select(a => a.Span).Concat(countryMentions.Select(c => c.Span)).ToList();
        var t5 = Stopwatch.GetTimestamp(); Allocated(-1);
        var places = PlaceAnnotator.Annotate(t, exclude);
        var t6 = Stopwatch.GetTimestamp(); ticks[4] += t6 - t5; Allocated(4);
        var sentences = SentenceSplitter.Split(t);
        var t7 = Stopwatch.GetTimestamp(); ticks[5] += t7 - t6; Allocated(5);
        var dates = DateAnnotator.Annotate(t, document.Published);
        var t8 = Stopwatch.GetTimestamp(); ticks[6] += t8 - t7; Allocated(6);
        var casualties = CasualtyAnnotator.Annotate(t);
        var t9 = Stopwatch.GetTimestamp(); ticks[7] += t9 - t8; Allocated(7);
        var weaponMentions = weapons.Annotate(t);
        var t10 = Stopwatch.GetTimestamp(); ticks[8] += t10 - t9; Allocated(8);
        var triggerMentions = triggers.Annotate(t);
        var t11 = Stopwatch.GetTimestamp(); ticks[9] += t11 - t10; Allocated(9);
        var cueMentions = cues.Annotate(t);
        var t12 = Stopwatch.GetTimestamp(); ticks[10] += t12 - t11; Allocated(10);
        var annotations = new DocumentAnnotations(document, text, sentences, dates, casualties, weaponMentions, triggerMentions, cueMentions, actorMentions, countryMentions, places, sourceCountry);
        var t13 = Stopwatch.GetTimestamp(); Allocated(-1);
        var candidates = EventCoder.Code(annotations);
        var t14 = Stopwatch.GetTimestamp(); ticks[11] += t14 - t13; Allocated(11);
        var events = new List<ResolvedEvent>(candidates.Count);
        for (var i = 0; i < candidates.Count; i++) events.Add(resolver.Resolve(candidates[i], i));
        ticks[12] += Stopwatch.GetTimestamp() - t14; Allocated(12);
        return events.Count;
    }
}
