using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>The tool builds no regex matchers: Sitrep.Core's generated table (LexiconRegexes.targets) stands empty here.</summary>
internal static class LexiconRegexes
{
    /// <summary>Always null: every row runs on the interpreter.</summary>
    internal static Regex? Of(string pattern) => null;
}
