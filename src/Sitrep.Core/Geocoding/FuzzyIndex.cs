using System.Runtime.CompilerServices;

namespace Sitrep.Core.Geocoding;

/// <summary>Finds keys within a small edit distance of a query through a SymSpell-style deletion index, without scanning all keys.</summary>
/// <remarks>
/// Every key is stored under the hash of itself and of each single-character deletion. A query looks up the
/// hashes of itself and its deletions up to the distance asked for, and each candidate is verified with a
/// bounded Damerau-Levenshtein distance. With one deletion on the index side and up to two on the query side,
/// every key at distance 1 is found, and at distance 2 those reached by insertions, a deletion or transposition
/// plus an edit; two substitutions in one name are left to the key normaliser, which already absorbs most
/// vowel and consonant spelling variation. Storing hashes (not strings) keeps the index near 14 bytes a delete.
/// </remarks>
internal sealed class FuzzyIndex
{
    private readonly string[] _keys;
    private readonly int[] _source;

    // The hashes grouped by bucket (a few high bits of the mixed hash), each bucket in the order the hashes were made:
    // a probe reads one bucket, and the equal hashes in it come in key order, as a sort by hash would put them.
    private readonly ulong[] _hashes;
    private readonly int[] _keyIds;
    private readonly int[] _bucketStart;
    private readonly int _shift;

    public FuzzyIndex(IEnumerable<string> keys)
    {
        var kept = new List<string>();
        var source = new List<int>();
        var i0 = 0;
        foreach (var k in keys)
        {
            if (k.Length >= 3)
            {
                kept.Add(k);
                source.Add(i0);
            }

            i0++;
        }

        _keys = kept.ToArray();
        _source = source.ToArray();
        (_hashes, _keyIds, _bucketStart, _shift) = Build(_keys);
    }

    /// <remarks>
    /// A country's index is built inside the first document that needs it (Syria's: hundreds of thousands of hashes), so
    /// it is compiled optimised at once rather than run as tier-0 code until on-stack replacement. One counting pass
    /// groups the hashes by bucket (it was a six-pass radix sort by the whole hash), and each deletion's hash continues
    /// the hash of the letters before it instead of starting over.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (ulong[] Hashes, int[] Ids, int[] BucketStart, int Shift) Build(string[] keys)
    {
        var total = 0;
        foreach (var k in keys) total += 1 + Deletions(k);
        var made = new ulong[total];
        var madeIds = new int[total];
        var n = 0;
        for (var id = 0; id < keys.Length; id++)
        {
            var k = keys[id];
            made[n] = Hash(k, -1, -1);
            madeIds[n++] = id;
            var prefix = OffsetBasis;
            for (var i = 0; i < k.Length; i++)
            {
                // A deletion that yields the same string as the previous one (doubled letters) adds nothing.
                if (i == 0 || k[i] != k[i - 1])
                {
                    var h = prefix;
                    for (var j = i + 1; j < k.Length; j++) h = (h ^ k[j]) * Prime;
                    made[n] = h;
                    madeIds[n++] = id;
                }

                prefix = (prefix ^ k[i]) * Prime;
            }
        }

        // About two hashes a bucket.
        var bits = 0;
        while (bits < 30 && (1 << bits) < total / 2) bits++;
        var shift = 64 - bits;
        var start = new int[(1 << bits) + 1];
        for (var i = 0; i < total; i++) start[Bucket(made[i], shift) + 1]++;
        for (var b = 1; b < start.Length; b++) start[b] += start[b - 1];
        var hashes = new ulong[total];
        var ids = new int[total];
        var next = new int[1 << bits];
        Array.Copy(start, next, next.Length);
        for (var i = 0; i < total; i++)
        {
            var at = next[Bucket(made[i], shift)]++;
            hashes[at] = made[i];
            ids[at] = madeIds[i];
        }

        return (hashes, ids, start, shift);
    }

    // Fibonacci hashing: the high bits of the product depend on every bit of the hash. A shift of 64 (one bucket) is
    // taken modulo 64 by the CPU, so it is special-cased.
    private static int Bucket(ulong h, int shift) => shift >= 64 ? 0 : (int)((h * 0x9E3779B97F4A7C15UL) >> shift);

