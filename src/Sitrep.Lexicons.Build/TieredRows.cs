using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>The tool builds no regex matchers: Sitrep.Core's generated table (TieredRowsSource) stands empty here.</summary>
internal static class TieredRows
{
    /// <summary>Always null: every tiered row runs as it would without the table.</summary>
    internal static Regex? Of(string pattern, RegexOptions options) => null;

    /// <summary>No entries.</summary>
    internal static IEnumerable<(string Pattern, RegexOptions Options, Regex Regex)> All() => [];
}
