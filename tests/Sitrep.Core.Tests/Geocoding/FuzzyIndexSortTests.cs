using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>The fuzzy index's buckets against the layout they replaced: every hash sorted, equal hashes in key order.</summary>
public class FuzzyIndexSortTests
{
    [Theory]
    [InlineData(0, 3, 1)]
    [InlineData(1, 3, 2)]
    [InlineData(40, 4, 3)]
    [InlineData(3000, 5, 4)]
    [InlineData(3000, 26, 5)]
    public void Search_gives_the_sorted_layouts_hits_in_its_order(int count, int letters, int seed)
    {
        // Few letters make many near keys and equal hashes of different keys' deletions, so the order of hits matters.
        var rng = new Random(seed);
        string Word() => new(Enumerable.Range(0, rng.Next(2, 12)).Select(_ => (char)('a' + rng.Next(letters))).ToArray());
        var keys = Enumerable.Range(0, count).Select(_ => Word()).ToList();
        var index = new FuzzyIndex(keys);
        var oracle = new SortedOracle(keys);
        for (var q = 0; q < 300; q++)
        {
            var query = q < keys.Count && q % 2 == 0 ? keys[q] : Word();
            for (var max = 0; max <= 2; max++)
            {
                Assert.Equal(oracle.SearchIndexes(query, max), index.SearchIndexes(query, max));
            }
        }
    }

    [Fact]
    public void Search_finds_the_same_keys_after_the_sort()
    {
        var index = new FuzzyIndex(["ALEPPO", "ALEPO", "IDLIB", "IDLEB", "HOMS", "HAMA", "RAQQA", "RAQA", "DARAA", "DERAA"]);
        Assert.Equal([("ALEPPO", 0), ("ALEPO", 1)], index.Search("ALEPPO", 1));
        Assert.Equal([("IDLIB", 0), ("IDLEB", 1)], index.Search("IDLIB", 1));
        Assert.Equal([("RAQQA", 1), ("RAQA", 2)], index.Search("RAQQQA", 2));
    }

    /// <summary>The index as it was (stop 41): the hashes sorted, a run of equal ones in key order, found by binary search.</summary>
    private sealed class SortedOracle
    {
        private readonly List<string> _keys = [];
        private readonly List<int> _source = [];
        private readonly (ulong Hash, int Id)[] _entries;

        public SortedOracle(IReadOnlyList<string> keys)
        {
            for (var i = 0; i < keys.Count; i++)
            {
                if (keys[i].Length < 3) continue;
                _keys.Add(keys[i]);
                _source.Add(i);
            }

            var entries = new List<(ulong, int)>();
            for (var id = 0; id < _keys.Count; id++)
            {
                var k = _keys[id];
                entries.Add((ReferenceFuzzyIndex.Hash(k, -1, -1), id));
                for (var i = 0; i < k.Length; i++)
                {
                    if (i > 0 && k[i] == k[i - 1]) continue;
                    entries.Add((ReferenceFuzzyIndex.Hash(k, i, -1), id));
                }
            }

            // OrderBy is stable: equal hashes keep the order they were made in, which is key order.
            _entries = entries.OrderBy(e => e.Item1).ToArray();
        }

        public List<(int, int)> SearchIndexes(string key, int maxDistance)
        {
            var found = new Dictionary<int, int>();
            if (key.Length == 0) return [];
            Probe(key, -1, -1, maxDistance, found);
            if (maxDistance >= 1)
            {
                for (var i = 0; i < key.Length; i++)
                {
                    if (i > 0 && key[i] == key[i - 1]) continue;
                    Probe(key, i, -1, maxDistance, found);
                    if (maxDistance < 2) continue;
                    for (var j = i + 1; j < key.Length; j++)
                    {
                        if (j > i + 1 && key[j] == key[j - 1]) continue;
                        Probe(key, i, j, maxDistance, found);
                    }
                }
            }

            var result = new List<(int, int)>();
            for (var d = 0; d <= maxDistance; d++)
            {
                foreach (var (id, dist) in found)
                {
                    if (dist == d) result.Add((_source[id], d));
                }
            }

            return result;
        }

        private void Probe(string s, int skip1, int skip2, int maxDistance, Dictionary<int, int> found)
        {
            var h = ReferenceFuzzyIndex.Hash(s, skip1, skip2);
            var lo = 0;
            var hi = _entries.Length;
            while (lo < hi)
            {
                var mid = (lo + hi) >>> 1;
                if (_entries[mid].Hash < h) lo = mid + 1; else hi = mid;
            }

            for (var p = lo; p < _entries.Length && _entries[p].Hash == h; p++)
            {
                var id = _entries[p].Id;
                if (found.ContainsKey(id)) continue;
                var d = FuzzyIndex.Distance(s, _keys[id], maxDistance);
                if (d <= maxDistance) found[id] = d;
            }
        }
    }
}
