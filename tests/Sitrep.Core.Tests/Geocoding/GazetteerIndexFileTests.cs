using System.Runtime.InteropServices;
using Sitrep.Core.Geocoding;

namespace Sitrep.Core.Tests.Geocoding;

public unsafe class GazetteerIndexFileTests
{
    [Fact]
    public unsafe void ARangeOfAMappedArrayOfIntsIsCopiedAtAnyAlignment()
    {
        int[] values = [7, -3, 1 << 20, 42, int.MinValue, 9];
        var bytes = new byte[values.Length * sizeof(int) + 1];
        fixed (byte* b = bytes)
        {
            // One byte off a 4-byte boundary: the runtime guarantees no alignment for a resource.
            var at = b + 1;
            for (var i = 0; i < values.Length; i++) System.Runtime.CompilerServices.Unsafe.WriteUnaligned(at + i * sizeof(int), values[i]);
            var mapped = new IndexArray<int>(at, values.Length);
            Assert.Equal(values[1..5], mapped.CopyRange(1, 4));
            Assert.Equal(values, mapped.CopyRange(0, values.Length));
            Assert.Empty(mapped.CopyRange(values.Length, 0));
            Assert.Throws<IndexOutOfRangeException>(() => mapped.CopyRange(3, 4));
            Assert.Equal(values[2..4], new IndexArray<int>(values).CopyRange(2, 2));
        }
    }

    [Fact]
    public void TheEmbeddedIndexIsTheCommittedOneInflatedAndIsReadInPlace()
    {
        var committed = Path.Combine(RepoRoot(), "data", "gazetteer", "gazetteer.sgi");
        var inflated = GazetteerIndexFile.Read(committed);
        using var s = typeof(Gazetteer).Assembly.GetManifestResourceStream(Gazetteer.BundledResource)!;
        var image = Assert.IsAssignableFrom<UnmanagedMemoryStream>(s);
        var mapped = GazetteerIndexFile.Map(image);
        Assert.NotNull(mapped);
        image.Position = 0;
        Assert.Equal(GazetteerIndexFile.ReadHeader(committed), GazetteerIndexFile.ReadHeader(image));
        AssertSameArrays(inflated, mapped);

        // The lazy sections (what a rebuild or an overlay merge reads) come through the build unchanged too.
        image.Position = 0;
        var fromImage = GazetteerIndexFile.ReadData(image, alternateNames: true);
        var fromCommitted = GazetteerIndexFile.ReadData(committed, alternateNames: true);
        Assert.Equal(fromCommitted.Admin1Names, fromImage.Admin1Names);
        Assert.Equal(fromCommitted.Places.Count, fromImage.Places.Count);
        for (var i = 0; i < fromCommitted.Places.Count; i += 997)
        {
            Assert.Equal(fromCommitted.Places[i].AlternateNames, fromImage.Places[i].AlternateNames);
        }
    }

    [Fact]
    public void AMappedRawIndexHasTheArraysOfTheReadOneAndACompressedOneIsNotMapped()
    {
        var data = SmallData();
        var (index, source) = GazetteerIndex.Build([data], new Dictionary<string, string>(), 0);
        foreach (var codec in new[] { GazetteerIndexFile.Codec.Raw, GazetteerIndexFile.Codec.Deflate })
        {
            using var ms = new MemoryStream();
            GazetteerIndexFile.Write(index, source, ms, sourceStamp: 7, codec, quality: 0);
            var bytes = ms.ToArray();
            // Offset by one byte: nothing promises the runtime maps a resource at an aligned address.
            var memory = (byte*)NativeMemory.Alloc((nuint)bytes.Length + 1);
            try
            {
                bytes.CopyTo(new Span<byte>(memory + 1, bytes.Length));
                using var ums = new UnmanagedMemoryStream(memory + 1, bytes.Length);
                var mapped = GazetteerIndexFile.Map(ums);
                if (codec == GazetteerIndexFile.Codec.Deflate)
                {
                    Assert.Null(mapped);
                    Assert.Equal(0, ums.Position);
                    continue;
                }

                Assert.NotNull(mapped);
                AssertSameArrays(GazetteerIndexFile.Read(new MemoryStream(bytes)), mapped);
                var aleppo = PlaceNameKey.Of("Aleppo");
                Assert.Equal(index.Keys.Find(aleppo), mapped.Keys.Find(aleppo));
                Assert.True(mapped.Keys.Find(aleppo) >= 0);
                Assert.Equal(-1, mapped.Keys.Find("nowhere"));
                Assert.Equal(index.Str[index.PlaceName[1]], mapped.Str[mapped.PlaceName[1]]);
                Assert.Throws<IndexOutOfRangeException>(() => mapped.PlaceLat[mapped.PlaceCount]);
                Assert.Throws<IndexOutOfRangeException>(() => mapped.PlaceLat[-1]);
                Assert.Throws<NotSupportedException>(() => mapped.PlaceLat.Slice(0, 1).Length);
            }
            finally
            {
                NativeMemory.Free(memory);
            }
        }
    }

