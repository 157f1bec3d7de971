namespace Sitrep.Core.Lexicons;

/// <summary>Reading the text of a .NET pattern where the lexicon tools need it: its structural characters, where a class ends.</summary>
internal static class PatternSyntax
{
    /// <summary>The positions of <paramref name="pattern"/>'s '(', ')' and '|' that shape it: not escaped, not inside a class.</summary>
    public static IEnumerable<int> Structure(string pattern)
    {
        for (var i = 0; i < pattern.Length; i++)
        {
            switch (pattern[i])
            {
                case '\\':
                    i++;
                    break;
                case '[':
                    i = ClassEnd(pattern, i);
                    break;
                case '(' or ')' or '|':
                    yield return i;
                    break;
            }
        }
    }

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
