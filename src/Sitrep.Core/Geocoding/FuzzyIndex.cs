namespace Sitrep.Core.Geocoding;

/// <summary>Finds keys within a small edit distance of a query through a SymSpell-style deletion index, without scanning all keys.</summary>
/// <remarks>
/// Every key is stored under the hash of itself and of each single-character deletion. A query looks up the
/// hashes of itself and its deletions up to the distance asked for, and each candidate is verified with a
/// bounded Damerau-Levenshtein distance. With one deletion on the index side and up to two on the query side,
/// every key at distance 1 is found, and at distance 2 those reached by insertions, a deletion or transposition
/// plus an edit; two substitutions in one name are left to the key normaliser, which already absorbs most
/// vowel and consonant spelling variation. Storing hashes (not strings) keeps the index near 12 bytes a delete.
/// </remarks>
internal sealed class FuzzyIndex
{
    private readonly string[] _keys;
    private readonly int[] _source;
    private readonly ulong[] _hashes;
    private readonly int[] _keyIds;

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
        var total = 0;
        foreach (var k in _keys) total += 1 + Deletions(k);
        _hashes = new ulong[total];
        _keyIds = new int[total];
        var n = 0;
        for (var id = 0; id < _keys.Length; id++)
        {
            var k = _keys[id];
            _hashes[n] = Hash(k, -1, -1);
            _keyIds[n++] = id;
            for (var i = 0; i < k.Length; i++)
            {
                // A deletion that yields the same string as the previous one (doubled letters) adds nothing.
                if (i > 0 && k[i] == k[i - 1]) continue;
                _hashes[n] = Hash(k, i, -1);
                _keyIds[n++] = id;
            }
        }

        // Keys sharing a hash stay in key order (the ids go in ascending and the sort is stable), so that hits come in
        // an order fixed by the keys alone.
        SortByHash(_hashes, _keyIds);
    }

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

    /// <summary>Sorts <paramref name="hashes"/> ascending, carrying <paramref name="ids"/> along; stable, so equal hashes
    /// keep their ids' order.</summary>
    /// <remarks>
    /// A least-significant-digit radix sort, six passes of 11 bits. It is ordinary code of this assembly, so a ReadyToRun
    /// build runs it precompiled: <c>Array.Sort(ulong[], int[])</c> is a generic instantiation the framework's image does
    /// not hold, and a country's index (hundreds of thousands of hashes) was sorted by tier-0 code inside the first
    /// document that needed it. Being stable it also makes the former second pass (sorting each run of equal hashes by
    /// id) unnecessary.
    /// </remarks>
    internal static void SortByHash(ulong[] hashes, int[] ids)
    {
        const int Bits = 11;
        const int Mask = (1 << Bits) - 1;
        var n = hashes.Length;
        if (n < 2) return;
        ulong[] fromHashes = hashes, toHashes = new ulong[n];
        int[] fromIds = ids, toIds = new int[n];
        var starts = new int[1 << Bits];
        for (var shift = 0; shift < 64; shift += Bits)
        {
            Array.Clear(starts);
            foreach (var h in fromHashes) starts[(int)(h >> shift) & Mask]++;
            // Every hash has the same digit here: the pass would copy the arrays unchanged.
            if (starts[(int)(fromHashes[0] >> shift) & Mask] == n) continue;
            var sum = 0;
            for (var b = 0; b < starts.Length; b++)
            {
                var count = starts[b];
                starts[b] = sum;
                sum += count;
            }

            for (var i = 0; i < n; i++)
            {
                var h = fromHashes[i];
                var at = starts[(int)(h >> shift) & Mask]++;
                toHashes[at] = h;
                toIds[at] = fromIds[i];
            }

            (fromHashes, toHashes) = (toHashes, fromHashes);
            (fromIds, toIds) = (toIds, fromIds);
        }

        if (!ReferenceEquals(fromHashes, hashes))
        {
            fromHashes.CopyTo(hashes, 0);
            fromIds.CopyTo(ids, 0);
        }
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
        var lo = LowerBound(h);
        for (var p = lo; p < _hashes.Length && _hashes[p] == h; p++)
        {
            var id = _keyIds[p];
            if (found.ContainsKey(id)) continue;
            var d = Distance(query, _keys[id], maxDistance);
            if (d <= maxDistance) found[id] = d;
        }
    }

    private int LowerBound(ulong h)
    {
        int lo = 0, hi = _hashes.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (_hashes[mid] < h) lo = mid + 1; else hi = mid;
        }

        return lo;
    }

    /// <summary>FNV-1a over the string with up to two positions skipped, so deletions hash without being built.</summary>
    private static ulong Hash(string s, int skip1, int skip2)
    {
        var h = 14695981039346656037UL;
        for (var i = 0; i < s.Length; i++)
        {
            if (i == skip1 || i == skip2) continue;
            h = (h ^ s[i]) * 1099511628211UL;
        }

        return h;
    }

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
