using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Sitrep.Core.Lexicons;

/// <summary>Reads a case-insensitive .NET pattern for the short literal strings every match of it must begin with.</summary>
/// <remarks>
/// Strings are lower-case ASCII. The reading is conservative: anything it does not model (a wide character class, a
/// non-ASCII literal, an inline option, a conditional) ends a string early or gives up with null ("a match could
/// start with anything"), never drops a string a match could start with.
/// </remarks>
internal static class RegexPrefixes
{
    // A class wider than this says too little about a match's start to be worth indexing.
    private const int MaxClassWidth = 12;

    private static readonly ConcurrentDictionary<string, char[]> ClassCache = new(StringComparer.Ordinal);

    /// <summary>
    /// The prefixes of <paramref name="pattern"/> (up to <paramref name="maxLength"/> characters), or null when some match could start with anything.
    /// A prefix that is not Open is a whole match: nothing follows it.
    /// </summary>
    public static (string Text, bool Open)[]? Of(string pattern, int maxLength = 8, int maxCount = 256)
    {
        // A long prefix is more selective, but alternatives multiply; shorter prefixes keep the set small.
        for (var k = maxLength; k >= 1; k = k > 2 ? k / 2 : k - 1)
        {
            try
            {
                var set = new Reader(pattern, k, maxCount).ReadAll();
                if (set.Any(x => x.Text.Length == 0)) return null;
                // An open "kill" already admits every match "killed" would, so what it covers is dropped.
                var open = set.Where(x => x.Open).Select(x => x.Text).ToList();
                return set.Where(x => !open.Any(u => x.Text.StartsWith(u, StringComparison.Ordinal) && (u.Length < x.Text.Length || !x.Open)))
                    .Select(x => (x.Text, x.Open))
                    .OrderBy(x => x.Text, StringComparer.Ordinal).ThenBy(x => x.Open)
                    .ToArray();
            }
            catch (TooManyException)
            {
            }
            catch (UnsupportedException)
            {
                return null;
            }
        }
        return null;
    }

    /// <summary>How the lexicons fold a character before comparing it with a prefix: ASCII letters to lower case.</summary>
    public static char Fold(char c) => c is >= 'A' and <= 'Z' ? (char)(c | 0x20) : c;

    // Text is what a match of the piece starts with; Open means the match may go on past it (unknown characters follow).
    private readonly record struct Item(string Text, bool Open);

    private sealed class TooManyException : Exception;

    private sealed class UnsupportedException : Exception;

    private sealed class Reader(string pattern, int maxLength, int maxCount)
    {
        private static readonly HashSet<Item> Empty = [new("", false)];
        private static readonly HashSet<Item> Any = [new("", true)];
        private int _i;

        public HashSet<Item> ReadAll()
        {
            var set = Alternation();
            // A ')' closing nothing would escape the (?:...) the lexicon wraps the row in.
            if (_i != pattern.Length) throw new UnsupportedException();
            return set;
        }

        private bool At(char c) => _i < pattern.Length && pattern[_i] == c;

        private bool AtText(string s) => string.CompareOrdinal(pattern, _i, s, 0, s.Length) == 0;

        private HashSet<Item> Alternation()
        {
            var set = Sequence();
            while (At('|'))
            {
                _i++;
                set = Union(set, Sequence());
            }
            return set;
        }

        private HashSet<Item> Sequence()
        {
            var set = Empty;
            while (_i < pattern.Length && !At('|') && !At(')'))
                set = Concat(set, Quantified(Atom()));
            return set;
        }

        private HashSet<Item> Atom()
        {
            var c = pattern[_i++];
            switch (c)
            {
                case '(':
                    return Group();
                case '[':
                    return Class();
                case '\\':
                    return Escape();
                case '.':
                    return Any;
                case '^' or '$':
                    return Empty;
                default:
                    return Literal(c);
            }
        }

        private HashSet<Item> Group()
        {
            HashSet<Item> inner;
            if (!At('?'))
            {
                inner = Alternation();
            }
            else if (AtText("?:") || AtText("?>"))
            {
                _i += 2;
                inner = Alternation();
            }
            else if (AtText("?=") || AtText("?!") || AtText("?<=") || AtText("?<!"))
            {
                // A look-around consumes nothing; what it requires is left unchecked, which only widens the set.
                _i += pattern[_i + 1] == '<' ? 3 : 2;
                Alternation();
                inner = Empty;
            }
            else if (AtText("?<") || AtText("?'"))
            {
                var close = pattern[_i + 1] == '<' ? '>' : '\'';
                var end = pattern.IndexOf(close, _i + 2);
                // A balancing group (?<a-b>...) is beyond this reading.
                if (end < 0 || pattern.AsSpan(_i + 2, end - _i - 2).Contains('-')) throw new UnsupportedException();
                _i = end + 1;
                inner = Alternation();
            }
            else
            {
                // Inline options may switch off case folding or turn on free spacing; conditionals and comments are rare.
                throw new UnsupportedException();
            }
            if (!At(')')) throw new UnsupportedException();
            _i++;
            return inner;
        }

