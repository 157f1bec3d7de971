using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using Sitrep.Bench;

const string Usage = """
    usage: Sitrep.Bench <command> [options]
      extract --docs FILE.jsonl [--repeat-to-mb N] [--threads 1|N|all|1,all] [--runs 3]
                              end-to-end SitrepPipeline.Process throughput (MB/s, docs/s, peak memory)
      profile --docs FILE.jsonl [--repeat-to-mb N] [--runs 3]
                              single-thread Stopwatch time per pipeline stage
      coder   --docs FILE.jsonl [--repeat-to-mb N] [--runs 5] [--digest [--dump FILE]]
                              EventCoder.Code alone over documents annotated once (thread CPU µs/doc, KB/doc, output digest)
      regex   --docs FILE.jsonl [--repeat-to-mb N]
                              lexicon-scanner regex variants (read-only experiment)
      rows    --docs FILE.jsonl [--top N]
                              each pattern-lexicon row timed alone at its prefix positions, slowest first
      corpus  --docs FILE.jsonl --repeat-to-mb N -o OUT.jsonl
                              write the repeated corpus (same repetition rule as extract)
      gazetteer               quick gazetteer load/lookup figures
      generate --count N -o OUT.jsonl [--seed S]
                              write N synthetic news-length reports (ReportGenerator) for ingest benchmarks
      geo-ceiling --gold GOLD.csv
                              how many gold locations the gazetteer can place at all (its coverage ceiling)
      bdn [filter] [BenchmarkDotNet args]
                              BenchmarkDotNet micro-benchmarks (default filter *, short job)
    MB = 10^6 UTF-8 bytes of the documents' text fields.
    """;

if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
{
    Console.WriteLine(Usage);
    return args.Length == 0 ? 1 : 0;
}

var rest = new Args(args[1..]);
try
{
    switch (args[0])
    {
        case "extract":
            return ExtractBenchmark.Run(rest);
        case "profile":
            return StageProfile.Run(rest);
        case "coder":
            return CoderBench.Run(rest);
        case "startup":
            return Startup.Run(rest);
        case "regex":
            return RegexExperiment.Run(rest);
        case "casualty":
            return CasualtyExperiment.Run(rest);
        case "rows":
            return RowTimes.Run(rest);
        case "corpus":
        {
            var c = Corpus.Load(rest.Required("--docs"), rest.OptionalDouble("--repeat-to-mb"));
            var outPath = rest.Required("-o");
            c.Write(outPath);
            Console.Error.WriteLine($"wrote {outPath}: {c.Docs.Length} docs, {c.Megabytes:0.00} MB of text");
            return 0;
        }

        case "gazetteer":
            Console.Write(GazetteerBenchmarks.RunQuick());
            return 0;
        case "generate":
        {
            var n = (int)(rest.OptionalDouble("--count") ?? 1000);
            var outPath = rest.Required("-o");
            new ReportGenerator((int)(rest.OptionalDouble("--seed") ?? 1)).WriteJsonl(outPath, n);
            Console.Error.WriteLine($"wrote {outPath}: {n} reports, {new FileInfo(outPath).Length / 1e6:0.0} MB");
            return 0;
        }

        case "geo-ceiling":
            return GeoCeiling.Run(rest);
        case "merge-explain":
        {
            // Why two extracted reports would or would not be one incident: --events EXTRACT.jsonl --a DOC --b DOC.
            var byDoc = File.ReadLines(rest.Required("--events")).Where(l => l.Trim().Length > 0)
                .Select(Sitrep.Core.Output.EventJsonReader.Parse).ToLookup(e => e.DocIds[0]);
            foreach (var a in byDoc[rest.Required("--a")])
            {
                foreach (var b in byDoc[rest.Required("--b")])
                {
                    Console.WriteLine($"{a.EventId} / {b.EventId}: {Sitrep.Core.Merging.MergePolicy.Decide(a, b).Explain()}");
                }
            }

            return 0;
        }
        case "bdn":
        {
            var bdnArgs = args[1..].ToList();
            if (bdnArgs.Count > 0 && !bdnArgs[0].StartsWith('-')) bdnArgs.InsertRange(0, ["--filter"]);
            if (!bdnArgs.Contains("--filter") && !bdnArgs.Contains("-f")) bdnArgs.AddRange(["--filter", "*"]);
            var config = DefaultConfig.Instance;
            if (!bdnArgs.Contains("--job") && !bdnArgs.Contains("-j"))
            {
                // Short job by default so the whole suite finishes in a few minutes.
                config = config.AddJob(Job.ShortRun.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).AsDefault());
            }

            BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run([.. bdnArgs], config);
            return 0;
        }

        default:
            Console.Error.WriteLine($"unknown command '{args[0]}'");
            Console.Error.WriteLine(Usage);
            return 1;
    }
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(Usage);
    return 1;
}
