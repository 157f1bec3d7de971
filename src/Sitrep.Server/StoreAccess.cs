using System.Collections.Concurrent;
using Sitrep.Storage;

namespace Sitrep.Server;

/// <summary>Shares one store between concurrent requests: a pool of read connections and one writer behind a lock.</summary>
/// <remarks>An <see cref="EventStore"/> owns one connection and is not thread-safe; SQLite in WAL mode lets the readers run while the writer ingests.</remarks>
public sealed class StoreAccess : IDisposable
{
    private readonly ConcurrentBag<EventStore> _readers = [];
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly EventStore _writer;
    private readonly int _keep;

    /// <summary>Opens (creating and migrating if needed) the store, failing at once when it cannot be opened.</summary>
    public StoreAccess(StoreTarget target)
    {
        Target = target;
        _writer = EventStore.Open(target);
        _keep = Math.Max(4, Environment.ProcessorCount * 4);
    }

    /// <summary>Where the store lives.</summary>
    public StoreTarget Target { get; }

    /// <summary>Runs a read on a pooled connection.</summary>
    public T Read<T>(Func<EventStore, T> read)
    {
        var store = _readers.TryTake(out var s) ? s : EventStore.Open(Target);
        var healthy = false;
        try
        {
            var result = read(store);
            healthy = true;
            return result;
        }
        finally
        {
            // A connection that failed mid-read is dropped rather than handed to the next request in an unknown state.
            if (healthy && _readers.Count < _keep) _readers.Add(store);
            else store.Dispose();
        }
    }

    /// <summary>Runs a write on the single writer, one at a time.</summary>
    public async Task<T> WriteAsync<T>(Func<EventStore, T> write, CancellationToken cancel)
    {
        await _writeLock.WaitAsync(cancel);
        try
        {
            return write(_writer);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public void Dispose()
    {
        _writer.Dispose();
        while (_readers.TryTake(out var s)) s.Dispose();
        _writeLock.Dispose();
    }
}
