namespace Sitrep.Core.Tests.Geocoding;

/// <summary>FuzzyIndex as it was before the gazetteer index (commit dd4390a), the oracle ReferenceGazetteer searches with.</summary>
/// <remarks>
/// Every key is stored under the hash of itself and of each single-character deletion. A query looks up the
/// hashes of itself and its deletions up to the distance asked for, and each candidate is verified with a
/// bounded Damerau-Levenshtein distance. With one deletion on the index side and up to two on the query side,
/// every key at distance 1 is found, and at distance 2 those reached by insertions, a deletion or transposition
/// plus an edit; two substitutions in one name are left to the key normaliser, which already absorbs most
/// vowel and consonant spelling variation. Storing hashes (not strings) keeps the index near 12 bytes a delete.
/// </remarks>
internal sealed class ReferenceFuzzyIndex
{
    private readonly string[] _keys;
    private readonly ulong[] _hashes;
    private readonly int[] _keyIds;

    public ReferenceFuzzyIndex(IEnumerable<string> keys)
    {
        _keys = keys.Where(k => k.Length >= 3).ToArray();
        var total = 0L;
        foreach (var k in _keys) total += k.Length + 1;
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

        Array.Resize(ref _hashes, n);
        Array.Resize(ref _keyIds, n);
        Array.Sort(_hashes, _keyIds);
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

        var result = new List<(string, int)>(found.Count);
        foreach (var (id, d) in found) result.Add((_keys[id], d));
        result.Sort((a, b) => a.Item2.CompareTo(b.Item2));
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
    /// <summary>FNV-1a over <paramref name="s"/> without the characters at <paramref name="skip1"/> and <paramref name="skip2"/>.</summary>
    internal static ulong Hash(string s, int skip1, int skip2)
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
