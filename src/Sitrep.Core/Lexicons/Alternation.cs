namespace Sitrep.Core.Lexicons;

/// <summary>Splits a pattern into its top-level alternatives.</summary>
internal static class Alternation
{
    /// <summary>The top-level branches of <paramref name="pattern"/> (one when it has no top-level '|').</summary>
    public static List<string> Branches(string pattern)
    {
        var branches = new List<string>();
        var depth = 0;
        var start = 0;
        foreach (var i in PatternSyntax.Structure(pattern))
        {
            switch (pattern[i])
            {
                case '(':
                    depth++;
                    break;
                case ')':
                    depth--;
                    break;
                case '|' when depth == 0:
                    branches.Add(pattern[start..i]);
                    start = i + 1;
                    break;
            }
        }

        branches.Add(pattern[start..]);
        return branches;
    }
}
