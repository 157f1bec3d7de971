using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Text;

/// <summary>Compiled, cached regular expressions for the short checks the stages make inline.</summary>
/// <remarks>Regex's static methods keep only 15 patterns cached; the pipeline uses more, so they were re-parsed on every call.</remarks>
internal static class Patterns
{
    private static readonly ConcurrentDictionary<(string Pattern, bool IgnoreCase), Regex> Cache = new();

    public static Regex Get(string pattern, bool ignoreCase = true) =>
        Cache.GetOrAdd((pattern, ignoreCase), k => Lexicons.RegexCompilation.Create(k.Pattern,
            Lexicons.RegexCompilation.With((k.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None) | RegexOptions.CultureInvariant)));

    public static bool IsMatch(string input, string pattern, bool ignoreCase = true) => Get(pattern, ignoreCase).IsMatch(input);
}
