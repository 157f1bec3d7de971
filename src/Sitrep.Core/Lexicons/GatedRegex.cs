using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>A regex with the strings every match of it must contain, so a text lacking one is ruled out without running it.</summary>
/// <remarks>
/// Whole-text scans of long alternations cost far more than a vectorised search for a few required words, and most
/// reports hold none of them. The strings come from the pattern itself (<see cref="RegexRequirements"/>), so the gate
/// follows the data files. The search folds case as ASCII does, which agrees with the regex's folding on ASCII text
/// only: other texts always run the regex.
/// </remarks>
internal sealed class GatedRegex
{
    // Options that change what the pattern text means to the reader of requirements: no gate then.
    private const RegexOptions Unread = RegexOptions.IgnorePatternWhitespace | RegexOptions.ECMAScript | RegexOptions.RightToLeft;

    private readonly SearchValues<string>[] _required;
    // Per set of _required, the length of its longest string: an occurrence starting that far before a window's end lies inside it.
    private readonly int[] _longest;
    private readonly Func<Regex> _regex;

    /// <summary>Gates <paramref name="regex"/> by the strings its pattern requires (no gate when none are known).</summary>
    public GatedRegex(Regex regex)
        : this(() => regex)
    {
    }

    /// <summary>Gates a row that may change engine under it (<see cref="TieredRegex"/>): interpreted first, compiled once hot.</summary>
    public GatedRegex(TieredRegex regex)
        : this(() => regex.Current)
    {
    }

    /// <summary>Gates the regex <paramref name="regex"/> hands out, asked at each use (a row whose engine changes when it is hot).</summary>
    public GatedRegex(Func<Regex> regex)
    {
        _regex = regex;
        var first = regex();
        // A gate only spares work, so a short job (patterns interpreted) goes without: building it costs more than one report saves.
        var sets = (first.Options & Unread) != 0 || !RegexCompilation.Compiled ? [] : RegexRequirements.Of(first.ToString());
        _required = sets.Select(set => SearchValues.Create(set, StringComparison.OrdinalIgnoreCase)).ToArray();
        _longest = sets.Select(set => set.DefaultIfEmpty("").Max(w => w.Length)).ToArray();
        _branches = new(SplitBranches);
    }

    /// <summary>The regex itself, as it runs now.</summary>
    public Regex Regex => _regex();

    /// <summary>How many sets of required strings gate the regex (zero: it always runs).</summary>
    public int RequiredSets => _required.Length;

