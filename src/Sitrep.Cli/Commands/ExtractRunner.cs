using System.Diagnostics;
using Sitrep.Core.Documents;
using Sitrep.Core.Pipeline;
using Sitrep.Core.Resolution;

namespace Sitrep.Cli.Commands;

/// <summary>Runs the pipeline over documents on all cores, keeping input order, and hands each document's events on whole.</summary>
public static class ExtractRunner
{
    /// <summary>Processes <paramref name="documents"/>; <paramref name="onDocument"/> sees each document's events in input order.</summary>
    /// <returns>The problems met (bad documents), in order.</returns>
    public static List<DocumentProblem> Run(SitrepPipeline pipeline, IEnumerable<DocumentResult> documents, Action<Document, IReadOnlyList<ResolvedEvent>> onDocument,
        Action<DocumentProblem> onProblem, bool failFast, int threads, Action<int>? progress = null, CancellationToken cancel = default,
        Action<Document, double>? within = null) =>
        Run(d => pipeline.Process(d, default, within is null ? null : share => within(d, share)), documents, onDocument, onProblem, failFast, threads, progress, cancel);

    /// <summary>Runs <paramref name="process"/> over documents on all cores; <paramref name="onDocument"/> sees the results in input order, on the calling thread.</summary>
    public static List<DocumentProblem> Run<T>(Func<Document, T> process, IEnumerable<DocumentResult> documents, Action<Document, T> onDocument,
        Action<DocumentProblem> onProblem, bool failFast, int threads, Action<int>? progress = null, CancellationToken cancel = default, Action? afterBatch = null,
        int batchSize = 512)
        where T : class
    {
        var problems = new List<DocumentProblem>();
        var batch = new List<DocumentResult>(batchSize);
        var done = 0;
        var stop = false;

        void Flush()
        {
            var results = new T?[batch.Count];
            var failures = new string?[batch.Count];
            // The batch in hand is finished even when a stop is asked: its documents are then whole or not begun.
            Parallel.For(0, batch.Count, new ParallelOptions { MaxDegreeOfParallelism = threads }, i =>
            {
                if (batch[i].Document is not { } d) return;
                try
                {
                    results[i] = process(d);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    // A document that breaks a stage is reported, not allowed to stop the run.
                    failures[i] = $"internal error while extracting: {e.GetType().Name}: {e.Message}";
                }
            });
            for (var i = 0; i < batch.Count && !stop; i++)
            {
                var p = batch[i].Problem ?? (failures[i] is { } f ? new DocumentProblem(batch[i].Document!.Id, null, f) : null);
                if (p is not null)
                {
                    problems.Add(p);
                    onProblem(p);
                    if (failFast) stop = true;
                    continue;
                }
                onDocument(batch[i].Document!, results[i]!);
            }
            afterBatch?.Invoke();
            done += batch.Count;
            progress?.Invoke(done);
            batch.Clear();
        }

        foreach (var r in documents)
        {
            if (stop || cancel.IsCancellationRequested) break;
            // Fail fast means the first bad document stops the run before anything after it is read.
            if (failFast && r.Problem is not null)
            {
                Flush();
                if (stop) break;
                problems.Add(r.Problem);
                onProblem(r.Problem);
                stop = true;
                break;
            }
            batch.Add(r);
            if (batch.Count == batchSize) Flush();
        }
        if (!stop && !cancel.IsCancellationRequested && batch.Count > 0) Flush();
        return problems;
    }
}
