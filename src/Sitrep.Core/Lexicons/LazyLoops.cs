using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>Rewrites a group's lazy counted loop, <c>(?:x){m,n}?</c>, into a form .NET's compiled regex engines run as written.</summary>
/// <remarks>
/// .NET 10's compiled engines (RegexOptions.Compiled and the source generator) mis-run a lazy counted loop of a group
/// after an optional alternation: in <c>seized (?:a |the )?(?:\w+ ){0,2}?truck</c> they match "seized a regime BMP and
/// pickup truck" (four words where two are allowed) or index past the input, while the interpreter answers as the pattern
/// says. The lexicons write such loops often ("seized (?:[\w'-]+ ){0,2}?vehicles"), so a trigger matched differently
/// once its row was compiled, and a report's events depended on how many reports came before it. The same loop written
/// as m copies and n−m nested lazy options, <c>x{m}(?:x(?:x)??)??</c>, tries the same counts in the same order and runs
/// alike on every engine.
/// </remarks>
public static class LazyLoops
{
    private static readonly Regex LazyCount = new(@"\G\{(?<m>\d+),(?<n>\d*)\}\?", RegexOptions.CultureInvariant);

    /// <summary>Whether <paramref name="pattern"/> holds a lazy counted loop of a group (the form the compiled engines mis-run).</summary>
    public static bool Has(string pattern) => Find(pattern).Start >= 0;

    /// <summary><paramref name="pattern"/> with every lazy counted loop of a group unrolled; null when a loop's group is a
    /// numbered capture, whose copies would renumber the groups after it (run such a pattern on the interpreter).</summary>
    public static string? Unroll(string pattern, RegexOptions options = RegexOptions.None)
    {
        var explicitCapture = (options & RegexOptions.ExplicitCapture) != 0;
        while (true)
        {
            var (start, close, end, m, n) = Find(pattern);
            if (start < 0) return pattern;
            var group = pattern[start..(close + 1)];
            if (!explicitCapture && group.Length > 1 && group[1] != '?') return null;
            var text = new StringBuilder(pattern, 0, start, pattern.Length * 2);
            for (var k = 0; k < m; k++) text.Append(group);
            if (n < 0)
            {
                text.Append("(?:").Append(group).Append(")*?");
            }
            else
            {
                for (var k = m; k < n; k++) text.Append("(?:").Append(group);
                for (var k = m; k < n; k++) text.Append(")??");
            }
            text.Append(pattern, end, pattern.Length - end);
            pattern = text.ToString();
        }
    }

    /// <summary>The first lazy counted group loop to close, so one with none inside it: its group's bounds, the quantifier's
    /// end and its counts (n −1 when unbounded); Start −1 when there is none.</summary>
    private static (int Start, int Close, int End, int M, int N) Find(string pattern)
    {
        var open = new Stack<int>();
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
                case '(':
                    open.Push(i);
                    break;
                case ')' when open.Count > 0:
                    var start = open.Pop();
                    if (LazyCount.Match(pattern, i + 1) is { Success: true } q)
                    {
                        var n = q.Groups["n"].Length == 0 ? -1 : int.Parse(q.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                        return (start, i, q.Index + q.Length, int.Parse(q.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture), n);
                    }
                    break;
            }
        }
        return (-1, -1, -1, 0, 0);
    }

    // A class's closing bracket: a ']' first in the class (after an optional '^') is a literal, as are escaped ones.
    private static int ClassEnd(string pattern, int open)
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
