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

    /// <summary>
    /// The folded run of plain ASCII characters at <paramref name="i"/> that no quantifier applies to, moving past it;
    /// null when the next piece is anything else.
    /// </summary>
    internal static string? LiteralRun(string pattern, ref int i)
    {
        var start = i;
        var end = i;
        while (end < pattern.Length && IsPlain(pattern[end])) end++;
        // A quantifier after the run binds to its last character only.
        if (end < pattern.Length && end > start && pattern[end] is '*' or '+' or '?' or '{') end--;
        if (end <= start) return null;
        i = end;
        return string.Create(end - start, (pattern, start), static (span, x) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = Fold(x.pattern[x.start + k]);
        });
    }

    private static bool IsPlain(char c) => c < 128 && c is not ('\\' or '(' or ')' or '[' or ']' or '|' or '*' or '+' or '?' or '{' or '.' or '^' or '$');

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
            {
                // A run of plain characters is one piece: reading it a character at a time costs a set per character.
                var run = LiteralRun(pattern, ref _i);
                set = Concat(set, run is not null ? [new Item(run, false)] : Quantified(Atom()));
            }
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
                // A named capture, or a pop of one ("(?<-name>)", LazyLoops' counter), which only narrows what matches; a
                // balancing capture ("(?<a-b>)") is not read.
                if (end < 0 || pattern.AsSpan(_i + 2, end - _i - 2).LastIndexOf('-') > 0) throw new UnsupportedException();
                _i = end + 1;
                inner = Alternation();
            }
            else if (OptionsGroup() is { } body)
            {
                // "(?-i:[A-Z])": switching case folding off only narrows what matches, so the folded reading still holds.
                _i = body;
                inner = Alternation();
            }
            else
            {
                // Free spacing, conditionals and comments are rare.
                throw new UnsupportedException();
            }
            if (!At(')')) throw new UnsupportedException();
            _i++;
            return inner;
        }

        // After "(", a group of inline options other than free spacing ("?-i:", "?i:"): where its body starts, or null.
        private int? OptionsGroup()
        {
            var k = _i + 1;
            while (k < pattern.Length && pattern[k] is 'i' or 'm' or 'n' or 's' or '-') k++;
            return k > _i + 1 && k < pattern.Length && pattern[k] == ':' ? k + 1 : null;
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
            var chars = AsciiMembers(classText);
            // A non-ASCII text character is never compared with a prefix (it stands for any character), so the
            // class's ASCII members are all that matter.
            return chars.Length > MaxClassWidth ? Any : chars.Select(ch => new Item(ch.ToString(), false)).ToHashSet();
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

    /// <summary>The ASCII members of a character class, folded, asked of the regex engine itself so \w, \s and case folding are its own.</summary>
    public static char[] AsciiMembers(string classText) => ClassCache.GetOrAdd(classText, ReadMembers);

    private static char[] ReadMembers(string classText)
    {
        var r = new Regex(@"\A" + classText + @"\z", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var set = new SortedSet<char>();
        for (var c = (char)0; c < 128; c++)
            if (r.IsMatch(c.ToString())) set.Add(Fold(c));
        return [.. set];
    }
}

/// <summary>Reads a case-insensitive .NET pattern for literal strings its matches must contain somewhere, not only at the start.</summary>
/// <remarks>
/// The answer is a list of sets: every match contains a string of each set. Like <see cref="RegexPrefixes"/> it is
/// conservative, giving fewer or no sets when unsure; strings are lower-case ASCII, at least three characters long.
/// </remarks>
internal static class RegexRequirements
{
    private const int MaxSet = 64;
    private const int MinLength = 3;

    /// <summary>The sets of strings every match of <paramref name="pattern"/> contains one of; empty when none are known.</summary>
    public static IReadOnlyList<string[]> Of(string pattern)
    {
        try
        {
            var reader = new Reader(pattern);
            var info = reader.Alternation();
            if (!reader.AtEnd) return [];
            var sets = info.Required.ToList();
            if (Usable(info.Exact)) sets.Add(info.Exact!);
            // Within a set, "sources" adds nothing to "source"; a set every string of another set contains adds nothing to it.
            var lean = sets
                .Select(set => set.Where(x => !set.Any(y => y.Length < x.Length && x.Contains(y, StringComparison.Ordinal))).Order(StringComparer.Ordinal).ToArray())
                .DistinctBy(set => string.Join('\n', set))
                .ToList();
            return lean.Where(set => !lean.Any(other => other != set && other.All(t => set.Any(x => t.Contains(x, StringComparison.Ordinal))))).ToList();
        }
        catch (UnsupportedException)
        {
            return [];
        }
    }

    private static bool Usable(HashSet<string>? set) => set is { Count: > 0 and <= MaxSet } && set.All(x => x.Length >= MinLength);

    // Exact: every string the piece can match (null when unbounded or too many); Required: sets its matches must draw from.
    private sealed record Info(HashSet<string>? Exact, List<HashSet<string>> Required);

    private sealed class UnsupportedException : Exception;

    private sealed class Reader(string pattern)
    {
        private static Info Nothing => new(new HashSet<string> { "" }, []);
        private static Info Unknown => new(null, []);
        private int _i;

        public bool AtEnd => _i == pattern.Length;

        private bool At(char c) => _i < pattern.Length && pattern[_i] == c;

        private bool AtText(string s) => string.CompareOrdinal(pattern, _i, s, 0, s.Length) == 0;

        public Info Alternation()
        {
            var branches = new List<Info> { Sequence() };
            while (At('|'))
            {
                _i++;
                branches.Add(Sequence());
            }
            if (branches.Count == 1) return branches[0];
            HashSet<string>? exact = branches.All(b => b.Exact is not null) ? branches.SelectMany(b => b.Exact!).ToHashSet() : null;
            if (exact is { Count: > MaxSet }) exact = null;
            // Each branch offers its most telling set; the alternation requires one string from any of them.
            var union = new HashSet<string>();
            foreach (var b in branches)
            {
                var options = b.Required.Concat(Usable(b.Exact) ? [b.Exact!] : Array.Empty<HashSet<string>>()).ToList();
                if (options.Count == 0) return new(exact, []);
                union.UnionWith(options.OrderByDescending(o => o.Min(x => x.Length)).ThenBy(o => o.Count).First());
            }
            return new(exact, union.Count <= MaxSet ? [union] : []);
        }

        private Info Sequence()
        {
            var required = new List<HashSet<string>>();
            HashSet<string>? all = [""];
            HashSet<string> run = [""];
            void Flush()
            {
                if (Usable(run)) required.Add(run);
                run = [""];
            }
            while (_i < pattern.Length && !At('|') && !At(')'))
            {
                var literal = RegexPrefixes.LiteralRun(pattern, ref _i);
                var piece = literal is not null ? new Info([literal], []) : Quantified(Atom());
                required.AddRange(piece.Required);
                all = all is not null && piece.Exact is not null && (long)all.Count * piece.Exact.Count <= MaxSet ? Product(all, piece.Exact) : null;
                if (piece.Exact is null)
                {
                    Flush();
                    continue;
                }
                if ((long)run.Count * piece.Exact.Count > MaxSet) Flush();
                if ((long)run.Count * piece.Exact.Count <= MaxSet) run = Product(run, piece.Exact);
            }
            Flush();
            return new(all, required);
        }

        private static HashSet<string> Product(HashSet<string> a, HashSet<string> b) => a.SelectMany(x => b.Select(y => x + y)).ToHashSet();

        private Info Atom()
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
                    return Unknown;
                case '^' or '$':
                    return Nothing;
                default:
                    return Literal(c);
            }
        }

        private Info Group()
        {
            Info inner;
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
                _i += pattern[_i + 1] == '<' ? 3 : 2;
                Alternation();
                inner = Nothing;
            }
            else if (AtText("?<") || AtText("?'"))
            {
                var close = pattern[_i + 1] == '<' ? '>' : '\'';
                var end = pattern.IndexOf(close, _i + 2);
                // A named capture, or a pop of one ("(?<-name>)", LazyLoops' counter), which only narrows what matches; a
                // balancing capture ("(?<a-b>)") is not read.
                if (end < 0 || pattern.AsSpan(_i + 2, end - _i - 2).LastIndexOf('-') > 0) throw new UnsupportedException();
                _i = end + 1;
                inner = Alternation();
            }
            else if (ScopedOptionsEnd() is var colon and > 0)
            {
                // "(?-i:[A-Z][a-z]+)": a group that only turns case folding (or the meaning of ^, $, . or unnamed groups)
                // on or off within it. The required words are searched for ignoring case, which still finds the words a
                // case-sensitive group spells; whitespace mode (x) changes how the group reads, so it is not read.
                _i = colon + 1;
                inner = Alternation();
            }
            else
            {
                throw new UnsupportedException();
            }
            if (!At(')')) throw new UnsupportedException();
            _i++;
            return inner;
        }

        // The ':' that ends "?imns-imns:" at the reader's position, or -1 when the group is anything else.
        private int ScopedOptionsEnd()
        {
            var k = _i + 1;
            while (k < pattern.Length && pattern[k] is 'i' or 'm' or 'n' or 's' or '-') k++;
            return k > _i + 1 && k < pattern.Length && pattern[k] == ':' ? k : -1;
        }

        private Info Class()
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

        private Info Escape()
        {
            if (_i >= pattern.Length) throw new UnsupportedException();
            var c = pattern[_i++];
            switch (c)
            {
                case 'b' or 'B' or 'A' or 'z' or 'Z' or 'G':
                    return Nothing;
                case 'w' or 'W' or 's' or 'S' or 'd' or 'D':
                    return Chars("\\" + c);
                case 'p' or 'P':
                    {
                        var end = pattern.IndexOf('}', _i);
                        if (end < 0) throw new UnsupportedException();
                        _i = end + 1;
                        return Unknown;
                    }
                case 't': return Literal('\t');
                case 'n': return Literal('\n');
                case 'r': return Literal('\r');
                case 'f': return Literal('\f');
                case 'v': return Literal('\v');
                case 'e': return Literal('\u001B');
                case 'a': return Literal('\u0007');
                case 'x' or 'u' or 'c' or 'k' or (>= '0' and <= '9'):
                    throw new UnsupportedException();
                default:
                    return Literal(c);
            }
        }

        private Info Quantified(Info atom)
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
            if (max == 0) return Nothing;
            if (min == 0)
                return max == 1 && atom.Exact is not null ? new(atom.Exact.Append("").ToHashSet(), []) : Unknown;
            if (min == 1 && max == 1) return atom;
            // Repeated at least once: each repetition contains what the piece requires.
            return new(null, Usable(atom.Exact) ? [.. atom.Required, atom.Exact!] : atom.Required);
        }

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

        private static Info Literal(char c) => c < 128 ? new([RegexPrefixes.Fold(c).ToString()], []) : Unknown;

        private static Info Chars(string classText)
        {
            var chars = RegexPrefixes.AsciiMembers(classText);
            // Non-ASCII texts skip requirements altogether, so ASCII members are the whole class here.
            return chars.Length > 12 ? Unknown : new(chars.Select(ch => ch.ToString()).ToHashSet(), []);
        }
    }
}