    // The single-character deletions Hash is taken of: one per position, less those repeating the previous deletion.
    private static int Deletions(string k)
    {
        var count = 0;
        for (var i = 0; i < k.Length; i++)
        {
            if (i == 0 || k[i] != k[i - 1]) count++;
        }

        return count;
    }

    public int Count => _keys.Length;

    /// <summary>Edit distance allowed for a key of this length: none for short keys, where one edit makes another real name.</summary>
    /// <remarks>Keys are already skeletons, so two edits on a mid-length key often reach a different village.</remarks>
    public static int DefaultMaxDistance(int keyLength) => keyLength switch
    {
        < 5 => 0,
        < 10 => 1,
        _ => 2,
    };

    /// <summary>Keys within <paramref name="maxDistance"/> of <paramref name="key"/>, with their distance, nearest first.</summary>
    public List<(string Key, int Distance)> Search(string key, int maxDistance)
    {
        var found = SearchIndexes(key, maxDistance);
        var result = new List<(string, int)>(found.Count);
        foreach (var (i, d) in found) result.Add((_keys[Array.BinarySearch(_source, i)], d));
        return result;
    }

    /// <summary>
    /// Like <see cref="Search"/>, but each hit is the key's position in the sequence the index was built from. An index
    /// over a subset of the keys (one country's), in the same relative order, returns its hits in the same order as an
    /// index over all of them.
    /// </summary>
    public List<(int Index, int Distance)> SearchIndexes(string key, int maxDistance)
    {
        var found = new Dictionary<int, int>();
        if (key.Length == 0) return [];
        Probe(key, -1, -1, key, maxDistance, found);
        if (maxDistance >= 1)
        {
            for (var i = 0; i < key.Length; i++)
            {
                if (i > 0 && key[i] == key[i - 1]) continue;
                Probe(key, i, -1, key, maxDistance, found);
                if (maxDistance < 2) continue;
                for (var j = i + 1; j < key.Length; j++)
                {
                    if (j > i + 1 && key[j] == key[j - 1]) continue;
                    Probe(key, i, j, key, maxDistance, found);
                }
            }
        }

        // Nearest first, and in order of discovery within a distance (a stable sort): discovery follows the query's own
        // deletions and then key order, so an index over a subset of the keys finds its keys in the same order.
        var result = new List<(int, int)>(found.Count);
        for (var d = 0; d <= maxDistance; d++)
        {
            foreach (var (id, dist) in found)
            {
                if (dist == d) result.Add((_source[id], d));
            }
        }

        return result;
    }

    private void Probe(string s, int skip1, int skip2, string query, int maxDistance, Dictionary<int, int> found)
    {
        var h = Hash(s, skip1, skip2);
        var b = Bucket(h, _shift);
        for (var p = _bucketStart[b]; p < _bucketStart[b + 1]; p++)
        {
            if (_hashes[p] != h) continue;
            var id = _keyIds[p];
            if (found.ContainsKey(id)) continue;
            var d = Distance(query, _keys[id], maxDistance);
            if (d <= maxDistance) found[id] = d;
        }
    }

    /// <summary>FNV-1a over the string with up to two positions skipped, so deletions hash without being built.</summary>
    private static ulong Hash(string s, int skip1, int skip2)
    {
        var h = OffsetBasis;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip1 || i == skip2) continue;
            h = (h ^ s[i]) * Prime;
        }

        return h;
    }

    private const ulong OffsetBasis = 14695981039346656037UL;
    private const ulong Prime = 1099511628211UL;

    /// <summary>Optimal-string-alignment distance, giving up (returning max+1) once it must exceed <paramref name="max"/>.</summary>
    internal static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        if (a == b) return 0;
        var n = a.Length;
        var m = b.Length;
        Span<int> prev2 = stackalloc int[m + 1];
        Span<int> prev = stackalloc int[m + 1];
        Span<int> cur = stackalloc int[m + 1];
        for (var j = 0; j <= m; j++) prev[j] = j;
        for (var i = 1; i <= n; i++)
        {
            cur[0] = i;
            var rowMin = cur[0];
            for (var j = 1; j <= m; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var v = Math.Min(Math.Min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) v = Math.Min(v, prev2[j - 2] + 1);
                cur[j] = v;
                rowMin = Math.Min(rowMin, v);
            }

            if (rowMin > max) return max + 1;
            var t = prev2;
            prev2 = prev;
            prev = cur;
            cur = t;
        }

        return prev[m];
    }
}
