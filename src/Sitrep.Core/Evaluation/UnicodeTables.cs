namespace Sitrep.Core.Evaluation;

/// <summary>Code points where .NET's Unicode data disagrees with Python 3.11's (Unicode 14) for casefold, isalnum and the place/actor fold.</summary>
internal static partial class UnicodeTables
{
    /// <summary>Casefold results differing from Rune.ToLowerInvariant.</summary>
    public static readonly Dictionary<int, string> CaseFoldOverrides = new();

    /// <summary>isalnum results differing from the letter/number general categories.</summary>
    public static readonly Dictionary<int, bool> AlnumOverrides = new();

    /// <summary>Per-code-point fold results (word characters kept, others as spaces) differing from the .NET computation.</summary>
    public static readonly Dictionary<int, string> FoldOverrides = new();
}
