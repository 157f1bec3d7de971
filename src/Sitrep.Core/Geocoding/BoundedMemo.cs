using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;

namespace Sitrep.Core.Geocoding;

/// <summary>A thread-safe memo that stops growing at a bound, so a stream of millions of distinct names cannot exhaust memory.</summary>
/// <remarks>
/// The size is tracked with its own counter: ConcurrentDictionary.Count takes every lock of the table, and asking it on
/// each miss made a cold gazetteer load spend seconds in lock traffic.
/// </remarks>
internal sealed class BoundedMemo<TKey, TValue>(int capacity, IEqualityComparer<TKey>? comparer = null)
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, TValue> _map = new(comparer);
    private int _count;

    /// <summary>The memoised value of <paramref name="key"/>, computing and (while under the bound) storing it on a miss.</summary>
    public TValue Get(TKey key, Func<TKey, TValue> compute)
    {
        if (_map.TryGetValue(key, out var value)) return value;
        value = compute(key);
        if (Volatile.Read(ref _count) < capacity && _map.TryAdd(key, value)) Interlocked.Increment(ref _count);
        return value;
    }

    /// <summary>The memoised value of <paramref name="key"/>, if there is one.</summary>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value) => _map.TryGetValue(key, out value);

    /// <summary>Stores <paramref name="value"/> for <paramref name="key"/> while under the bound (for memos whose value is
    /// made with more than the key, where <see cref="Get"/> would need a closure).</summary>
    public void TryAdd(TKey key, TValue value)
    {
        if (Volatile.Read(ref _count) < capacity && _map.TryAdd(key, value)) Interlocked.Increment(ref _count);
    }
}
