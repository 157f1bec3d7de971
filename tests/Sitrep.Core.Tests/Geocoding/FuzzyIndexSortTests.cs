using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

/// <summary>The fuzzy index's own hash sort against the order it replaced: Array.Sort by hash, then each run of equal hashes by id.</summary>
public class FuzzyIndexSortTests
{
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(1000, 7)]
    [InlineData(50_000, 1 << 20)]
    [InlineData(50_000, 0)]
    public void SortByHash_gives_the_former_order(int count, long range)
    {
        var rng = new Random(count + (int)range);
        var hashes = new ulong[count];
        var ids = new int[count];
        var id = 0;
        for (var i = 0; i < count; i++)
        {
            // range 0: full 64-bit hashes; otherwise few distinct values, so long runs of equal hashes.
            hashes[i] = range == 0 ? (ulong)rng.NextInt64() ^ ((ulong)rng.Next() << 63) : (ulong)rng.NextInt64(range) * 0x9E3779B97F4A7C15UL;
            // Ids ascend as the index builds them: a key's own hash and its deletions share one id.
            if (rng.Next(4) == 0) id++;
            ids[i] = id;
        }

        var expectedHashes = (ulong[])hashes.Clone();
        var expectedIds = (int[])ids.Clone();
        Array.Sort(expectedHashes, expectedIds);
        for (var lo = 0; lo < count;)
        {
            var hi = lo + 1;
            while (hi < count && expectedHashes[hi] == expectedHashes[lo]) hi++;
            Array.Sort(expectedIds, lo, hi - lo);
            lo = hi;
        }

        FuzzyIndex.SortByHash(hashes, ids);
        Assert.Equal(expectedHashes, hashes);
        Assert.Equal(expectedIds, ids);
    }

    [Fact]
    public void Search_finds_the_same_keys_after_the_sort()
    {
        var index = new FuzzyIndex(["ALEPPO", "ALEPO", "IDLIB", "IDLEB", "HOMS", "HAMA", "RAQQA", "RAQA", "DARAA", "DERAA"]);
        Assert.Equal([("ALEPPO", 0), ("ALEPO", 1)], index.Search("ALEPPO", 1));
        Assert.Equal([("IDLIB", 0), ("IDLEB", 1)], index.Search("IDLIB", 1));
        Assert.Equal([("RAQQA", 1), ("RAQA", 2)], index.Search("RAQQQA", 2));
    }
}
