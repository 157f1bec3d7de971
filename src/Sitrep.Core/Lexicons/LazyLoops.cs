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

    /// <summary><paramref name="pattern"/> with every lazy counted loop of a group rewritten to run alike on every engine;
    /// null when a loop's group is a numbered capture that would have to be copied, which would renumber the groups after
    /// it (run such a pattern on the interpreter).</summary>
    /// <remarks>
    /// A loop <c>(?:x){m,n}?</c> becomes m copies of x, n−m empty captures of a counter group, then <c>(?:x(?&lt;-c&gt;))*?</c>:
    /// an unbounded lazy loop, which the compiled engines run right, that takes one counter capture per pass and so stops
    /// after n−m. It tries the same counts in the same order as the loop, with x written once: the nested form
    /// <c>x(?:x(?:x)??)??</c> copies x n times, and a long x looped nine times made a matcher of 128 KB of IL, too large
    /// for the JIT to optimise. The nested form stays where the counter cannot count: inside a group that repeats (its
    /// captures would carry over to the next pass), a look-behind (which runs right to left, pops before pushes) or a
    /// look-ahead.
    /// </remarks>
    public static string? Unroll(string pattern, RegexOptions options = RegexOptions.None)
    {
        var explicitCapture = (options & RegexOptions.ExplicitCapture) != 0;
        var counters = 0;
        while (true)
        {
            var (start, close, end, m, n) = Find(pattern);
            if (start < 0) return pattern;
            var group = pattern[start..(close + 1)];
            var numbered = !explicitCapture && group.Length > 1 && group[1] != '?';
            var counted = n > m && !RepeatedOrBehind(pattern, start, close);
            if (numbered && (m > 0 || !counted)) return null;
            var text = new StringBuilder(pattern, 0, start, pattern.Length * 2);
            for (var k = 0; k < m; k++) text.Append(group);
            if (n < 0)
            {
                text.Append("(?:").Append(group).Append(")*?");
            }
            else if (counted)
            {
                var counter = CounterName(pattern, ref counters);
                for (var k = m; k < n; k++) text.Append("(?<").Append(counter).Append(">)");
                text.Append("(?:").Append(group).Append("(?<-").Append(counter).Append(">))*?");
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

    private static string CounterName(string pattern, ref int counters)
    {
        while (pattern.Contains(CounterPrefix + counters + "_", StringComparison.Ordinal)) counters++;
        return CounterPrefix + counters++ + "_";
    }

    private const string CounterPrefix = "lazy";

    /// <summary>Whether <paramref name="groupName"/> is a counter <see cref="Unroll"/> added (a match of a rewritten pattern has
    /// them beside the pattern's own groups; they capture nothing).</summary>
    public static bool IsCounter(string groupName) =>
        groupName.Length > CounterPrefix.Length + 1 && groupName.StartsWith(CounterPrefix, StringComparison.Ordinal) && groupName[^1] == '_'
        && groupName.AsSpan(CounterPrefix.Length, groupName.Length - CounterPrefix.Length - 1).IndexOfAnyExceptInRange('0', '9') < 0;

    private static readonly Regex Repeats = new(@"\G(?:[*+]|\{(?<min>\d+)(?:,(?<max>\d*))?\})", RegexOptions.CultureInvariant);

    /// <summary>Whether the group at <paramref name="start"/>..<paramref name="close"/> lies inside a group that may match
    /// more than once or inside a look-around.</summary>
    private static bool RepeatedOrBehind(string pattern, int start, int close)
    {
        foreach (var (o, c) in Groups(pattern))
        {
            if (o >= start || c <= close) continue;
            // A look-around's captures are undone when it ends, and the compiled engines pop the counter inside a negative
            // look-ahead wrongly ("(?!(?:\w+ ){0,2}?rioting)" let a row match that the interpreter refused), so no counter there.
            if (string.CompareOrdinal(pattern, o, "(?<=", 0, 4) == 0 || string.CompareOrdinal(pattern, o, "(?<!", 0, 4) == 0
                || string.CompareOrdinal(pattern, o, "(?=", 0, 3) == 0 || string.CompareOrdinal(pattern, o, "(?!", 0, 3) == 0) return true;
            if (Repeats.Match(pattern, c + 1) is { Success: true } q)
            {
                if (!q.Groups["min"].Success) return true;
                var max = q.Groups["max"].Success ? q.Groups["max"].Value : q.Groups["min"].Value;
                if (max.Length == 0 || int.Parse(max, System.Globalization.CultureInfo.InvariantCulture) > 1) return true;
            }
        }
        return false;
    }

    /// <summary>The first lazy counted group loop to close, so one with none inside it: its group's bounds, the quantifier's
    /// end and its counts (n −1 when unbounded); Start −1 when there is none.</summary>
    private static (int Start, int Close, int End, int M, int N) Find(string pattern)
    {
        foreach (var (start, close) in Groups(pattern))
        {
            if (LazyCount.Match(pattern, close + 1) is { Success: true } q)
            {
                var n = q.Groups["n"].Length == 0 ? -1 : int.Parse(q.Groups["n"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture);
                return (start, close, q.Index + q.Length, int.Parse(q.Groups["m"].ValueSpan, provider: System.Globalization.CultureInfo.InvariantCulture), n);
            }
        }
        return (-1, -1, -1, 0, 0);
    }

    /// <summary>Every group of <paramref name="pattern"/> as its opening and closing parenthesis, in the order they close
    /// (escaped parentheses and those inside a character class are no group).</summary>
    private static IEnumerable<(int Open, int Close)> Groups(string pattern)
    {
        var open = new Stack<int>();
        foreach (var i in PatternSyntax.Structure(pattern))
        {
            if (pattern[i] == '(') open.Push(i);
            else if (pattern[i] == ')' && open.Count > 0) yield return (open.Pop(), i);
        }
    }
}
