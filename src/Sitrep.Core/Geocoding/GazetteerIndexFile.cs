using System.IO.Compression;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;

namespace Sitrep.Core.Geocoding;

/// <summary>Reads and writes the precomputed gazetteer index: every array a <see cref="Gazetteer"/> searches, so a load builds nothing.</summary>
/// <remarks>
/// Layout: the magic "SITREPGI", a format version, a header length, a header (BinaryWriter: key version, alias-table
/// hash, content id, source stamp, then a directory of sections), then the sections' chunks back to back. A section is
/// one little-endian array (byte, int, long or double) split into chunks of at most 4 MB raw, each compressed on its
/// own so a load inflates them on all cores straight into the final arrays. Two sections are lazy and written last:
/// the raw name tables and the places' alternate names, which only a rebuild needs (an overlay merge, or a bundled index
/// older than the key rules or the ACLED alias table); a normal load never inflates them.
/// </remarks>
public static class GazetteerIndexFile
{
    /// <summary>File extension of index files (distinct from the per-country overlay files, *.sgz).</summary>
    public const string Extension = ".sgi";

    private const int FormatVersion = 1;
    private const int ChunkBytes = 4 << 20;
    private static readonly byte[] Magic = "SITREPGI"u8.ToArray();

    private enum ElementType : byte
    {
        Byte = 1,
        Int32 = 4,
        Int64 = 8,
        Double = 9,
    }

    /// <summary>How chunks are compressed.</summary>
    internal enum Codec : byte
    {
        Raw = 0,
        Deflate = 1,
        Brotli = 2,
    }

    /// <summary>Builds the index of one data set (as <c>data/gazetteer/BuildGazetteer.cs</c> does) and writes it.</summary>
    public static void Write(GazetteerData data, Stream output) => Write([data], output);

    /// <summary>Builds the index of data sets (later sets win on geonameid) with the bundled ACLED alias table and writes it.</summary>
    public static void Write(IReadOnlyList<GazetteerData> sets, Stream output)
    {
        var (index, source) = GazetteerIndex.Build(sets, Gazetteer.Aliases.Value.Table, Gazetteer.Aliases.Value.Hash);
        // Deflate, not Brotli: a third larger, but inflating is about twice as fast and the load budget is what matters.
        Write(index, source, output, sourceStamp: 0, Codec.Deflate, quality: 2);
    }

