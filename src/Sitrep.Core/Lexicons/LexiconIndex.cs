using System.Runtime.InteropServices;

namespace Sitrep.Core.Lexicons;

/// <summary>What the lexicons would otherwise build at every start, computed at build time: the actor trie and the pattern lexicons' prefix indexes.</summary>
/// <remarks>
/// src/Sitrep.Lexicons.Build writes it (LexiconIndex.targets runs that tool whenever a lexicon or the code behind it
/// changes) and Sitrep.Core embeds it. Each part records a hash of what it was made from; a part whose source no longer
/// matches is ignored and that part is built from the files as before, so a stale index can cost time, never answers.
/// LexiconIndexTests checks the embedded parts against ones built from the bundled files.
/// </remarks>
internal sealed class LexiconIndex
{
    private const string Magic = "SITREPLX";
    private const int Version = 1;

    /// <summary>The name the index is embedded under.</summary>
    public const string ResourceName = "Sitrep.Lexicons.index";

    /// <summary>The bundled pattern lexicons: file, key column, pattern column.</summary>
    public static readonly (string File, int Key, int Pattern)[] PatternFiles = [("triggers.tsv", 0, 1), ("weapons.tsv", 0, 1), ("cues.tsv", 0, 2)];

    private static readonly Lazy<LexiconIndex?> BundledIndex = new(ReadBundled);

    private readonly Dictionary<string, (ulong Hash, PatternLexicon.StartIndex Index)> _patterns;

    private LexiconIndex((PhraseTrie, int[])? actors, Dictionary<string, (ulong, PatternLexicon.StartIndex)> patterns)
    {
        Actors = actors;
        _patterns = patterns;
    }

    /// <summary>The embedded index, or null when the assembly carries none (or one in another format).</summary>
    public static LexiconIndex? Bundled => BundledIndex.Value;

    /// <summary>The actor trie and its value codes (<see cref="ActorTable"/>), when made from the bundled files as they are.</summary>
    public (PhraseTrie Trie, int[] Codes)? Actors { get; }

    /// <summary>The prefix index of a pattern lexicon, when made from exactly <paramref name="patterns"/>.</summary>
    public PatternLexicon.StartIndex? Patterns(string file, IEnumerable<string> patterns) =>
        _patterns.TryGetValue(file, out var p) && p.Hash == Hash(patterns) ? p.Index : null;

    /// <summary>FNV-1a over strings, each ended by a character no lexicon holds: fixed across builds and processes.</summary>
    public static ulong Hash(IEnumerable<string> parts)
    {
        var h = 14695981039346656037UL;
        foreach (var part in parts)
        {
            foreach (var c in part) h = (h ^ c) * 1099511628211UL;
            h = (h ^ 0xFFFF) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>A hash of the bundled files the actor trie is made from.</summary>
    public static ulong ActorSourceHash()
    {
        var h = 14695981039346656037UL;
        foreach (var file in ActorTable.TrieSources)
        {
            foreach (var b in LexiconFile.Bytes(file) ?? []) h = (h ^ b) * 1099511628211UL;
            h = (h ^ 0xFFFF) * 1099511628211UL;
        }
        return h;
    }

    /// <summary>Writes the index of the bundled lexicons, built from their files.</summary>
    public static void Write(Stream output)
    {
        using var w = new BinaryWriter(output, System.Text.Encoding.UTF8, leaveOpen: true);
        w.Write(Magic.ToCharArray());
        w.Write(Version);
        w.Write(BitConverter.IsLittleEndian);

        var (trie, codes) = ActorTable.LoadBundled(useIndex: false).Index();
        w.Write(ActorSourceHash());
        w.Write(trie.MaxLength);
        var a = trie.Arrays;
        WriteArray(w, a.WordChars);
        WriteArray(w, a.WordStart);
        WriteArray(w, a.NodeWord);
        WriteArray(w, a.ValueStart);
        WriteArray(w, a.Capitals);
        WriteArray(w, a.SlotParent);
        WriteArray(w, a.SlotChild);
        WriteArray(w, codes);

        w.Write(PatternFiles.Length);
        foreach (var (file, key, pattern) in PatternFiles)
        {
            var lexicon = new PatternLexicon(file, LexiconFile.Read(file), key, pattern, index: null);
            w.Write(file);
            w.Write(Hash(lexicon.Entries.Select(e => e.Pattern)));
            lexicon.Index.Write(w);
        }
    }

    private static LexiconIndex? ReadBundled()
    {
        using var stream = typeof(LexiconIndex).Assembly.GetManifestResourceStream(ResourceName);
        return stream is null ? null : Read(stream);
    }

    /// <summary>Reads an index; null when it is in another format or was written on a machine of the other byte order.</summary>
    public static LexiconIndex? Read(Stream input)
    {
        using var r = new BinaryReader(input, System.Text.Encoding.UTF8, leaveOpen: true);
        if (new string(r.ReadChars(Magic.Length)) != Magic || r.ReadInt32() != Version || r.ReadBoolean() != BitConverter.IsLittleEndian) return null;
        var actorHash = r.ReadUInt64();
        var maxLength = r.ReadInt32();
        var trie = new PhraseTrie(ReadChars(r), ReadInts(r), ReadInts(r), ReadInts(r), ReadInts(r), ReadInts(r), ReadInts(r), maxLength);
        var codes = ReadInts(r);
        var patterns = new Dictionary<string, (ulong, PatternLexicon.StartIndex)>(StringComparer.Ordinal);
        for (var n = r.ReadInt32(); n > 0; n--)
        {
            var file = r.ReadString();
            var hash = r.ReadUInt64();
            patterns[file] = (hash, PatternLexicon.StartIndex.Read(r));
        }
        return new LexiconIndex(actorHash == ActorSourceHash() ? (trie, codes) : null, patterns);
    }

    // One method per element type rather than one generic: ReadyToRun does not precompile this assembly's generic
    // methods over value types, and these run at every start.
    internal static void WriteArray(BinaryWriter w, char[] a) => WriteBytes(w, a.Length, MemoryMarshal.AsBytes(a.AsSpan()));

    internal static void WriteArray(BinaryWriter w, int[] a) => WriteBytes(w, a.Length, MemoryMarshal.AsBytes(a.AsSpan()));

    internal static void WriteArray(BinaryWriter w, ulong[] a) => WriteBytes(w, a.Length, MemoryMarshal.AsBytes(a.AsSpan()));

    internal static void WriteArray(BinaryWriter w, byte[] a) => WriteBytes(w, a.Length, a);

    private static void WriteBytes(BinaryWriter w, int length, ReadOnlySpan<byte> bytes)
    {
        w.Write(length);
        w.Write(bytes);
    }

    internal static char[] ReadChars(BinaryReader r)
    {
        var a = new char[r.ReadInt32()];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(a.AsSpan()));
        return a;
    }

    internal static int[] ReadInts(BinaryReader r)
    {
        var a = new int[r.ReadInt32()];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(a.AsSpan()));
        return a;
    }

    internal static ulong[] ReadULongs(BinaryReader r)
    {
        var a = new ulong[r.ReadInt32()];
        r.BaseStream.ReadExactly(MemoryMarshal.AsBytes(a.AsSpan()));
        return a;
    }

    internal static byte[] ReadBytes(BinaryReader r)
    {
        var a = new byte[r.ReadInt32()];
        r.BaseStream.ReadExactly(a);
        return a;
    }
}
