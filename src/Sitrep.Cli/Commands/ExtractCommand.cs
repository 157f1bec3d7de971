using System.CommandLine;
using System.Text;
using Sitrep.Cli.Input;
using Sitrep.Core.Documents;
using Sitrep.Core.Output;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Resolution;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep extract`: reports in, ACLED-schema events out.</summary>
public static class ExtractCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var input = new Argument<string[]>("input")
        {
            Description = "Files, directories (read recursively), .jsonl batches of {\"id\",\"published\",\"source\",\"url\",\"text\"}, .csv batches with a header naming a text column (and optionally id, published, source, url), or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var published = new PublishedOptions("Publication date (YYYY-MM-DD) for documents that state none; relative dates (\"yesterday\", \"on Monday\") resolve against it. A date the document states (JSONL or CSV field, X.meta.json, page metadata, dateline) wins; --published-override beats both.");
        var format = new Option<string>("--format", "-f") { Description = "jsonl (every field, evidence and claims), csv (ACLED's export columns), table (a summary fitted to the terminal; tab-separated when piped) or tsv.", DefaultValueFactory = _ => "jsonl" };
        format.AcceptOnlyFromAmong("jsonl", "csv", "table", "tsv");
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (replaced whole when the run ends) instead of standard output." };
        var failFast = new Option<bool>("--fail-fast") { Description = "Stop at the first document that cannot be read (exit 2)." };
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxMb = new Option<int>("--max-doc-mb") { Description = "Largest document accepted, in MB.", DefaultValueFactory = _ => 32 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar or summary on standard error." };

        var cmd = new Command("extract", """
            Extract ACLED-schema events from conflict reports.

            Examples:
              sitrep extract samples/                              every sample report, JSONL to stdout
              sitrep extract report.txt --published 2020-05-28     one report, relative dates against that day
              sitrep extract docs.jsonl --format csv -o events.csv ACLED-compatible CSV
              cat report.txt | sitrep extract - --format table     a quick look in the terminal

            Exit codes: 0 all documents processed; 1 bad usage; 2 some documents could not be read
            (each named on stderr, the rest processed); 3 the run could not go on.
            """)
        {
            input, format, output, failFast, threads, maxMb, quiet,
        };
        published.AddTo(cmd);
        var encoding = new EncodingOption();
        cmd.Options.Add(encoding.Option);
        cmd.SetAction(parse =>
        {
            if (!published.TryRead(parse, TimeProvider.System, out var pub, out var forced, out var window)) return ExitCodes.Usage;
            if (!encoding.TryRead(parse, out var enc)) return ExitCodes.Usage;
            return Run(parse.GetValue(input)!, pub, forced, window, enc, parse.GetValue(format)!, parse.GetValue(output), parse.GetValue(failFast),
                Math.Max(1, parse.GetValue(threads)), parse.GetValue(maxMb), parse.GetValue(quiet));
        });
        return cmd;
    }

    private static int Run(string[] inputs, DateOnly? published, DateOnly? forced, PublishedWindow window, Encoding? encoding, string format, string? output, bool failFast, int threads, int maxMb, bool quiet)
    {
        // Listening from the first line: a stop asked while the store or the pipeline is being opened is honoured too.
        using var interrupt = new Interrupt();
        var pipeline = CliPipeline.For(inputs);
        var sources = new DocumentSources(published, maxMb * 1024L * 1024L) { Window = window, PublishedOverride = forced, Encoding = encoding, Warn = m => Console.Error.WriteLine($"sitrep: warning: {m}") };
        TextWriter writer;
        string? tempPath = null;
        try
        {
            if (output is null) writer = new StreamWriter(Console.OpenStandardOutput(), new UTF8Encoding(false)) { AutoFlush = false };
            else
            {
                // Written beside the target and renamed at the end, so the file is never half-written.
                tempPath = Output.OutputPath.TemporaryFor(output);
                writer = new StreamWriter(tempPath ?? output, false, new UTF8Encoding(false));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: cannot write {output}: {e.Message}");
            return ExitCodes.Fatal;
        }

        var table = format is "table" or "tsv" ? new List<ResolvedEvent>() : null;
        if (format == "csv") writer.WriteLine(AcledCsvWriter.Header);
        var docs = 0;
        var events = 0;
        // Progress goes to a terminal only: scripts reading stderr get the errors and the summary, not a ticker.
        var progress = new ProgressLine(!quiet && !Console.IsErrorRedirected);
        var undated = new List<string>();
        var sb = new StringBuilder();
        var problems = ExtractRunner.Run(pipeline, sources.Read(inputs), (doc, evs) =>
        {
            docs++;
            events += evs.Count;
            if (doc.Published is null) undated.Add(doc.Id);
            if (table is not null) { table.AddRange(evs); return; }
            sb.Clear();
            foreach (var e in evs) sb.Append(format == "csv" ? AcledCsvWriter.ToLine(e) : EventJsonWriter.ToJson(e)).Append('\n');
            // One write per document: a reader of the stream never sees half a document's events.
            writer.Write(sb.ToString());
            if (output is null) writer.Flush();
        }, p => Console.Error.WriteLine($"sitrep: error: {p}"), failFast, threads, progress.Report, interrupt.Token, progress.ReportWithin);
        progress.Done();
        if (interrupt.Requested)
        {
            // Stopped on request: a file output is not left half-written, and standard output holds whole documents only.
            writer.Dispose();
            if (tempPath is not null) File.Delete(tempPath);
            Console.Error.WriteLine(output is null
                ? $"sitrep: interrupted after {docs} documents ({events} events written)"
                : $"sitrep: interrupted after {docs} documents; {output} was not written");
            return ExitCodes.Interrupted;
        }

        foreach (var id in undated.Take(20))
            Console.Error.WriteLine($"sitrep: warning: {id}: no publication date (none given, none in the document); dates that need one are coded with time_precision 3");
        if (undated.Count > 20) Console.Error.WriteLine($"sitrep: warning: ... and {undated.Count - 20} more documents without a publication date");

        if (table is not null) WriteTable(table, format == "tsv");
        try
        {
            writer.Flush();
            writer.Dispose();
            if (tempPath is not null) File.Move(tempPath, output!, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"sitrep: cannot write {output}: {e.Message}");
            if (tempPath is not null) File.Delete(tempPath);
            return ExitCodes.Fatal;
        }
        if (!quiet) Console.Error.WriteLine($"sitrep: {docs} documents, {events} events, {problems.Count} documents with errors");
        return problems.Count > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
    }

    private static void WriteTable(List<ResolvedEvent> events, bool tsv)
    {
        var c = System.Globalization.CultureInfo.InvariantCulture;
        var rows = events.Select(e => (IReadOnlyList<string>)
        [
            $"{e.EventDate} ({e.TimePrecision})", $"{e.EventType} / {e.SubEventType}",
            e.Actor1 + (e.AssocActor1.Length > 0 ? $" + {e.AssocActor1}" : ""),
            e.Actor2 + (e.AssocActor2.Length > 0 ? $" + {e.AssocActor2}" : ""),
            $"{e.Location} {(e.Admin1.Length > 0 ? "(" + e.Admin1 + ")" : "")} p{e.GeoPrecision}",
            e.Fatalities.ToString(c), e.Claims.Count.ToString(c),
        ]);
        Output.TableOutput.Write(["date", "type / sub-type", "actor1", "actor2", "location", "fat.", "claims"], rows, tsv, "date");
    }
}
