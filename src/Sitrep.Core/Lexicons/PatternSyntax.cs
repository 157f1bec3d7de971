namespace Sitrep.Core.Lexicons;

/// <summary>Reading the text of a .NET pattern where the lexicon tools need it: where a character class ends.</summary>
internal static class PatternSyntax
{
    /// <summary>The index of the ']' closing the class opened at <paramref name="open"/> (the pattern's length when unclosed).</summary>
    /// <remarks>A ']' first in the class (after an optional '^') is a literal, as are escaped ones.</remarks>
    public static int ClassEnd(string pattern, int open)
    {
        var i = open + 1;
        if (i < pattern.Length && pattern[i] == '^') i++;
        if (i < pattern.Length && pattern[i] == ']') i++;
        for (; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\') i++;
            else if (pattern[i] == ']') return i;
        }

        return pattern.Length;
    }
}