    private static GazetteerData SmallData()
    {
        var data = new GazetteerData();
        data.Countries["SY"] = "Syria";
        data.Admin1Names["SY.09"] = "Aleppo Governorate";
        data.Admin1Names["SY.12"] = "Idlib Governorate";
        data.Places.Add(new RawPlace(1, "Aleppo", 36.20124, 37.16117, 'P', "PPLA", "SY", "09", "", "", 1602264, ["حلب"]));
        data.Places.Add(new RawPlace(2, "Jisr ash Shughur", 35.81418, 36.31983, 'P', "PPLA2", "SY", "12", "", "", 39311, []));
        data.Places.Add(new RawPlace(3, "Al Ghassaniyah", 35.85, 36.29, 'P', "PPL", "SY", "12", "1201", "", 0, []));
        // Enough repetitive rows that deflate shrinks the chunks (a chunk it cannot shrink is stored raw).
        for (var i = 4; i < 400; i++) data.Places.Add(new RawPlace(i, $"Tall {i}", 35 + (i / 1000.0), 36, 'P', "PPL", "SY", "12", "", "", 0, []));
        return data;
    }

    private static void AssertSameArrays(GazetteerIndex expected, GazetteerIndex actual)
    {
        Assert.Equal(expected.KeyVersion, actual.KeyVersion);
        Assert.Equal(expected.AliasHash, actual.AliasHash);
        var a = Sections(expected).ToList();
        var b = Sections(actual).ToList();
        Assert.Equal(a.Select(x => x.Name), b.Select(x => x.Name));
        Assert.True(a.Count > 30);
        for (var i = 0; i < a.Count; i++)
        {
            Assert.True(a[i].Bytes.AsSpan().SequenceEqual(b[i].Bytes), $"section {a[i].Name} differs");
        }
    }

    // Every array of the index as bytes, found by reflection so a section added later is compared too.
    private static IEnumerable<(string Name, byte[] Bytes)> Sections(GazetteerIndex ix)
    {
        foreach (var p in typeof(GazetteerIndex).GetProperties().OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            switch (p.GetValue(ix))
            {
                case KeyTable t:
                    yield return (p.Name + ".bytes", t.Bytes.ToArray());
                    yield return (p.Name + ".offsets", AsBytes(t.Offsets.ToArray()));
                    yield return (p.Name + ".slots", AsBytes(t.Slots.ToArray()));
                    break;
                case IndexArray<byte> x: yield return (p.Name, x.ToArray()); break;
                case IndexArray<int> x: yield return (p.Name, AsBytes(x.ToArray())); break;
                case IndexArray<long> x: yield return (p.Name, MemoryMarshal.AsBytes(x.ToArray().AsSpan()).ToArray()); break;
                case IndexArray<double> x: yield return (p.Name, MemoryMarshal.AsBytes(x.ToArray().AsSpan()).ToArray()); break;
            }
        }
    }

    private static byte[] AsBytes(int[] a) => MemoryMarshal.AsBytes(a.AsSpan()).ToArray();

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sitrep.slnx"))) return dir.FullName;
        }

        throw new InvalidOperationException($"repository root (Sitrep.slnx) not found above {AppContext.BaseDirectory}");
    }
}
