using System.Reflection.PortableExecutable;
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

    /// <summary>True (the default) when patterns are compiled to IL.</summary>
    public static bool Compiled => _compiled;

    /// <summary>Patterns made from now on are interpreted: a fast first document, a slower steady rate.</summary>
    public static void Interpreted() => _compiled = false;

    /// <summary>The options for a lexicon pattern: <paramref name="options"/> plus compilation when it is on.</summary>
    public static RegexOptions With(RegexOptions options) => _compiled ? options | RegexOptions.Compiled : options;

    /// <summary>
    /// The regex to run for a source-generated one: <paramref name="generated"/> itself, or, in a short job whose code is
    /// not precompiled, the same pattern and options on the interpreter (made once, kept in <paramref name="interpreted"/>).
    /// </summary>
    /// <remarks>
    /// Without ReadyToRun the generated matchers are JIT-compiled at their first match: about 250 KB of IL, a fifth of a
    /// short run. The interpreter answers the same, slower per character, which a short job does not feel.
    /// </remarks>
    internal static Regex FirstUse(Regex generated, ref Regex? interpreted) => FirstUse(generated, ref interpreted, _compiled || Precompiled.Value);

    /// <summary><see cref="FirstUse(Regex, ref Regex?)"/> with the choice made by the caller.</summary>
    internal static Regex FirstUse(Regex generated, ref Regex? interpreted, bool useGenerated)
    {
        if (useGenerated) return generated;
        return Volatile.Read(ref interpreted) ?? Interlocked.CompareExchange(ref interpreted, new Regex(generated.ToString(), generated.Options), null) ?? interpreted;
    }

    // A single-file build has no Sitrep.Core.dll beside it; it is published precompiled (scripts/publish.sh), and any
    // answer but "no" keeps the generated matchers, as before this choice existed.
    private static bool ReadPrecompiled() => IsPrecompiled(Path.Combine(AppContext.BaseDirectory, typeof(RegexCompilation).Assembly.GetName().Name + ".dll"));

    /// <summary>False only when <paramref name="path"/> is a managed assembly without ReadyToRun code.</summary>
    internal static bool IsPrecompiled(string path)
    {
        try
        {
            using var pe = new PEReader(File.OpenRead(path));
            return pe.PEHeaders.CorHeader is not { } cor || cor.ManagedNativeHeaderDirectory.Size != 0;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BadImageFormatException)
        {
            return true;
        }
    }
}
