using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Sitrep.Storage;

namespace Sitrep.Cli.Commands;

/// <summary>Stores batches on a thread of its own, in the order they are posted, while the caller extracts the next ones.</summary>
/// <remarks>
/// Each batch is still one <see cref="EventStore.Ingest"/> transaction, and batches are stored strictly in order, so
/// what is stored (event ids, merges) does not depend on thread timing. At most <c>capacity</c> batches wait, which
/// bounds memory and makes a fast extractor wait for a slow store.
/// </remarks>
internal sealed class BatchWriter
{
    private readonly Channel<IReadOnlyList<ProcessedDocument>> _channel;
    private readonly Thread _thread;
    private ExceptionDispatchInfo? _failure;

    public BatchWriter(EventStore store, int capacity = 2)
    {
        _channel = Channel.CreateBounded<IReadOnlyList<ProcessedDocument>>(new BoundedChannelOptions(capacity) { SingleReader = true, SingleWriter = true });
        _thread = new Thread(() => Loop(store)) { IsBackground = true, Name = "sitrep-store-writer" };
        _thread.Start();
    }

    /// <summary>What the stored batches changed so far (complete after <see cref="Finish"/>).</summary>
    public IngestOutcome Outcome { get; private set; } = IngestOutcome.Empty;

    /// <summary>Queues a batch, waiting while the queue is full; throws the store's error if writing has failed.</summary>
    public void Post(IReadOnlyList<ProcessedDocument> batch)
    {
        try
        {
            _channel.Writer.WriteAsync(batch).AsTask().GetAwaiter().GetResult();
        }
        catch (ChannelClosedException)
        {
            _thread.Join();
            _failure?.Throw();
            throw;
        }
    }

    /// <summary>Waits until every posted batch is stored; throws the store's error if one failed.</summary>
    public IngestOutcome Finish()
    {
        _channel.Writer.TryComplete();
        _thread.Join();
        _failure?.Throw();
        return Outcome;
    }

    private void Loop(EventStore store)
    {
        try
        {
            var reader = _channel.Reader;
            while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
            {
                while (reader.TryRead(out var batch)) Outcome += store.Ingest(batch);
            }
        }
        catch (Exception e)
        {
            // The extractor learns of it at its next Post or at Finish; nothing after the failed batch is stored.
            _failure = ExceptionDispatchInfo.Capture(e);
            _channel.Writer.TryComplete(e);
        }
    }
}