        private HashSet<Item> Class()
        {
            var start = _i - 1;
            if (At('^')) _i++;
            if (At(']')) _i++;
            while (_i < pattern.Length && pattern[_i] != ']')
            {
                if (pattern[_i] == '\\') _i++;
                else if (pattern[_i] == '-' && _i + 1 < pattern.Length && pattern[_i + 1] == '[') throw new UnsupportedException();
                _i++;
            }
            if (!At(']')) throw new UnsupportedException();
            _i++;
            return Chars(pattern[start.._i]);
        }

        private HashSet<Item> Escape()
        {
            if (_i >= pattern.Length) throw new UnsupportedException();
            var c = pattern[_i++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Empty;
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                    return Chars("\\" + c);
                case 'p' or 'P':
                    {
                        var end = pattern.IndexOf('}', _i);
                        if (end < 0) throw new UnsupportedException();
                        var text = "\\" + c + pattern[_i..(end + 1)];
                        _i = end + 1;
                        return Chars(text);
                    }
                case 't': return Literal('\t');
                case 'n': return Literal('\n');
                case 'r': return Literal('\r');
                case 'f': return Literal('\f');
                case 'v': return Literal('\v');
                case 'e': return Literal('\u001B');
                case 'a': return Literal('\u0007');
                case 'x' or 'u' or 'c' or 'k' or (>= '0' and <= '9'):
                    // Code points, control letters and back-references: rare enough to give up on.
                    throw new UnsupportedException();
                default:
                    return Literal(c);
            }
        }

        private HashSet<Item> Quantified(HashSet<Item> atom)
        {
            if (_i >= pattern.Length) return atom;
            int min, max;
            switch (pattern[_i])
            {
                case '*': min = 0; max = int.MaxValue; _i++; break;
                case '+': min = 1; max = int.MaxValue; _i++; break;
                case '?': min = 0; max = 1; _i++; break;
                case '{' when Bounds(out min, out max): break;
                default: return atom;
            }
            if (At('?')) _i++;
            if (max == 0) return Empty;
            // One repetition is a start; a second may follow it, so the start stays open.
            var once = max == 1 ? atom : atom.Select(x => x with { Open = true }).ToHashSet();
            return min == 0 ? Union(Empty, once) : once;
        }

        // {n}, {n,} or {n,m}; anything else is a literal '{'.
        private bool Bounds(out int min, out int max)
        {
            min = max = 0;
            var m = Regex.Match(pattern[_i..], @"^\{(\d+)(,(\d*))?\}");
            if (!m.Success) return false;
            min = int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            max = !m.Groups[2].Success ? min
                : m.Groups[3].Length == 0 ? int.MaxValue
                : int.Parse(m.Groups[3].Value, System.Globalization.CultureInfo.InvariantCulture);
            _i += m.Length;
            return true;
        }

        private HashSet<Item> Literal(char c) => c < 128 ? [new(Fold(c).ToString(), false)] : Any;

        private HashSet<Item> Chars(string classText)
        {
            var chars = ClassCache.GetOrAdd(classText, AsciiMembers);
            // A non-ASCII text character is never compared with a prefix (it stands for any character), so the
            // class's ASCII members are all that matter.
            return chars.Length > MaxClassWidth ? Any : chars.Select(ch => new Item(ch.ToString(), false)).ToHashSet();
        }

        // The class's ASCII members, folded, asked of the regex engine itself so \w, \s and case folding are its own.
        private static char[] AsciiMembers(string classText)
        {
            var r = new Regex(@"\A" + classText + @"\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
            var set = new SortedSet<char>();
            for (var c = (char)0; c < 128; c++)
                if (r.IsMatch(c.ToString())) set.Add(Fold(c));
            return [.. set];
        }

        private HashSet<Item> Union(HashSet<Item> a, HashSet<Item> b)
        {
            if (a.Contains(Any.First()) || b.Contains(Any.First())) return Any;
            var set = new HashSet<Item>(a);
            set.UnionWith(b);
            return Checked(set);
        }

        private HashSet<Item> Concat(HashSet<Item> a, HashSet<Item> b)
        {
            if (a.Contains(Any.First())) return Any;
            if (a.All(x => x.Open)) return a;
            var set = new HashSet<Item>();
            foreach (var x in a)
            {
                if (x.Open)
                {
                    set.Add(x);
                    continue;
                }
                foreach (var y in b)
                {
                    var text = x.Text + y.Text;
                    set.Add(text.Length > maxLength ? new Item(text[..maxLength], true) : new Item(text, y.Open));
                }
            }
            return set.Contains(Any.First()) ? Any : Checked(set);
        }

        private HashSet<Item> Checked(HashSet<Item> set) => set.Count > maxCount ? throw new TooManyException() : set;
    }
}