    /// <summary>Writes to a temp file next to <paramref name="path"/> and renames it over, so readers never see half a file.</summary>
    internal static void WriteAtomic(GazetteerIndex index, GazetteerData source, string path, ulong sourceStamp)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(dir);
        var tmp = Path.Combine(dir, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var fs = new FileStream(tmp, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                // A local overlay index is rewritten on every import: fast compression matters more than size there.
                Write(index, source, fs, sourceStamp, Codec.Deflate, quality: 1);
                fs.Flush(flushToDisk: true);
            }

            File.Move(tmp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(tmp)) File.Delete(tmp);
        }
    }

    /// <summary>Writes an already-built index; <paramref name="quality"/> is Brotli's 0-11 or, for Deflate, 0 fastest / 1 fast / else smallest.</summary>
    internal static void Write(GazetteerIndex ix, GazetteerData source, Stream output, ulong sourceStamp, Codec codec, int quality)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The gazetteer index is little-endian.");
        var sections = new List<(string Name, Array Data, bool Lazy)>();
        void AddArray(string name, Array data, bool lazy = false) => sections.Add((name, data, lazy));
        void Add<T>(string name, IndexArray<T> data)
            where T : unmanaged => AddArray(name, data.ToArray());
        void AddTable(string name, KeyTable t)
        {
            Add(name + ".bytes", t.Bytes);
            Add(name + ".offsets", t.Offsets);
            Add(name + ".slots", t.Slots);
        }

        AddTable("str", ix.Str);
        Add("place.id", ix.PlaceId);
        Add("place.name", ix.PlaceName);
        Add("place.lat", ix.PlaceLat);
        Add("place.lon", ix.PlaceLon);
        Add("place.class", ix.PlaceClass);
        Add("place.code", ix.PlaceCode);
        Add("place.combo", ix.PlaceCombo);
        Add("place.admin3", ix.PlaceAdmin3);
        Add("place.population", ix.PlacePopulation);
        Add("place.byid", ix.PlacesById);
        Add("combos", ix.Combos);
        AddTable("keys", ix.Keys);
        Add("keys.start", ix.KeyPostingStart);
        Add("keys.postings", ix.KeyPostings);
        Add("unit.level", ix.UnitLevel);
        Add("unit.str", ix.UnitStr);
        Add("unit.coord", ix.UnitCoord);
        Add("unit.members", ix.UnitMembers);
        AddTable("unit.codes", ix.UnitCodes);
        AddTable("admin.keys", ix.AdminKeys);
        Add("admin.start", ix.AdminPostingStart);
        Add("admin.postings", ix.AdminPostings);
        AddTable("group", ix.Admin1Groups);
        Add("group.placestart", ix.GroupPlaceStart);
        Add("group.places", ix.GroupPlaces);
        Add("group.districtstart", ix.GroupDistrictStart);
        Add("group.districtplace", ix.GroupDistrictPlace);
        Add("group.districtname", ix.GroupDistrictName);
        AddTable("country", ix.CountryCodes);
        Add("country.str", ix.CountryStr);
        Add("country.keystart", ix.CountryKeyStart);
        Add("country.keys", ix.CountryKeys);
        AddArray("source.tables", SerializeTables(source), lazy: true);
        AddArray("source.alternates", SerializeAlternates(source), lazy: true);

        var chunks = new List<(int Section, byte[] Data, int RawLength)>();
        var jobs = new List<(int Section, int Offset, int Length)>();
        for (var s = 0; s < sections.Count; s++)
        {
            var bytes = AsBytes(sections[s].Data).Length;
            for (var off = 0; off < bytes || (off == 0 && bytes == 0); off += ChunkBytes)
            {
                jobs.Add((s, off, Math.Min(ChunkBytes, bytes - off)));
                if (bytes == 0) break;
            }
        }

        var compressed = new byte[jobs.Count][];
        Parallel.For(0, jobs.Count, j =>
        {
            var (s, off, len) = jobs[j];
            compressed[j] = Compress(AsBytes(sections[s].Data).Slice(off, len), codec, quality);
        });

        var contentId = 14695981039346656037UL;
        foreach (var c in compressed) contentId = (contentId * 31) ^ KeyTable.Hash(c);

        using var header = new MemoryStream();
        using (var w = new BinaryWriter(header, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(ix.KeyVersion);
            w.Write(ix.AliasHash);
            w.Write(contentId);
            w.Write(sourceStamp);
            w.Write(sections.Count);
            var j = 0;
            for (var s = 0; s < sections.Count; s++)
            {
                var (name, data, lazy) = sections[s];
                w.Write(name);
                w.Write((byte)TypeOf(data));
                w.Write((long)data.Length);
                w.Write(lazy);
                var first = j;
                while (j < jobs.Count && jobs[j].Section == s) j++;
                w.Write(j - first);
                for (var c = first; c < j; c++)
                {
                    w.Write((byte)(compressed[c].Length == jobs[c].Length && codec != Codec.Raw ? Codec.Raw : codec));
                    w.Write(jobs[c].Length);
                    w.Write(compressed[c].Length);
                }
            }
        }

        output.Write(Magic);
        output.Write(BitConverter.GetBytes(FormatVersion));
        output.Write(BitConverter.GetBytes((int)header.Length));
        header.Position = 0;
        header.CopyTo(output);
        // Eager sections first, so a load reads one contiguous run; the lazy ones trail.
        foreach (var lazy in new[] { false, true })
        {
            for (var c = 0; c < jobs.Count; c++)
            {
                if (sections[jobs[c].Section].Lazy == lazy) output.Write(compressed[c]);
            }
        }
    }

    /// <summary>True if the stream (positioned at its start, and left there) holds an index rather than an older gazetteer file.</summary>
    public static bool IsIndex(Stream input)
    {
        Span<byte> head = stackalloc byte[8];
        var pos = input.Position;
        var n = input.ReadAtLeast(head, 8, throwOnEndOfStream: false);
        input.Position = pos;
        return n == 8 && head.SequenceEqual(Magic);
    }

    /// <summary>True if the file at <paramref name="path"/> is an index.</summary>
    public static bool IsIndex(string path)
    {
        using var fs = File.OpenRead(path);
        return IsIndex(fs);
    }

    /// <summary>Reads the index (not the lazy sections).</summary>
    internal static GazetteerIndex Read(Stream input) => ReadCore(input, lazyToo: false).Index;

    internal static GazetteerIndex Read(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return Read(fs);
    }

    /// <summary>The header alone: key version, alias hash, content id and source stamp (cheap: no section is inflated).</summary>
    internal static Header ReadHeader(Stream input) => ReadHeaderCore(input).Header;

    internal static Header ReadHeader(string path)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096);
        return ReadHeader(fs);
    }

    /// <summary>The data an index was built from (merged, for an index of several sets), for rebuilding or merging it.</summary>
    /// <param name="input">The index.</param>
    /// <param name="alternateNames">Whether to keep the places' raw alternate names (only needed to compute keys under other key rules).</param>
    public static GazetteerData ReadData(Stream input, bool alternateNames = true)
    {
        var (ix, lazy) = ReadCore(input, lazyToo: true);
        var data = new GazetteerData();
        DeserializeTables((byte[])lazy["source.tables"], data);
        var keysUsable = ix.KeyVersion == PlaceNameKey.Version;
        alternateNames |= !keysUsable;
        var alts = alternateNames ? DeserializeAlternates((byte[])lazy["source.alternates"], ix.PlaceCount) : null;

        // Keys per place, from the posting lists; sorted by key id, a rebuild numbers the keys exactly as before.
        var counts = new int[ix.PlaceCount];
        for (var i = 0; i < ix.KeyPostings.Length; i++) counts[ix.KeyPostings[i]]++;
        var keys = new string[ix.PlaceCount][];
        for (var i = 0; i < keys.Length; i++) keys[i] = counts[i] == 0 ? [] : new string[counts[i]];
        Array.Clear(counts);
        for (var k = 0; k < ix.Keys.Count; k++)
        {
            string? key = null;
            for (var pi = ix.KeyPostingStart[k]; pi < ix.KeyPostingStart[k + 1]; pi++)
            {
                var p = ix.KeyPostings[pi];
                keys[p][counts[p]++] = key ??= ix.Keys.Decode(k);
            }
        }

        data.Places.Capacity = ix.PlaceCount;
        for (var i = 0; i < ix.PlaceCount; i++)
        {
            data.Places.Add(new RawPlace(
                ix.PlaceId[i], ix.Str[ix.PlaceName[i]], ix.PlaceLat[i] / 1e5, ix.PlaceLon[i] / 1e5, (char)ix.PlaceClass[i],
                ix.Str[ix.PlaceCode[i]], ix.Str[ix.ComboOf(i, 0)], ix.Str[ix.ComboOf(i, 1)], ix.Str[ix.ComboOf(i, 2)],
                ix.Str[ix.PlaceAdmin3[i]], ix.PlacePopulation[i], alts?[i] ?? [])
            {
                Keys = keysUsable ? keys[i] : null,
            });
        }

        return data;
    }

    /// <summary>Reads the data of an index file.</summary>
    public static GazetteerData ReadData(string path, bool alternateNames = true)
    {
        using var fs = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
        return ReadData(fs, alternateNames);
    }

    /// <summary>What an index says about itself before any section is read.</summary>
    internal sealed record Header(int KeyVersion, ulong AliasHash, ulong ContentId, ulong SourceStamp);

    private sealed record SectionInfo(string Name, ElementType Type, long Count, bool Lazy, (Codec Codec, int Raw, int Compressed)[] Chunks);

    private static (Header Header, List<SectionInfo> Sections) ReadHeaderCore(Stream input)
    {
        Span<byte> head = stackalloc byte[16];
        input.ReadExactly(head);
        if (!head[..8].SequenceEqual(Magic)) throw new InvalidDataException("Not a Sitrep gazetteer index.");
        var version = BitConverter.ToInt32(head[8..12]);
        if (version != FormatVersion)
        {
            throw new InvalidDataException($"Gazetteer index format version {version} is not {FormatVersion}; rebuild it (data/gazetteer/build.sh) or re-import.");
        }

        var headerBytes = new byte[BitConverter.ToInt32(head[12..16])];
        input.ReadExactly(headerBytes);
        using var r = new BinaryReader(new MemoryStream(headerBytes), Encoding.UTF8);
        var header = new Header(r.ReadInt32(), r.ReadUInt64(), r.ReadUInt64(), r.ReadUInt64());
        var n = r.ReadInt32();
        var sections = new List<SectionInfo>(n);
        for (var s = 0; s < n; s++)
        {
            var name = r.ReadString();
            var type = (ElementType)r.ReadByte();
            var count = r.ReadInt64();
            var lazy = r.ReadBoolean();
            var chunks = new (Codec, int, int)[r.ReadInt32()];
            for (var c = 0; c < chunks.Length; c++) chunks[c] = ((Codec)r.ReadByte(), r.ReadInt32(), r.ReadInt32());
            sections.Add(new SectionInfo(name, type, count, lazy, chunks));
        }

        return (header, sections);
    }

    private static (GazetteerIndex Index, Dictionary<string, Array> Lazy) ReadCore(Stream input, bool lazyToo)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The gazetteer index is little-endian.");
        var (header, sections) = ReadHeaderCore(input);
        var arrays = new Dictionary<string, Array>(StringComparer.Ordinal);
        var jobs = new List<(Array Target, int DestOffset, long SrcOffset, Codec Codec, int Raw, int Compressed)>();
        long eagerBytes = 0, lazyBytes = 0;
        foreach (var lazy in new[] { false, true })
        {
            foreach (var s in sections.Where(s => s.Lazy == lazy))
            {
                var load = !lazy || lazyToo;
                Array? target = load ? Allocate(s.Type, s.Count) : null;
                if (target is not null) arrays[s.Name] = target;
                var dest = 0;
                foreach (var (codec, raw, comp) in s.Chunks)
                {
                    if (target is not null) jobs.Add((target, dest, lazy ? eagerBytes + lazyBytes : eagerBytes, codec, raw, comp));
                    dest += raw;
                    if (lazy) lazyBytes += comp;
                    else eagerBytes += comp;
                }
            }
        }

        // One read of the compressed run, then every chunk inflates in parallel into its final array.
        var payload = GC.AllocateUninitializedArray<byte>(checked((int)(lazyToo ? eagerBytes + lazyBytes : eagerBytes)));
        input.ReadExactly(payload);
        Parallel.For(0, jobs.Count, j =>
        {
            var (target, dest, src, codec, raw, comp) = jobs[j];
            Decompress(payload, (int)src, comp, AsBytes(target).Slice(dest, raw), codec);
        });

        var sources = new SectionSource(arrays, null);
        return (Assemble(header, sources), arrays);
    }

    /// <summary>
    /// The index over memory that holds an index file whose eager chunks are all stored raw (the bundled one, inflated at
    /// build time by GazetteerIndex.targets): the arrays are read where they lie, nothing is inflated or copied. Null if a
    /// chunk is compressed. The memory must outlive the index; a loaded assembly's resource does.
    /// </summary>
    internal static unsafe GazetteerIndex? Map(UnmanagedMemoryStream input)
    {
        if (!BitConverter.IsLittleEndian) throw new PlatformNotSupportedException("The gazetteer index is little-endian.");
        var start = input.Position;
        var (header, sections) = ReadHeaderCore(input);
        var payload = input.PositionPointer;
        var mapped = new Dictionary<string, (nint Address, int Count)>(StringComparer.Ordinal);
        long offset = 0;
        foreach (var s in sections.Where(s => !s.Lazy))
        {
            if (s.Chunks.Any(c => c.Codec != Codec.Raw))
            {
                input.Position = start;
                return null;
            }

            mapped[s.Name] = ((nint)(payload + offset), checked((int)s.Count));
            offset += s.Chunks.Sum(c => (long)c.Compressed);
        }

        if (input.Position + offset > input.Length) throw new InvalidDataException("Truncated gazetteer index.");
        return Assemble(header, new SectionSource(null, mapped));
    }

    /// <summary>The sections of one index, inflated into arrays or mapped in place.</summary>
    private sealed class SectionSource(Dictionary<string, Array>? arrays, Dictionary<string, (nint Address, int Count)>? mapped)
    {
        public unsafe IndexArray<T> Get<T>(string name)
            where T : unmanaged
        {
            if (arrays is not null) return (T[])arrays[name];
            var (address, count) = mapped![name];
            return new IndexArray<T>((byte*)address, count);
        }
    }

    private static GazetteerIndex Assemble(Header header, SectionSource sections)
    {
        IndexArray<T> A<T>(string name)
            where T : unmanaged => sections.Get<T>(name);
        KeyTable Table(string name) => new(A<byte>(name + ".bytes"), A<int>(name + ".offsets"), A<int>(name + ".slots"));
        return new GazetteerIndex
        {
            KeyVersion = header.KeyVersion,
            AliasHash = header.AliasHash,
            Str = Table("str"),
            PlaceId = A<int>("place.id"),
            PlaceName = A<int>("place.name"),
            PlaceLat = A<int>("place.lat"),
            PlaceLon = A<int>("place.lon"),
            PlaceClass = A<byte>("place.class"),
            PlaceCode = A<int>("place.code"),
            PlaceCombo = A<int>("place.combo"),
            PlaceAdmin3 = A<int>("place.admin3"),
            PlacePopulation = A<long>("place.population"),
            PlacesById = A<int>("place.byid"),
            Combos = A<int>("combos"),
            Keys = Table("keys"),
            KeyPostingStart = A<int>("keys.start"),
            KeyPostings = A<int>("keys.postings"),
            UnitLevel = A<byte>("unit.level"),
            UnitStr = A<int>("unit.str"),
            UnitCoord = A<double>("unit.coord"),
            UnitMembers = A<int>("unit.members"),
            UnitCodes = Table("unit.codes"),
            AdminKeys = Table("admin.keys"),
            AdminPostingStart = A<int>("admin.start"),
            AdminPostings = A<int>("admin.postings"),
            Admin1Groups = Table("group"),
            GroupPlaceStart = A<int>("group.placestart"),
            GroupPlaces = A<int>("group.places"),
            GroupDistrictStart = A<int>("group.districtstart"),
            GroupDistrictPlace = A<int>("group.districtplace"),
            GroupDistrictName = A<int>("group.districtname"),
            CountryCodes = Table("country"),
            CountryStr = A<int>("country.str"),
            CountryKeyStart = A<int>("country.keystart"),
            CountryKeys = A<int>("country.keys"),
        };
    }

    // Uninitialised: every byte is about to be overwritten, and zeroing 150 MB first is a measurable part of a load.
    private static Array Allocate(ElementType type, long count) => type switch
    {
        ElementType.Byte => GC.AllocateUninitializedArray<byte>(checked((int)count)),
        ElementType.Int32 => GC.AllocateUninitializedArray<int>(checked((int)count)),
        ElementType.Int64 => GC.AllocateUninitializedArray<long>(checked((int)count)),
        ElementType.Double => GC.AllocateUninitializedArray<double>(checked((int)count)),
        _ => throw new InvalidDataException($"Unknown element type {type} in gazetteer index."),
    };

    private static ElementType TypeOf(Array a) => a switch
    {
        byte[] => ElementType.Byte,
        int[] => ElementType.Int32,
        long[] => ElementType.Int64,
        double[] => ElementType.Double,
        _ => throw new ArgumentException($"Unsupported section type {a.GetType()}."),
    };

    private static Span<byte> AsBytes(Array a) => a switch
    {
        byte[] b => b,
        int[] i => MemoryMarshal.AsBytes(i.AsSpan()),
        long[] l => MemoryMarshal.AsBytes(l.AsSpan()),
        double[] d => MemoryMarshal.AsBytes(d.AsSpan()),
        _ => throw new ArgumentException($"Unsupported section type {a.GetType()}."),
    };

    private static byte[] Compress(ReadOnlySpan<byte> raw, Codec codec, int quality)
    {
        switch (codec)
        {
            case Codec.Raw:
                return raw.ToArray();
            case Codec.Brotli:
            {
                var buf = new byte[BrotliEncoder.GetMaxCompressedLength(raw.Length)];
                if (!BrotliEncoder.TryCompress(raw, buf, out var written, quality, window: 22)) throw new InvalidOperationException("Brotli compression failed.");
                return written < raw.Length ? buf[..written] : raw.ToArray();
            }

            default:
            {
                using var ms = new MemoryStream();
                var level = quality switch { 0 => CompressionLevel.Fastest, 1 => CompressionLevel.Optimal, _ => CompressionLevel.SmallestSize };
                using (var ds = new DeflateStream(ms, level, leaveOpen: true)) ds.Write(raw);
                return ms.Length < raw.Length ? ms.ToArray() : raw.ToArray();
            }
        }
    }

    private static void Decompress(byte[] payload, int offset, int length, Span<byte> dest, Codec codec)
    {
        switch (codec)
        {
            case Codec.Raw:
                payload.AsSpan(offset, length).CopyTo(dest);
                break;
            case Codec.Brotli:
                if (!BrotliDecoder.TryDecompress(payload.AsSpan(offset, length), dest, out var written) || written != dest.Length)
                {
                    throw new InvalidDataException("Corrupt gazetteer index chunk.");
                }

                break;
            default:
            {
                using var ds = new DeflateStream(new MemoryStream(payload, offset, length, writable: false), CompressionMode.Decompress);
                ds.ReadExactly(dest);
                break;
            }
        }
    }

    private static byte[] SerializeTables(GazetteerData d)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            void Table(Dictionary<string, string> t)
            {
                w.Write(t.Count);
                foreach (var (k, v) in t.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.Write(k);
                    w.Write(v);
                }
            }

            void Lists(Dictionary<string, List<string>> t)
            {
                w.Write(t.Count);
                foreach (var (k, v) in t.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    w.Write(k);
                    w.Write(v.Count);
                    foreach (var s in v) w.Write(s);
                }
            }

            Table(d.Countries);
            Lists(d.CountryAlternates);
            Table(d.Admin1Names);
            Table(d.Admin2Names);
            Lists(d.AdminAlternates);
        }

        return ms.ToArray();
    }

    private static void DeserializeTables(byte[] bytes, GazetteerData d)
    {
        using var r = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        void Table(Dictionary<string, string> t)
        {
            for (var n = r.ReadInt32(); n > 0; n--) t[r.ReadString()] = r.ReadString();
        }

        void Lists(Dictionary<string, List<string>> t)
        {
            for (var n = r.ReadInt32(); n > 0; n--)
            {
                var k = r.ReadString();
                var l = new List<string>();
                for (var m = r.ReadInt32(); m > 0; m--) l.Add(r.ReadString());
                t[k] = l;
            }
        }

        Table(d.Countries);
        Lists(d.CountryAlternates);
        Table(d.Admin1Names);
        Table(d.Admin2Names);
        Lists(d.AdminAlternates);
    }

    private static byte[] SerializeAlternates(GazetteerData d)
    {
        using var ms = new MemoryStream();
        using (var w = new BinaryWriter(ms, Encoding.UTF8, leaveOpen: true))
        {
            // In index place order: the builder keeps the source order for one set and merges several in dictionary order.
            foreach (var p in d.Places)
            {
                w.Write7BitEncodedInt(p.AlternateNames.Count);
                foreach (var a in p.AlternateNames) w.Write(a);
            }
        }

        return ms.ToArray();
    }

    private static string[][] DeserializeAlternates(byte[] bytes, int places)
    {
        using var r = new BinaryReader(new MemoryStream(bytes), Encoding.UTF8);
        var result = new string[places][];
        for (var i = 0; i < places; i++)
        {
            var n = r.Read7BitEncodedInt();
            result[i] = n == 0 ? [] : new string[n];
            for (var j = 0; j < n; j++) result[i][j] = r.ReadString();
        }

        return result;
    }
}
