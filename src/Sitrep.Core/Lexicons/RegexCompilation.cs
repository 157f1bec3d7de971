using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>Whether the lexicons' regular expressions are compiled to IL or interpreted, chosen once per process by its host.</summary>
/// <remarks>
/// Compiling the few hundred patterns of the bundled lexicons costs about two seconds of JIT at their first use and
/// pays back only after a megabyte or so of text (about 10 % faster from then on). A host that runs one short job
/// (a CLI extract of one report) asks for <see cref="Interpreted"/> before the first pipeline is made; servers and
/// batch runs keep the default. It is process-wide because the compiled patterns are shared by every pipeline.
/// </remarks>
public static class RegexCompilation
{
    private static volatile bool _compiled = true;

    // Whether this assembly carries precompiled (ReadyToRun) code: the installed tool and the single-file build do, a
    // plain `dotnet build` does not. Read from the file's header once, when first asked.
    private static readonly Lazy<bool> Precompiled = new(ReadPrecompiled);

    /// <summary>Whether Sitrep.Core carries ReadyToRun code (the installed tool, the single file), read from its header once.</summary>
    public static bool PrecompiledBuild => Precompiled.Value;

    /// <summary>True (the default) when patterns are compiled to IL.</summary>
    public static bool Compiled => _compiled;

    /// <summary>Patterns made from now on are interpreted: a fast first document, a slower steady rate.</summary>
    public static void Interpreted() => _compiled = false;

    /// <summary>The options for a lexicon pattern: <paramref name="options"/> plus compilation when it is on.</summary>
    public static RegexOptions With(RegexOptions options) => _compiled ? options | RegexOptions.Compiled : options;

    /// <summary>The regex for <paramref name="pattern"/>: a compiled one with its lazy counted group loops unrolled
    /// (<see cref="LazyLoops"/>), or the interpreter where they cannot be; every regex built from data goes through here.</summary>
    public static Regex Create(string pattern, RegexOptions options)
    {
        if ((options & RegexOptions.Compiled) == 0) return new Regex(pattern, options);
        return LazyLoops.Unroll(pattern, options) is { } unrolled
            ? new Regex(unrolled, options)
            : new Regex(pattern, options & ~RegexOptions.Compiled);
    }

    /// <summary>
    /// The regex to run for a source-generated one: <paramref name="generated"/> itself, or, in a short job whose code is
    /// not precompiled, the same pattern and options on the interpreter (<see cref="InterpretedCopy"/>).
    /// </summary>
    /// <remarks>
    /// Without ReadyToRun the generated matchers are JIT-compiled at their first match: about 250 KB of IL, a fifth of a
    /// short run. The interpreter answers the same, slower per character, which a short job does not feel.
    /// </remarks>
    internal static Regex FirstUse(Regex generated) => _compiled || Precompiled.Value ? generated : InterpretedCopy(generated);

    /// <summary>The interpreted copy of <paramref name="generated"/>, made at its first use and kept for the process.</summary>
    internal static Regex InterpretedCopy(Regex generated) => InterpretedCopies.GetOrAdd(generated, static g => new Regex(g.ToString(), g.Options));

    // Keyed by the generated instance itself (each [GeneratedRegex] accessor hands out one), so a pattern needs no field of its own.
    private static readonly ConcurrentDictionary<Regex, Regex> InterpretedCopies = new(ReferenceEqualityComparer.Instance);

    // A single-file build has no Sitrep.Core.dll beside it; it is published precompiled (scripts/publish.sh), and any
    // answer but "no" keeps the generated matchers, as before this choice existed.
    private static bool ReadPrecompiled() => IsPrecompiled(Path.Combine(AppContext.BaseDirectory, typeof(RegexCompilation).Assembly.GetName().Name + ".dll"));

    /// <summary>False only when <paramref name="path"/> is a managed assembly without ReadyToRun code.</summary>
    /// <remarks>
    /// Reads the few header fields it needs by hand: System.Reflection.Metadata's PEReader loaded two assemblies and
    /// JIT-compiled their generic code at every start of the CLI, to answer this one question.
    /// </remarks>
    internal static bool IsPrecompiled(string path)
    {
        try
        {
            using var file = File.OpenRead(path);
            Span<byte> head = stackalloc byte[4096];
            var read = file.ReadAtLeast(head, head.Length, throwOnEndOfStream: false);
            head = head[..read];
            int I32(ReadOnlySpan<byte> b, int at) => at >= 0 && at + 4 <= b.Length ? BinaryPrimitives.ReadInt32LittleEndian(b[at..]) : throw new BadImageFormatException();
            int U16(ReadOnlySpan<byte> b, int at) => at >= 0 && at + 2 <= b.Length ? BinaryPrimitives.ReadUInt16LittleEndian(b[at..]) : throw new BadImageFormatException();
            if (U16(head, 0) != 0x5A4D) throw new BadImageFormatException();
            var pe = I32(head, 0x3C);
            if (I32(head, pe) != 0x4550) throw new BadImageFormatException();
            var sections = U16(head, pe + 6);
            var optional = pe + 24;
            var optionalSize = U16(head, pe + 20);
            // The CLI header is data directory 14, after 96 (PE32) or 112 (PE32+) bytes of the optional header.
            var directories = optional + (U16(head, optional) == 0x20B ? 112 : 96);
            var cliRva = I32(head, directories + 14 * 8);
            if (I32(head, directories + 14 * 8 + 4) == 0) return true;
            for (var k = 0; k < sections; k++)
            {
                var section = optional + optionalSize + k * 40;
                var (size, va, raw) = (Math.Max(I32(head, section + 8), I32(head, section + 16)), I32(head, section + 12), I32(head, section + 20));
                if (cliRva < va || cliRva >= va + size) continue;
                Span<byte> cli = stackalloc byte[72];
                file.Position = cliRva - va + raw;
                file.ReadExactly(cli);
                // IMAGE_COR20_HEADER: the ManagedNativeHeader directory (offset 64) is what ReadyToRun fills in.
                return I32(cli, 68) != 0;
            }
            throw new BadImageFormatException();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return true;
        }
    }
}

