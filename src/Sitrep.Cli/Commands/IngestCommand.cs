using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Core.Annotation;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep ingest`: reports in, events merged into the store.</summary>
public static class IngestCommand
{
    /// <summary>Shared by the commands that open the store.</summary>
    internal static Option<string?> DbOption() => new("--db")
    {
        Description = "The store: a SQLite file path (default $SITREP_DB, else $SITREP_HOME/sitrep.db, else ~/.sitrep/sitrep.db) or a PostgreSQL URL (postgres://user:pw@host/db).",
    };

    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var input = new Argument<string[]>("input")
        {
            Description = "Files (text, HTML, PDF, RSS/Atom feeds), directories (read recursively), .jsonl batches of {\"id\",\"published\",\"source\",\"url\",\"text\"}, .csv batches with a header naming a text column (and optionally id, published, source, url), http(s) URLs, or - for standard input.",
            Arity = ArgumentArity.OneOrMore,
        };
        var db = DbOption();
        var published = new PublishedOptions("Publication date (YYYY-MM-DD) for every document, when they do not state one.");
        var threads = new Option<int>("--threads") { Description = "Extraction threads (default: all cores); one thread writes.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var maxMb = new Option<int>("--max-doc-mb") { Description = "Largest document accepted, in MB.", DefaultValueFactory = _ => 32 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "No progress bar or summary on standard error." };
        var follow = new Option<bool>("--follow") { Description = "For feeds fetched from a URL, fetch each item's page and ingest that instead of the item's summary." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each URL.", DefaultValueFactory = _ => 30 };
        var batch = new Option<int>("--batch") { Description = "Documents per transaction.", DefaultValueFactory = _ => 256 };
        var noMerge = new Option<bool>("--no-merge") { Description = "Keep one event per report: never join a report to an incident another report told." };

        var cmd = new Command("ingest", """
            Extract events from reports and store them, merging reports of the same incident.

            Each batch of documents is stored in one transaction. A document is its id (or URL), its
            publication date and the SHA-256 of its text: ingesting the same file again adds nothing, and
            a run that is killed can simply be run again: nothing is lost and nothing duplicated. The
            same text under another id or date is stored as a reprint of the first, and its events go
            through the normal merge.

            Reports join one incident only on positive evidence: the same specific place (never two
            fallbacks to a province), dates both reports' precision allow, the same event type, and a
            shared actor or no conflicting one, checked against every report already in the incident.
            `sitrep events show ID` says why each report joined; `sitrep events split ID` undoes it;
            --no-merge keeps one event per report.

            Examples:
              sitrep ingest samples/                          into ~/.sitrep/sitrep.db
              sitrep ingest https://example.org/feed.xml --follow   a feed, each item's page fetched
              sitrep ingest feed-dump/ --db events.db         into a SQLite file of your choice
              SITREP_DB=postgres://sitrep@localhost/sitrep sitrep ingest docs.jsonl

            Exit codes: 0 all documents stored; 1 bad usage; 2 some documents could not be read
            (each named on stderr, the rest stored); 3 the store could not be opened or written.
            """)
        {
            input, db, threads, maxMb, quiet, batch, follow, timeout, noMerge,
        };
        published.AddTo(cmd);
        var encoding = new EncodingOption();
        cmd.Options.Add(encoding.Option);
        cmd.SetAction(parse =>
        {
            if (!published.TryRead(parse, TimeProvider.System, out var pub, out var forced, out var window)) return ExitCodes.Usage;
            if (!encoding.TryRead(parse, out var enc)) return ExitCodes.Usage;
            return Run(parse.GetValue(input)!, parse.GetValue(db), pub, forced, window, enc, Math.Max(1, parse.GetValue(threads)), parse.GetValue(maxMb), parse.GetValue(quiet),
                Math.Clamp(parse.GetValue(batch), 1, 100_000), parse.GetValue(follow), Math.Max(1, parse.GetValue(timeout)), !parse.GetValue(noMerge));
        });
        return cmd;
    }

    private static int Run(string[] inputs, string? db, DateOnly? published, DateOnly? forced, PublishedWindow window, System.Text.Encoding? encoding, int threads, int maxMb, bool quiet, int batchSize, bool follow, int timeoutSeconds, bool merge)
    {
        // Listening from the first line: a stop asked while the store or the pipeline is being opened is honoured too.
        using var interrupt = new Interrupt();
        EventStore? store = null;
        EventStore lookup;
        try
        {
            var target = StoreTarget.Parse(SitrepHome.Db(db), SitrepHome.Directory());
            store = EventStore.Open(target);
            store.MergeReports = merge;
            // The writer thread owns the first connection; the check for known content runs beside it on its own.
            lookup = EventStore.Open(target);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            store?.Dispose();
            Console.Error.WriteLine($"sitrep: cannot open the store {db ?? "(default)"}: {e.Message}");
            return ExitCodes.Fatal;
        }

        using (store)
        using (lookup)
        {
            var pipeline = CliPipeline.For(inputs);
            var sources = new DocumentSources(published, maxMb * 1024L * 1024L)
            {
                Window = window,
                PublishedOverride = forced,
                Encoding = encoding,
                Warn = m => Console.Error.WriteLine($"sitrep: warning: {m}"),
                FollowLinks = follow,
                Fetcher = new UrlFetcher(TimeSpan.FromSeconds(timeoutSeconds)),
            };
            var progress = new ProgressLine(!quiet && !Console.IsErrorRedirected, DocumentSources.EstimateCount(inputs));
            var pending = new List<ProcessedDocument>();
            var outcome = IngestOutcome.Empty;
            var skipped = 0;

            // A document already stored is skipped before extraction, so a rerun after a crash costs little. One in a
            // batch not yet committed is not seen here; the store skips it by its identity when the batch is written.
            var fresh = sources.Read(inputs).Where(r =>
            {
                if (r.Document is not { } d || !lookup.HasDocument(d, ProcessedDocument.HashOf(d.Text))) return true;
                skipped++;
                return false;
            });

            List<DocumentProblem> problems;
            // Extraction of the next batches goes on while one thread stores the last, in input order.
            var writer = new BatchWriter(store);
            try
            {
                try
                {
                    problems = ExtractRunner.Run(
                        d =>
                        {
                            var (annotations, events) = pipeline.ProcessWithAnnotations(d, default, share => progress.ReportWithin(d, share));
                            return new ProcessedDocument(d, ProcessedDocument.HashOf(d.Text), AnnotationSpan.Flatten(annotations), events, d.Title);
                        },
                        fresh,
                        (_, processed) => pending.Add(processed),
                        p => Console.Error.WriteLine($"sitrep: error: {p}"),
                        failFast: false,
                        threads,
                        done => progress.Report(done + skipped),
                        afterBatch: () =>
                        {
                            // One transaction per batch: all of it or none of it survives a crash.
                            if (pending.Count > 0) writer.Post(pending);
                            pending = new List<ProcessedDocument>();
                        },
                        cancel: interrupt.Token,
                        batchSize: batchSize);
                }
                finally
                {
                    // Whatever stopped extraction, the batches already handed over are stored (or their error raised) before leaving.
                    outcome = writer.Finish();
                }
            }
            catch (Exception e) when (e is System.Data.Common.DbException or IOException)
            {
                progress.Done();
                Console.Error.WriteLine($"sitrep: cannot write to the store {store.Target.Display}: {e.Message}");
                return ExitCodes.Fatal;
            }

            progress.Done();
            if (interrupt.Requested)
            {
                Console.Error.WriteLine(
                    $"sitrep: interrupted; {outcome.DocumentsAdded} documents stored in whole batches, the batch in progress was not; " +
                    "run the same command again to go on (stored documents are skipped)");
                return ExitCodes.Interrupted;
            }

            if (!quiet)
            {
                Console.Error.WriteLine(
                    $"sitrep: {outcome.DocumentsAdded} documents stored, {skipped + outcome.DocumentsAlreadyStored} already stored, " +
                    $"{outcome.ReportEvents} events reported: {outcome.EventsCreated} new incidents, {outcome.EventsMerged} merged into known ones; " +
                    $"{problems.Count} documents with errors; store {store.Target.Display}");
            }

            return problems.Count > 0 ? ExitCodes.SomeDocumentsFailed : ExitCodes.Ok;
        }
    }
}
