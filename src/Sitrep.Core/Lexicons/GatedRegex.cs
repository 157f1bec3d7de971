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
        _required = (first.Options & Unread) != 0 || !RegexCompilation.Compiled ? []
            : RegexRequirements.Of(first.ToString()).Select(set => SearchValues.Create(set, StringComparison.OrdinalIgnoreCase)).ToArray();
    }

    /// <summary>The regex itself, as it runs now.</summary>
    public Regex Regex => _regex();

    /// <summary>How many sets of required strings gate the regex (zero: it always runs).</summary>
    public int RequiredSets => _required.Length;

    /// <summary>False only when <paramref name="text"/> cannot hold a match.</summary>
    public bool MayMatch(ReadOnlySpan<char> text)
    {
        if (_required.Length == 0 || !Ascii.IsValid(text)) return true;
        foreach (var set in _required)
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
        foreach (var w in windows)
        {
            if (!MayMatch(text.AsSpan(w.Start, w.End - w.Start))) continue;
            var regex = _regex();
            foreach (var vm in regex.EnumerateMatches(text.AsSpan(0, w.End), w.Start))
            {
                // The span search gives no groups; the same start in the whole text gives the match with them.
                var m = regex.Match(text, vm.Index);
                if (m.Success && m.Index == vm.Index && m.Index + m.Length <= w.End) found.Add(m);
            }
        }
        return found;
    }
}
