using System.Buffers;
using System.Text;

namespace Sitrep.Core.Geocoding;

/// <summary>Distinct UTF-8 strings in flat arrays, with an optional precomputed open-addressing hash table over them.</summary>
/// <remarks>
/// The table is part of the gazetteer index file, so a load wraps three arrays instead of inserting millions of strings
/// into a Dictionary; a probe hashes the query's UTF-8 bytes and compares bytes, allocating nothing. The hash is a fixed
/// FNV-1a (not string.GetHashCode, which is randomised per process) because it is written to disk.
/// </remarks>
internal sealed class KeyTable
{
    // Decoded strings, in chunks made on first touch: the string table of the bundled index is large and a report reads
    // a few hundred of its strings, so one array for all of them cost megabytes to clear at every start.
    private const int CacheChunk = 1024;
    private string?[]?[]? _cache;

    public KeyTable(IndexArray<byte> bytes, IndexArray<int> offsets, IndexArray<int> slots)
    {
        Bytes = bytes;
        Offsets = offsets;
        Slots = slots;
    }

    /// <summary>The strings' UTF-8 bytes, back to back.</summary>
    public IndexArray<byte> Bytes { get; }

    /// <summary>Start of each string in <see cref="Bytes"/>, plus the end of the last one.</summary>
    public IndexArray<int> Offsets { get; }

    /// <summary>Hash slots (a power of two, or empty when the table is only a string pool): 0 empty, else string index + 1.</summary>
    public IndexArray<int> Slots { get; }

    public int Count => Offsets.Length - 1;

    /// <summary>Builds a table over <paramref name="strings"/> (which must be distinct) in their order; with <paramref name="hashed"/> also the hash slots.</summary>
    public static KeyTable Create(IReadOnlyList<string> strings, bool hashed = true)
    {
        var offsets = new int[strings.Count + 1];
        var total = 0L;
        for (var i = 0; i < strings.Count; i++)
        {
            offsets[i] = (int)total;
            total += Encoding.UTF8.GetByteCount(strings[i]);
        }

        if (total > int.MaxValue) throw new InvalidOperationException("Gazetteer string table over 2 GB.");
        offsets[strings.Count] = (int)total;
        var bytes = new byte[total];
        for (var i = 0; i < strings.Count; i++) Encoding.UTF8.GetBytes(strings[i], bytes.AsSpan(offsets[i]));
        if (!hashed) return new KeyTable(bytes, offsets, Array.Empty<int>());

        // Load factor at most one half keeps linear probes short even for unlucky clusters.
        var size = 16;
        while (size < strings.Count * 2L) size *= 2;
        var slots = new int[size];
        for (var i = 0; i < strings.Count; i++)
        {
            var s = (int)Hash(bytes.AsSpan(offsets[i], offsets[i + 1] - offsets[i])) & (size - 1);
            while (slots[s] != 0) s = (s + 1) & (size - 1);
            slots[s] = i + 1;
        }

        return new KeyTable(bytes, offsets, slots);
    }

    /// <summary>Index of <paramref name="key"/>, or -1.</summary>
    public int Find(ReadOnlySpan<char> key)
    {
        if (Slots.Length == 0) throw new InvalidOperationException("Not a hashed table.");
        byte[]? rented = null;
        var max = Encoding.UTF8.GetMaxByteCount(key.Length);
        Span<byte> buf = max <= 512 ? stackalloc byte[max] : (rented = ArrayPool<byte>.Shared.Rent(max));
        try
        {
            var utf8 = buf[..Encoding.UTF8.GetBytes(key, buf)];
            var mask = Slots.Length - 1;
            for (var s = (int)Hash(utf8) & mask; ; s = (s + 1) & mask)
            {
                var v = Slots[s];
                if (v == 0) return -1;
                var i = v - 1;
                if (utf8.SequenceEqual(Bytes.Slice(Offsets[i], Offsets[i + 1] - Offsets[i]))) return i;
            }
        }
        finally
        {
            if (rented is not null) ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>The string at <paramref name="index"/>, decoded once and then shared.</summary>
    public string this[int index]
    {
        get
        {
            var chunks = _cache ??= new string?[]?[(Count + CacheChunk - 1) / CacheChunk];
            var chunk = chunks[index / CacheChunk] ??= new string?[CacheChunk];
            return chunk[index % CacheChunk] ??= Encoding.UTF8.GetString(Bytes.Slice(Offsets[index], Offsets[index + 1] - Offsets[index]));
        }
    }

    /// <summary>The string at <paramref name="index"/>, decoded without caching (for one-off passes over many strings).</summary>
    public string Decode(int index) => Encoding.UTF8.GetString(Bytes.Slice(Offsets[index], Offsets[index + 1] - Offsets[index]));

    /// <summary>FNV-1a over bytes with the high half folded in; also the stamps and content ids of index files (not a security hash).</summary>
    internal static ulong Hash(ReadOnlySpan<byte> s)
    {
        var h = 14695981039346656037UL;
        foreach (var b in s) h = (h ^ b) * 1099511628211UL;
        // FNV's low bits mix poorly; fold the high half in before masking.
        return h ^ (h >> 32);
    }
}