    /// <summary>False only when <paramref name="text"/> cannot hold a match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (_required.Length == 0 || !Ascii.IsValid(text)) return true;
        return ContainsAll(text, _required);
    }

    // The strings every match of a pattern must contain, one set per requirement, searched ignoring case.
    private static SearchValues<string>[] RequiredOf(string pattern) =>
        RegexRequirements.Of(pattern).Select(set => SearchValues.Create(set, StringComparison.OrdinalIgnoreCase)).ToArray();

    // Whether text holds a string of every set (asked only of ASCII text, where the search folds case as the regex does).
    private static bool ContainsAll(ReadOnlySpan<char> text, SearchValues<string>[] required)
    {
        foreach (var set in required)
        {
            if (!text.ContainsAny(set)) return false;
        }
        return true;
    }

    /// <summary>The same answer as <see cref="Regex.IsMatch(string)"/>.</summary>
    public bool IsMatch(string text) => MayMatch(text) && _regex().IsMatch(text);

    /// <summary>The same matches as <see cref="Regex.Matches(string)"/>.</summary>
    public IReadOnlyList<Match> Matches(string text) => MayMatch(text) ? _regex().Matches(text) : [];

    /// <summary>The matches that lie inside one of <paramref name="windows"/> (in order, not overlapping), each window gated alone.</summary>
    /// <remarks>
    /// For phrases told within one sentence: a long report then runs the regex only over the sentences that hold its
    /// required words, not over the whole text whenever any sentence does. The search sees the text before a window (so
    /// look-behinds read as in a whole-text scan) and stops at the window's end; a match the whole text would carry past
    /// that end is not one sentence's phrase and is left out.
    /// </remarks>
    public List<Match> MatchesIn(string text, IEnumerable<Text.TextSpan> windows)
    {
        var found = new List<Match>();
        // A text without a required word has no window with one: one search over the text spares one per sentence.
        if (!MayMatch(text)) return found;
        var branches = _branches.Value;
        // On ASCII text (every window ASCII too) each set's next occurrence is found once and carried from window to
        // window: a window before it is ruled out without a search, so the searches follow the occurrences, not the
        // sentences. Other texts gate each window alone, as MayMatch does.
        var walk = _required.Length > 0 && Ascii.IsValid(text);
        Span<int> from = walk && _required.Length <= 16 ? stackalloc int[_required.Length] : new int[walk ? _required.Length : 0];
        Span<int> next = walk && _required.Length <= 16 ? stackalloc int[_required.Length] : new int[walk ? _required.Length : 0];
        // No search made yet: from after next marks each set's occurrence as unknown.
        from.Fill(1);
        next.Fill(0);
        foreach (var w in windows)
        {
            var window = text.AsSpan(w.Start, w.End - w.Start);
            if (walk ? !WindowHoldsAll(text, w, from, next) : !MayMatch(window)) continue;
            if (branches is null || !BranchMatchesIn(text, w, branches, found)) WholeMatchesIn(text, w, found);
        }
        return found;
    }

    /// <summary>Whether window <paramref name="w"/> of ASCII <paramref name="text"/> holds a string of every required set,
    /// as ContainsAll of the window answers; <paramref name="next"/>[k] is the first occurrence of set k at or after
    /// <paramref name="from"/>[k] (text.Length when none), kept for the next window.</summary>
    private bool WindowHoldsAll(string text, Text.TextSpan w, Span<int> from, Span<int> next)
    {
        for (var k = 0; k < _required.Length; k++)
        {
            // The occurrence found earlier is still the first at or after this window's start when it lies at or after it.
            if (from[k] > w.Start || next[k] < w.Start)
            {
                var at = text.AsSpan(w.Start).IndexOfAny(_required[k]);
                from[k] = w.Start;
                next[k] = at < 0 ? text.Length : w.Start + at;
            }
            // None starts inside the window: it holds none.
            if (next[k] >= w.End) return false;
            // One that may run past the window's end: the window is searched alone (a shorter string may still fit).
            if (next[k] + _longest[k] > w.End && !text.AsSpan(w.Start, w.End - w.Start).ContainsAny(_required[k])) return false;
        }
        return true;
    }

    /// <summary><see cref="MatchesIn"/> with every window read by the whole pattern, as tests check the branches against.</summary>
    internal List<Match> WholeMatchesIn(string text, IEnumerable<Text.TextSpan> windows)
    {
        var found = new List<Match>();
        foreach (var w in windows)
            if (MayMatch(text.AsSpan(w.Start, w.End - w.Start))) WholeMatchesIn(text, w, found);
        return found;
    }

    /// <summary>Whether <see cref="MatchesIn"/> reads the pattern branch by branch.</summary>
    internal bool ReadsBranches => _branches.Value is not null;

    private void WholeMatchesIn(string text, Text.TextSpan w, List<Match> found)
    {
        var regex = _regex();
        foreach (var vm in regex.EnumerateMatches(text.AsSpan(0, w.End), w.Start))
        {
            // The span search gives no groups; the same start in the whole text gives the match with them.
            var m = regex.Match(text, vm.Index);
            if (m.Success && m.Index == vm.Index && m.Index + m.Length <= w.End) found.Add(m);
        }
    }

    /// <summary>What <see cref="WholeMatchesIn"/> finds in window <paramref name="w"/>, found branch by branch of the
    /// pattern's top-level alternation; false (nothing added) when a branch matched empty and the window must be read whole.</summary>
    /// <remarks>
    /// A long alternation scans as slowly as its most general branch tries at every place any branch may start (a
    /// branch opening with "the" is tried at every "the" of the sentence, for all branches), and one gate for all of
    /// them lets through every sentence that holds any branch's word. Each branch alone has its own literal start to
    /// search for and its own required words, so most never run. The whole pattern's match at a place is its first
    /// branch that matches there, so the leftmost match of any branch (the earliest branch on a tie) is the whole
    /// pattern's next match, and the scan goes on from its end as the whole pattern's does.
    /// </remarks>
    private bool BranchMatchesIn(string text, Text.TextSpan w, Branch[] branches, List<Match> found)
    {
        var input = text.AsSpan(0, w.End);
        var gated = Ascii.IsValid(text.AsSpan(w.Start, w.End - w.Start));
        var count = branches.Length;
        Span<int> at = count <= 64 ? stackalloc int[count] : new int[count];
        Span<int> length = count <= 64 ? stackalloc int[count] : new int[count];
        for (var b = 0; b < count; b++)
            at[b] = gated && !branches[b].MayMatch(text.AsSpan(w.Start, w.End - w.Start)) ? -1 : First(branches[b].Regex, input, w.Start, out length[b]);
        var before = found.Count;
        Regex? whole = null;
        var cursor = w.Start;
        while (true)
        {
            var best = -1;
            for (var b = 0; b < count; b++)
            {
                if (at[b] < 0) continue;
                if (at[b] < cursor) at[b] = cursor > input.Length ? -1 : First(branches[b].Regex, input, cursor, out length[b]);
                if (at[b] >= 0 && (best < 0 || at[b] < at[best])) best = b;
            }
            if (best < 0) return true;
            if (length[best] == 0)
            {
                // An empty match moves the whole pattern's scan on by one character, not past it: read this window whole.
                found.RemoveRange(before, found.Count - before);
                return false;
            }
            whole ??= _regex();
            var m = whole.Match(text, at[best]);
            if (m.Success && m.Index == at[best] && m.Index + m.Length <= w.End) found.Add(m);
            cursor = at[best] + length[best];
        }
    }

    private static int First(Regex regex, ReadOnlySpan<char> input, int startAt, out int length)
    {
        foreach (var m in regex.EnumerateMatches(input, startAt))
        {
            length = m.Length;
            return m.Index;
        }
        length = 0;
        return -1;
    }

    // The top-level branches, each with its own gate, when the pattern has several and may be read branch by branch.
    private readonly Lazy<Branch[]?> _branches;

    private Branch[]? SplitBranches()
    {
        var first = _regex();
        // As the gate: a short job runs the pattern as it is.
        if ((first.Options & Unread) != 0 || !RegexCompilation.Compiled) return null;
        var pattern = first.ToString();
        // \G reads where the scan started, which the branches' separate scans do not share.
        if (pattern.Contains(@"\G", StringComparison.Ordinal)) return null;
        var parts = Alternation.Branches(pattern);
        if (parts.Count < 2) return null;
        var options = RegexCompilation.With(first.Options & ~RegexOptions.Compiled);
        return parts.Select(p => new Branch(new TieredRegex(p, options), RequiredOf(p))).ToArray();
    }

    /// <summary>One top-level branch of the pattern and the strings each of its matches must contain.</summary>
    private sealed class Branch(TieredRegex regex, SearchValues<string>[] required)
    {
        public Regex Regex => regex.Current;

        // Only asked on ASCII text, where the search folds case as the regex does.
        public bool MayMatch(ReadOnlySpan<char> text) => ContainsAll(text, required);
    }
}
