using System.CommandLine;
using System.Text;
using System.Text.Json;
using Sitrep.Cli.Input;
using Sitrep.Core.Evaluation;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep eval`: run the pipeline on documents and score the events against human coding, as score.py does.</summary>
public static class EvalCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var docs = new Option<string>("--docs") { Description = "Documents to extract from (JSONL: id, published, source, text).", Required = true };
        var gold = new Option<string>("--gold") { Description = "ACLED-style CSV of human-coded events, one row per document id (event_id_cnty).", Required = true };
        var json = new Option<bool>("--json") { Description = "Print the metrics as JSON (the same structure as score.py --json) instead of the text report." };
        var predOut = new Option<string?>("--pred-out") { Description = "Also write the extracted events (JSONL) to FILE, e.g. to re-score with score.py." };
        var mins = new Option<string[]>("--min") { Description = "KEY=VALUE: exit 1 when a metric is below VALUE (repeatable).", AllowMultipleArgumentsPerToken = false };
        var maxes = new Option<string[]>("--max") { Description = "KEY=VALUE: exit 1 when a metric is above VALUE (repeatable)." };
        var limit = new Option<int?>("--limit") { Description = "Score only the first N gold rows." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var cmd = new Command("eval", """
            Extract events from --docs and score them against --gold with the same metrics as ../shared/eval/score.py.

            Example:
              sitrep eval --docs ../shared/eval/acled-syria-dev/docs.jsonl --gold ../shared/eval/acled-syria-dev/gold.csv
              sitrep eval --docs d.jsonl --gold g.csv --json --min coverage=98 --min event_date=95
              sitrep eval --docs d.jsonl --gold g.csv --max country_outside=0.5 --max country_missing=1

            Besides score.py's metrics it reports country_outside and country_missing: the percent of events in
            another country than their gold row, and with no country (thresholds may use them too).

            Exit codes: 0 scored (thresholds met); 1 a threshold failed; 2 bad input.
            """)
        { docs, gold, json, predOut, mins, maxes, limit, threads };
        cmd.SetAction(parse =>
        {
            try
            {
                string[] countryKeys = [CountryAgreement.OutsideKey, CountryAgreement.MissingKey];
                var minList = (parse.GetValue(mins) ?? []).Select(t => Threshold.Parse(t, countryKeys)).ToList();
                var maxList = (parse.GetValue(maxes) ?? []).Select(t => Threshold.Parse(t, countryKeys)).ToList();
                var goldPath = parse.GetValue(gold)!;
                var goldSet = GoldReader.ReadFile(goldPath, parse.GetValue(limit));
                var pipeline = SitrepPipeline.CreateDefault(sitrepHome: SitrepHome.Directory());
                var lines = new List<string>();
                var problems = ExtractRunner.Run(pipeline, new DocumentSources(null).Read([parse.GetValue(docs)!]),
                    (_, evs) => lines.AddRange(evs.Select(EventJsonWriter.ToJson)),
                    p => Console.Error.WriteLine($"sitrep: error: {p}"), false, Math.Max(1, parse.GetValue(threads)));
                var predPath = parse.GetValue(predOut);
                if (predPath is not null) File.WriteAllText(predPath, string.Join('\n', lines) + "\n", new UTF8Encoding(false));
                var parsed = lines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
                var predictions = PredictionReader.FromJson(parsed);
                var report = Scorer.Score(goldSet, predictions);
                var countries = CountryAgreement.Measure(goldSet, parsed);
                // Thresholds may name score.py's metrics or the country figures; the JSON stays score.py's own.
                var metrics = report.Metrics.Concat(countries.Metrics()).ToDictionary(kv => kv.Key, kv => kv.Value);
                var thresholds = ThresholdChecker.CheckThresholds(metrics, minList, maxList);
                var inputs = new ScoreInputs(goldPath, predPath ?? "(in memory)", parse.GetValue(limit));
                Console.WriteLine(parse.GetValue(json) ? ScoreReportFormatter.ToJson(report, inputs, thresholds)
                    : ScoreReportFormatter.Format(report, goldPath, predPath ?? "(in memory)") + "\n\n" + countries.Format());
                if (problems.Count > 0) Console.Error.WriteLine($"sitrep: {problems.Count} documents could not be read (counted as missed)");
                if (!thresholds.Passed)
                {
                    Console.Error.WriteLine("\nTHRESHOLDS FAILED:");
                    foreach (var f in thresholds.Failures) Console.Error.WriteLine($"  {f}");
                    return ExitCodes.Usage;
                }
                return problems.Count > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
            }
            catch (Exception e) when (e is ScoreInputException or IOException or FormatException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"sitrep: error: {e.Message}");
                return ExitCodes.SomeDocumentsFailed;
            }
        });
        return cmd;
    }
}
