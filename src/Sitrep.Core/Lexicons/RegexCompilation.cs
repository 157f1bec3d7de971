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

    /// <summary>True (the default) when patterns are compiled to IL.</summary>
    public static bool Compiled => _compiled;

    /// <summary>Patterns made from now on are interpreted: a fast first document, a slower steady rate.</summary>
    public static void Interpreted() => _compiled = false;

    /// <summary>The options for a lexicon pattern: <paramref name="options"/> plus compilation when it is on.</summary>
    public static RegexOptions With(RegexOptions options) => _compiled ? options | RegexOptions.Compiled : options;
}
