using System.Buffers;
using System.Numerics;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Text;

namespace Sitrep.Core.Lexicons;

/// <summary>One row of a pattern lexicon: the payload cells and the regex that finds it.</summary>
public sealed record PatternEntry(string Key, string Pattern, IReadOnlyList<string> Cells, int Line)
{
    /// <summary>The trimmed cell at <paramref name="index"/>, or empty when the row is shorter.</summary>
    public string Cell(int index) => index < Cells.Count ? Cells[index].Trim() : "";
}

/// <summary>One match of a pattern lexicon: where, which row, and that row's index in file order.</summary>
public readonly record struct PatternHit(TextSpan Span, PatternEntry Entry, int Row);

/// <summary>A lexicon of regular-expression rows, reporting which row matched where.</summary>
/// <remarks>
/// Each row is its own compiled regex: one alternation of every row defeats the engine's literal-prefix search and
/// runs an order of magnitude slower. The result is what that alternation would give: scanning left to right, at
/// the leftmost position where any row matches, the first row in file order wins, and scanning resumes after it.
/// Documents are short, so asking every row costs more than matching: a row runs only when one of the literal
/// prefixes its pattern must start with occurs at a word start of the text (<see cref="RegexPrefixes"/>), and the
/// text holds a word each of its matches must contain (<see cref="RegexRequirements"/>); it is then tried, anchored,
/// at those occurrences alone rather than scanning the rest of the text from each. The bundled rows' matchers are
/// generated at build time (<see cref="LexiconRegexes"/>) rather than compiled at run time.
/// </remarks>
public sealed class PatternLexicon
{
    private readonly Regex[] _rows;
    private readonly Lazy<Regex[]> _unanchored;
    private readonly PatternEntry[] _entries;
    private readonly StartIndex _index;
    private readonly SearchValues<string>[]?[] _required;

    /// <summary>Compiles rows; <paramref name="patternColumn"/> is the regex cell, <paramref name="keyColumn"/> names the row.</summary>
    public PatternLexicon(string name, IEnumerable<(int Line, string[] Cells)> rows, int keyColumn, int patternColumn)
        : this(name, rows, keyColumn, patternColumn, null)
    {
    }

    /// <summary>As the public constructor; the prefix index is taken from <paramref name="index"/> when it holds one made from these very patterns.</summary>
    internal PatternLexicon(string name, IEnumerable<(int Line, string[] Cells)> rows, int keyColumn, int patternColumn, LexiconIndex? index)
    {
        var entries = new List<PatternEntry>();
        var compiled = new List<Regex>();
        foreach (var (line, cells) in rows)
        {
            var pattern = cells.Cell(patternColumn);
            if (pattern.Length == 0) throw new InvalidDataException($"{name}:{line}: empty pattern");
            // Most rows are indexed and so anchored (see below); building the anchored regex is what checks the row, and a
            // bad row is reported with the message of the pattern as written.
            try
            {
                compiled.Add(new Regex(Anchored(pattern), Options));
            }
            catch (ArgumentException)
            {
                try
                {
                    _ = new Regex(Wrapped(pattern), Options);
                }
                catch (ArgumentException e)
                {
                    throw new InvalidDataException($"{name}:{line}: bad pattern: {e.Message}");
                }
                throw;
            }
            entries.Add(new PatternEntry(cells.Cell(keyColumn), pattern, cells, line));
        }
        _entries = entries.ToArray();
        // Reading prefixes out of the patterns took most of a cold start's lexicon load, so the bundled lexicons come
        // with their index precomputed (LexiconIndex).
        var precomputed = index?.Patterns(name, _entries.Select(e => e.Pattern));
        IndexWasPrecomputed = precomputed is not null;
        _index = precomputed ?? new StartIndex(_entries.Select(e => RegexPrefixes.Of(e.Pattern)).ToArray());
        // An indexed row is only ever tried at the positions the index found, so it is anchored there (\G) instead of
        // scanning on to the end of the text from each of them; a row without prefixes scans.
        _rows = compiled.ToArray();
        _uses = new int[_rows.Length];
        // A bundled row has its matcher generated at build time (LexiconRegexes): it stands in for the compiled one a hot
        // row gets (see Row), and is used from the start where that code is precompiled (ReadyToRun). From the start
        // without ReadyToRun cost a first pass more: the tiering thread then JIT-compiled rows run only a few hundred times.
        _generated = new Regex?[_rows.Length];
        for (var row = 0; row < _rows.Length; row++)
        {
            if (_index.IsAlways(row)) _rows[row] = new Regex(Wrapped(_entries[row].Pattern), Options);
            // A row with a lazy counted group loop has none generated (LexiconRegexes.targets leaves it out: LazyLoops).
            else if (LexiconRegexes.Of(Anchored(_entries[row].Pattern)) is { } generated)
            {
                _generated[row] = generated;
                if (RegexCompilation.PrecompiledBuild)
                {
                    _rows[row] = generated;
                    _uses[row] = CompileAfter;
                }
            }
        }
        // The reference scan runs on the interpreter: it is what the fast path is checked against, so it must not share
        // the compiled engine's faults (see NextMatch).
        _unanchored = new(() => _entries.Select(e => new Regex(Wrapped(e.Pattern), Options)).ToArray());
        // Built on a row's first use: a short run meets few rows, and these sets cost more to build than the rows' regexes.
        _required = new SearchValues<string>[]?[_entries.Length];
        Name = name;
    }

    // The sets of words every match of the row contains one of (RegexRequirements), built once, on first use.
    private SearchValues<string>[] Required(int row)
    {
        var sets = Volatile.Read(ref _required[row]);
        if (sets is not null) return sets;
        sets = RegexRequirements.Of(_entries[row].Pattern).Select(set => SearchValues.Create(set, StringComparison.OrdinalIgnoreCase)).ToArray();
        // Two threads may both build a row's sets; either result is the same, so the last write standing is fine.
        Volatile.Write(ref _required[row], sets);
        return sets;
    }

    private static string Wrapped(string pattern) => @"(?<![\w-])(?:" + pattern + @")(?![\w])";

    /// <summary>The regex an indexed row runs: <paramref name="pattern"/> wrapped and anchored where the index found its prefix (also the key of <see cref="LexiconRegexes"/>).</summary>
    internal static string Anchored(string pattern) => @"\G" + Wrapped(pattern);

    /// <summary>Whether <paramref name="row"/> has a matcher generated for it at build time (run once the row proves hot, or from the start in a ReadyToRun build).</summary>
    internal bool HasGenerated(int row) => _generated[row] is not null;

    /// <summary>Switches every row to the matcher it runs once hot, as a long batch does, so tests check the steady engine.</summary>
    internal void CompileEveryRow()
    {
        for (var row = 0; row < _rows.Length; row++)
        {
            if (_uses[row] >= CompileAfter) continue;
            _uses[row] = CompileAfter;
            // At once, not off the thread as a hot row is: the caller asks next for the compiled engine.
            _rows[row] = _generated[row] ?? TieredRegex.Compiled(_rows[row].ToString(), Options) ?? _rows[row];
        }
    }

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    // A row starts on the interpreter and, once it has run this often, switches to its generated matcher, or one compiled
    // now for a row without (a lexicon other than the bundled ones, or the one row that may start anywhere). Compiling
    // all of them up front cost a batch's first pass several seconds of JIT (about 150 rows, each a few tens of
    // milliseconds), most of it for rows a batch meets a few times; the rows that run all the time are still switched
    // within the first few hundred reports.
    private const int CompileAfter = 1000;

    private readonly int[] _uses;
    private readonly Regex?[] _generated;

    // A row's regex for its next run: generated or compiled once it has proved hot, when patterns are compiled at all.
    private Regex Row(int row)
    {
        var regex = _rows[row];
        // Counted without a lock: a lost count only delays compiling, and two threads compiling one row get the same regex.
        if (_uses[row] < CompileAfter && ++_uses[row] == CompileAfter && RegexCompilation.Compiled)
        {
            if (_generated[row] is { } generated) _rows[row] = regex = generated;
            // A row without a generated matcher is compiled off this thread (its JIT took seconds of a first pass); it
            // replaces the interpreted one unless that was replaced meanwhile (Interpreted).
            else
            {
                var interpreted = regex;
                TieredRegex.CompileOffThread(regex.ToString(), Options, compiled => Interlocked.CompareExchange(ref _rows[row], compiled, interpreted));
            }
        }
        return regex;
    }

    // .NET 10's compiled engine indexes past the input on some patterns (found with a property-destruction row:
    // "destroyed a weapon cache" threw in the generated matcher). The interpreter gives the same answers, so the row
    // falls back to it for good rather than failing every document that reaches it.
    private Regex Interpreted(int row)
    {
        // Never compiled again: past the threshold for good.
        _uses[row] = CompileAfter;
        return _rows[row] = new Regex(_rows[row].ToString(), Options);
    }

    /// <summary>The lexicon's file name, for messages.</summary>
    public string Name { get; }

    /// <summary>Rows in file order.</summary>
    public IReadOnlyList<PatternEntry> Entries => _entries;

    /// <summary>Every non-overlapping match in <paramref name="text"/>, leftmost first, without building Match objects.</summary>
    public List<PatternHit> Find(string text)
    {
        var words = _index.Words;
        var rowCount = _rows.Length;
        Span<ulong> mask = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        Span<int> head = rowCount <= 512 ? stackalloc int[rowCount] : new int[rowCount];
        Span<int> tail = rowCount <= 512 ? stackalloc int[rowCount] : new int[rowCount];
        head.Fill(-1);
        tail.Fill(-1);
        var chains = new Chains(head, tail);
        try
        {
            var n = _index.Candidates(text, mask, ref chains);
            return FindAt(text, mask, n, ref chains);
        }
        finally
        {
            chains.Dispose();
        }
    }

    /// <summary>As <see cref="Find(string)"/>, reading this lexicon's rows from a walk of <paramref name="text"/>'s word
    /// starts made once for several lexicons (<see cref="KeywordPass"/>); its own walk when <paramref name="keywords"/> did not cover it.</summary>
    internal List<PatternHit> Find(string text, KeywordHits? keywords)
    {
        if (keywords is null || !keywords.Covers(this, text, out var offset)) return Find(text);
        var words = _index.Words;
        Span<ulong> mask = words <= 16 ? stackalloc ulong[words] : new ulong[words];
        // The required-word check below clears bits, so the shared mask is copied, not used.
        keywords.Mask.AsSpan(offset / 64, words).CopyTo(mask);
        var n = 0;
        foreach (var bits in mask) n += BitOperations.PopCount(bits);
        var chains = keywords.Chains(offset, _rows.Length);
        return FindAt(text, mask, n, ref chains);
    }

    // Find's work once the index has marked the n candidate rows in mask and chained their positions.
    private List<PatternHit> FindAt(string text, scoped Span<ulong> mask, int n, ref Chains chains)
    {
        var hits = new List<PatternHit>();
        var head = chains.Heads;
        // A row whose prefix occurs may still lack a word its every match contains ("said" after "activists").
        // Case-insensitive search agrees with the regex's case folding on ASCII only, so other texts skip this. The
        // check only rules rows out early, so a short job (patterns interpreted) skips it too: building the word
        // sets and JIT-compiling their searchers costs a one-report run more than trying the few rows it spares.
        if (n > 0 && RegexCompilation.Compiled && Ascii.IsValid(text))
        {
            for (var w = 0; w < mask.Length; w++)
            {
                for (var bits = mask[w]; bits != 0; bits &= bits - 1)
                {
                    var row = w * 64 + BitOperations.TrailingZeroCount(bits);
                    var from = chains.First(row);
                    foreach (var set in Required(row))
                    {
                        if (text.AsSpan(from).ContainsAny(set)) continue;
                        mask[w] &= ~(1UL << (row % 64));
                        n--;
                        break;
                    }
                }
            }
        }
        if (n == 0) return hits;

        // Rows stay in file order so the first row wins a tie, as in the alternation.
        Span<int> rows = n <= 512 ? stackalloc int[n] : new int[n];
        Span<int> at = n <= 512 ? stackalloc int[n] : new int[n];
        Span<int> length = n <= 512 ? stackalloc int[n] : new int[n];
        // Per indexed row, the chain link of the next position it has not been tried at.
        Span<int> next = n <= 512 ? stackalloc int[n] : new int[n];
        var k = 0;
        for (var w = 0; w < mask.Length; w++)
            for (var bits = mask[w]; bits != 0; bits &= bits - 1)
                rows[k++] = w * 64 + BitOperations.TrailingZeroCount(bits);
        for (k = 0; k < n; k++)
        {
            next[k] = head[rows[k]];
            at[k] = NextMatch(rows[k], text, 0, ref next[k], ref chains, out length[k]);
        }

        // Each row's next match at or after the cursor; rows are re-asked only when the cursor passes their match.
        var cursor = 0;
        while (true)
        {
            var best = -1;
            for (k = 0; k < n; k++)
            {
                if (at[k] < 0) continue;
                if (at[k] < cursor)
                {
                    at[k] = NextMatch(rows[k], text, cursor, ref next[k], ref chains, out length[k]);
                    if (at[k] < 0) continue;
                }
                if (best < 0 || at[k] < at[best]) best = k;
            }
            if (best < 0) return hits;
            var start = at[best];
            var end = start + length[best];
            hits.Add(new PatternHit(new TextSpan(start, end), _entries[rows[best]], rows[best]));
            cursor = Math.Max(end, start + 1);
        }
    }

    // The row's leftmost match at or after from. An indexed row's matches start only at positions the index chained for
    // it (in ascending order), so its anchored regex is tried at those alone; other rows scan.
    private int NextMatch(int row, string text, int from, ref int link, ref Chains chains, out int length)
    {
        try
        {
            return NextMatchOfRow(row, text, from, ref link, ref chains, out length);
        }
        catch (IndexOutOfRangeException)
        {
            Interpreted(row);
            return NextMatchOfRow(row, text, from, ref link, ref chains, out length);
        }
    }

    private int NextMatchOfRow(int row, string text, int from, ref int link, ref Chains chains, out int length)
    {
        if (_index.IsAlways(row)) return FirstMatch(Row(row), text, from, out length);
        for (; link >= 0; link = chains.Next(link))
        {
            var position = chains.Position(link);
            if (position < from) continue;
            foreach (var m in Row(row).EnumerateMatches(text, position))
            {
                length = m.Length;
                link = chains.Next(link);
                return m.Index;
            }
        }
        length = 0;
        return -1;
    }

    /// <summary>The full match (with groups) behind <paramref name="hit"/>, found in the same <paramref name="text"/>.</summary>
    public Match MatchOf(string text, PatternHit hit)
    {
        // A row's match at a position does not depend on where the search began, so asking from the hit (anchored or
        // not) finds the hit again.
        var m = RowMatch(hit.Row, text, hit.Span.Start);
        if (!m.Success || m.Index != hit.Span.Start || m.Length != hit.Span.Length)
            throw new InvalidOperationException($"{Name}:{hit.Entry.Line}: hit {hit.Span} is not a match of its row in this text");
        return m;
    }

    /// <summary>The first row of kind <paramref name="key"/> that matches at <paramref name="at"/>, as a hit there would, or null.</summary>
    public PatternEntry? EntryAt(string text, int at, string key)
    {
        for (var row = 0; row < _entries.Length; row++)
        {
            if (_entries[row].Key == key && RowMatch(row, text, at) is { Success: true } m && m.Index == at) return _entries[row];
        }
        return null;
    }

    private Match RowMatch(int row, string text, int at)
    {
        try
        {
            return _rows[row].Match(text, at);
        }
        catch (IndexOutOfRangeException)
        {
            return Interpreted(row).Match(text, at);
        }
    }

    /// <summary>Every non-overlapping match in <paramref name="text"/>, leftmost first.</summary>
    public IEnumerable<(TextSpan Span, PatternEntry Entry, Match Match)> Scan(string text)
    {
        foreach (var hit in Find(text)) yield return (hit.Span, hit.Entry, MatchOf(text, hit));
    }

    /// <summary>The straightforward scan, asking every row of every text: what <see cref="Find"/> must equal.</summary>
    internal IEnumerable<(TextSpan Span, PatternEntry Entry, Match Match)> ScanEveryRow(string text)
    {
        var unanchored = _unanchored.Value;
        var next = new Match?[unanchored.Length];
        for (var i = 0; i < unanchored.Length; i++) next[i] = unanchored[i].Match(text);
        var cursor = 0;
        while (true)
        {
            var best = -1;
            for (var i = 0; i < unanchored.Length; i++)
            {
                var m = next[i];
                if (m is null || !m.Success) continue;
                if (m.Index < cursor)
                {
                    m = next[i] = unanchored[i].Match(text, cursor);
                    if (!m.Success) continue;
                }
                if (best < 0 || m.Index < next[best]!.Index) best = i;
            }
            if (best < 0) yield break;
            var won = next[best]!;
            yield return (new TextSpan(won.Index, won.Index + won.Length), _entries[best], won);
            cursor = Math.Max(won.Index + won.Length, won.Index + 1);
        }
    }

    /// <summary>The literal prefixes each row was indexed under; null for a row that runs on every text.</summary>
    internal IReadOnlyList<(string Text, bool Open)[]?> Prefixes => _index.Prefixes;

    /// <summary>Loads a bundled pattern lexicon.</summary>
    public static PatternLexicon LoadBundled(string file, int keyColumn, int patternColumn) =>
        new(file, LexiconFile.Read(file), keyColumn, patternColumn, LexiconIndex.Bundled);

    /// <summary>Whether the prefix index came precomputed (<see cref="LexiconIndex"/>) rather than read out of the patterns.</summary>
    internal bool IndexWasPrecomputed { get; }

    /// <summary>The prefix index, for <see cref="LexiconIndex"/> to write.</summary>
    internal StartIndex Index => _index;

    private static int FirstMatch(Regex row, string text, int startAt, out int length)
    {
        // EnumerateMatches reports bounds only, so no Match (and no group arrays) is allocated.
        foreach (var m in row.EnumerateMatches(text, startAt))
        {
            length = m.Length;
            return m.Index;
        }
        length = 0;
        return -1;
    }

    /// <summary>Per row, the ascending positions the index found a prefix of it at, as linked chains in pooled arrays.</summary>
    internal ref struct Chains
    {
        private readonly Span<int> _head;
        private readonly Span<int> _tail;
        private int[] _position;
        private int[] _next;
        private int _count;
        // A view over chains another owns (KeywordHits) returns no arrays when disposed.
        private readonly bool _owner;

        /// <summary>Empty chains for rows whose heads and tails (all -1) are <paramref name="head"/> and <paramref name="tail"/>.</summary>
        public Chains(Span<int> head, Span<int> tail)
        {
            _head = head;
            _tail = tail;
            _position = ArrayPool<int>.Shared.Rent(64);
            _next = ArrayPool<int>.Shared.Rent(64);
            _owner = true;
        }

        /// <summary>Chains already made, read through <paramref name="head"/> (links into <paramref name="position"/> and <paramref name="next"/>).</summary>
        public Chains(Span<int> head, int[] position, int[] next)
        {
            _head = head;
            _tail = default;
            _position = position;
            _next = next;
        }

        /// <summary>Per row, the link of its first position (-1 for none).</summary>
        public readonly Span<int> Heads => _head;

        /// <summary>The arrays the links point into, for a <see cref="KeywordHits"/> to keep past this walk.</summary>
        public readonly (int[] Position, int[] Next) Links => (_position, _next);

        public readonly int Position(int link) => _position[link];

        public readonly int Next(int link) => _next[link];

        // The first chained position, or 0 for a row that is not indexed (it may match anywhere).
        public readonly int First(int row) => _head[row] >= 0 ? _position[_head[row]] : 0;

        public void Add(int row, int position)
        {
            var last = _tail[row];
            // Several prefixes of one row can occur at one start (a non-ASCII character adds every row below the node).
            if (last >= 0 && _position[last] == position) return;
            if (_count == _position.Length)
            {
                Grow(ref _position, _count);
                Grow(ref _next, _count);
            }
            _position[_count] = position;
            _next[_count] = -1;
            if (last >= 0) _next[last] = _count;
            else _head[row] = _count;
            _tail[row] = _count++;
        }

        private static void Grow(ref int[] array, int count)
        {
            var bigger = ArrayPool<int>.Shared.Rent(array.Length * 2);
            array.AsSpan(0, count).CopyTo(bigger);
            ArrayPool<int>.Shared.Return(array);
            array = bigger;
        }

        public void Dispose()
        {
            if (!_owner) return;
            ArrayPool<int>.Shared.Return(_position);
            ArrayPool<int>.Shared.Return(_next);
        }
    }

    /// <summary>A trie of every row's prefixes over folded ASCII, walked from each word start of a text.</summary>
    internal sealed class StartIndex
    {
        private readonly ulong[] _always;
        private readonly int[] _root = new int[128];
        // Edges of node n are _edgeChar/_edgeNext[_edgeStart[n].._edgeStart[n + 1]].
        private readonly int[] _edgeStart;
        private readonly char[] _edgeChar;
        private readonly int[] _edgeNext;
        // Per node, Words masks each: rows with an open prefix ending at the node, rows whose whole match ends
        // there, and rows with a prefix going on below it.
        private readonly ulong[] _open;
        private readonly ulong[] _whole;
        private readonly ulong[] _below;
        // Per node: 1 when some row's open prefix ends there, 2 when some row's whole match does; most nodes are neither.
        private readonly byte[] _ends;
        private static readonly SearchValues<char> WordOrHyphen = SearchValues.Create("-0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ_abcdefghijklmnopqrstuvwxyz");

        public StartIndex((string Text, bool Open)[]?[] prefixes)
        {
            Prefixes = prefixes;
            Words = Math.Max(1, (prefixes.Length + 63) / 64);
            _always = new ulong[Words];
            var children = new List<SortedDictionary<char, int>> { new() };
            var ends = new List<List<(int Row, bool Open)>> { new() };
            for (var row = 0; row < prefixes.Length; row++)
            {
                if (prefixes[row] is not { } list)
                {
                    _always[row / 64] |= 1UL << (row % 64);
                    continue;
                }
                foreach (var (text, open) in list)
                {
                    var node = 0;
                    foreach (var c in text)
                    {
                        if (!children[node].TryGetValue(c, out var child))
                        {
                            child = children.Count;
                            children[node][c] = child;
                            children.Add([]);
                            ends.Add([]);
                        }
                        node = child;
                    }
                    ends[node].Add((row, open));
                }
            }
            var count = children.Count;
            _edgeStart = new int[count + 1];
            _edgeChar = new char[count];
            _edgeNext = new int[count];
            _open = new ulong[count * Words];
            _whole = new ulong[count * Words];
            _below = new ulong[count * Words];
            var e = 0;
            for (var node = 0; node < count; node++)
            {
                _edgeStart[node] = e;
                foreach (var (c, child) in children[node])
                {
                    _edgeChar[e] = c;
                    _edgeNext[e++] = child;
                }
                foreach (var (row, open) in ends[node]) (open ? _open : _whole)[node * Words + row / 64] |= 1UL << (row % 64);
            }
            _edgeStart[count] = e;
            _ends = new byte[count];
            for (var node = 0; node < count; node++)
                for (var w = 0; w < Words; w++)
                    _ends[node] |= (byte)((_open[node * Words + w] != 0 ? 1 : 0) | (_whole[node * Words + w] != 0 ? 2 : 0));
            foreach (var (c, child) in children[0]) _root[c] = child;
            // Children are numbered after their parents, so one backward pass fills every subtree.
            for (var node = count - 1; node >= 0; node--)
                for (var k = _edgeStart[node]; k < _edgeStart[node + 1]; k++)
                    for (var w = 0; w < Words; w++)
                    {
                        var child = _edgeNext[k] * Words + w;
                        _below[node * Words + w] |= _open[child] | _whole[child] | _below[child];
                    }
        }

        private StartIndex((string Text, bool Open)[]?[] prefixes, int words, ulong[] always, int[] root, int[] edgeStart, char[] edgeChar, int[] edgeNext,
            ulong[] open, ulong[] whole, ulong[] below, byte[] ends)
        {
            (Prefixes, Words, _always, _root, _edgeStart, _edgeChar, _edgeNext, _open, _whole, _below, _ends) =
                (prefixes, words, always, root, edgeStart, edgeChar, edgeNext, open, whole, below, ends);
            var nodes = _ends.Length;
            if (_root.Length != 128 || _edgeStart.Length != nodes + 1 || _open.Length != nodes * Words || _whole.Length != nodes * Words
                || _below.Length != nodes * Words || _always.Length != Words || prefixes.Length > Words * 64)
                throw new InvalidDataException("A pattern lexicon's prefix index has arrays of the wrong lengths.");
        }

        /// <summary>Writes the index for <see cref="Read"/>.</summary>
        public void Write(BinaryWriter w)
        {
            w.Write(Prefixes.Count);
            foreach (var row in Prefixes)
            {
                w.Write(row?.Length ?? -1);
                foreach (var (text, open) in row ?? [])
                {
                    w.Write(text);
                    w.Write(open);
                }
            }
            w.Write(Words);
            LexiconIndex.WriteArray(w, _always);
            LexiconIndex.WriteArray(w, _root);
            LexiconIndex.WriteArray(w, _edgeStart);
            LexiconIndex.WriteArray(w, _edgeChar);
            LexiconIndex.WriteArray(w, _edgeNext);
            LexiconIndex.WriteArray(w, _open);
            LexiconIndex.WriteArray(w, _whole);
            LexiconIndex.WriteArray(w, _below);
            LexiconIndex.WriteArray(w, _ends);
        }

        /// <summary>An index as <see cref="Write"/> wrote it.</summary>
        public static StartIndex Read(BinaryReader r)
        {
            var prefixes = new (string Text, bool Open)[]?[r.ReadInt32()];
            for (var row = 0; row < prefixes.Length; row++)
            {
                var count = r.ReadInt32();
                if (count < 0) continue;
                var list = new (string Text, bool Open)[count];
                for (var k = 0; k < count; k++) list[k] = (r.ReadString(), r.ReadBoolean());
                prefixes[row] = list;
            }
            return new StartIndex(prefixes, r.ReadInt32(), LexiconIndex.ReadULongs(r), LexiconIndex.ReadInts(r), LexiconIndex.ReadInts(r),
                LexiconIndex.ReadChars(r), LexiconIndex.ReadInts(r), LexiconIndex.ReadULongs(r), LexiconIndex.ReadULongs(r), LexiconIndex.ReadULongs(r),
                LexiconIndex.ReadBytes(r));
        }

        /// <summary>The arrays, for tests comparing a precomputed index with one built from the patterns.</summary>
        internal object[] Arrays => [_always, _root, _edgeStart, _edgeChar, _edgeNext, _open, _whole, _below, _ends];

        public int Words { get; }

        public IReadOnlyList<(string Text, bool Open)[]?> Prefixes { get; }

        /// <summary>Whether <paramref name="row"/> has no prefixes and so may match anywhere.</summary>
        public bool IsAlways(int row) => (_always[row / 64] & (1UL << (row % 64))) != 0;

        /// <summary>Marks in <paramref name="mask"/> the rows that may match <paramref name="text"/> and chains every position each indexed row may match at; returns how many rows.</summary>
        public int Candidates(string text, Span<ulong> mask, ref Chains chains)
        {
            var found = 0;
            for (var w = 0; w < Words; w++)
            {
                mask[w] = _always[w];
                found += BitOperations.PopCount(_always[w]);
            }
            var span = text.AsSpan();
            for (var p = 0; p < span.Length;)
            {
                var node = 0;
                for (var q = p; q < span.Length; q++)
                {
                    var c = span[q];
                    if (c >= 128)
                    {
                        // Case folding maps some non-ASCII letters onto ASCII ones (the Kelvin sign is a 'k'): let it stand for anything.
                        found += Add(_below, node, p, mask, ref chains);
                        break;
                    }
                    var child = node == 0 ? _root[RegexPrefixes.Fold(c)] : Child(node, RegexPrefixes.Fold(c));
                    if (child == 0) break;
                    node = child;
                    var ends = _ends[node];
                    if (ends == 0) continue;
                    if ((ends & 1) != 0) found += Add(_open, node, p, mask, ref chains);
                    // Rows end in (?![\w]): a whole match counts only where no word character follows it.
                    if ((ends & 2) != 0 && (q + 1 == span.Length || !IsWord(span[q + 1]))) found += Add(_whole, node, p, mask, ref chains);
                }
                // Rows are wrapped in (?<![\w-]): a match never starts right after a word character or hyphen, so the
                // next start is one past the end of the word (or hyphenated run) starting here.
                if (!IsWordOrHyphen(span[p]))
                {
                    p++;
                    continue;
                }
                var run = span[p..].IndexOfAnyExcept(WordOrHyphen);
                if (run < 0) break;
                p += run + 1;
            }
            return found;
        }

        // ASCII word characters of .NET's \w; a non-ASCII character may or may not be one, so it never rules a match out.
        private static bool IsWord(char c) => c < 128 && (char.IsAsciiLetterOrDigit(c) || c == '_');

        private static bool IsWordOrHyphen(char c) => IsWord(c) || c == '-';

        private int Child(int node, char c)
        {
            for (int k = _edgeStart[node], end = _edgeStart[node + 1]; k < end; k++)
                if (_edgeChar[k] == c) return _edgeNext[k];
            return 0;
        }

        private int Add(ulong[] masks, int node, int position, Span<ulong> mask, ref Chains chains)
        {
            var added = 0;
            for (var w = 0; w < Words; w++)
            {
                var bits = masks[node * Words + w];
                if (bits == 0) continue;
                added += BitOperations.PopCount(bits & ~mask[w]);
                mask[w] |= bits;
                for (; bits != 0; bits &= bits - 1) chains.Add(w * 64 + BitOperations.TrailingZeroCount(bits), position);
            }
            return added;
        }
    }
}

/// <summary>One walk over a text's word starts for several pattern lexicons at once, through a trie of all their prefixes.</summary>
/// <remarks>
/// Each lexicon's <see cref="PatternLexicon.Find(string)"/> walks every word start of the text through its own prefix trie;
/// the trigger, weapon and cue lexicons did so three times a report. Here their prefixes share one trie, each lexicon's
/// rows numbered from its own multiple of 64, so a lexicon reads its candidate rows and their positions as the slice of
/// one walk's result that its own walk would have given: a node reached by the shared walk holds, among this lexicon's
/// rows, exactly those of the node its own trie reaches by the same characters, and the walk goes no less deep.
/// </remarks>
internal sealed class KeywordPass
{
    private readonly PatternLexicon[] _lexicons;
    private readonly int[] _offsets;
    private readonly PatternLexicon.StartIndex _index;
    private readonly int _rows;

    /// <summary>A shared walk for <paramref name="lexicons"/>.</summary>
    public KeywordPass(params PatternLexicon[] lexicons)
    {
        _lexicons = lexicons;
        _offsets = new int[lexicons.Length];
        var prefixes = new List<(string Text, bool Open)[]?>();
        for (var k = 0; k < lexicons.Length; k++)
        {
            _offsets[k] = prefixes.Count;
            prefixes.AddRange(lexicons[k].Prefixes);
            // Padding rows have no prefixes (never candidates), so every lexicon's rows start on a mask word of their own.
            while (prefixes.Count % 64 != 0) prefixes.Add([]);
        }
        _rows = prefixes.Count;
        _index = new PatternLexicon.StartIndex(prefixes.ToArray());
    }

    /// <summary>The candidate rows of every lexicon in <paramref name="text"/>; dispose it once the lexicons have read it.</summary>
    public KeywordHits Walk(string text)
    {
        // Candidates sets every word of the mask, so a rented one needs no clearing.
        var mask = ArrayPool<ulong>.Shared.Rent(_index.Words);
        var head = ArrayPool<int>.Shared.Rent(_rows);
        var tail = ArrayPool<int>.Shared.Rent(_rows);
        head.AsSpan(0, _rows).Fill(-1);
        tail.AsSpan(0, _rows).Fill(-1);
        var chains = new PatternLexicon.Chains(head.AsSpan(0, _rows), tail.AsSpan(0, _rows));
        _index.Candidates(text, mask.AsSpan(0, _index.Words), ref chains);
        ArrayPool<int>.Shared.Return(tail);
        // The chains' arrays now belong to the hits, which return them.
        var (position, next) = chains.Links;
        return new KeywordHits(this, text, mask, head, position, next);
    }

    /// <summary>Where <paramref name="lexicon"/>'s rows start among the shared rows; false when it is not one of the pass's.</summary>
    internal bool OffsetOf(PatternLexicon lexicon, out int offset)
    {
        var k = Array.IndexOf(_lexicons, lexicon);
        offset = k < 0 ? 0 : _offsets[k];
        return k >= 0;
    }
}

/// <summary>What one <see cref="KeywordPass"/> walk found in a text: candidate rows and their chained positions, for each lexicon to read.</summary>
internal sealed class KeywordHits(KeywordPass pass, string text, ulong[] mask, int[] head, int[] position, int[] next) : IDisposable
{
    /// <summary>Candidate rows of all the pass's lexicons, each lexicon's from its offset on (a pooled array, maybe longer).</summary>
    public ulong[] Mask => mask;

    /// <summary>Whether these hits hold <paramref name="lexicon"/>'s rows for <paramref name="of"/> (the very text walked), and from which row.</summary>
    public bool Covers(PatternLexicon lexicon, string of, out int offset)
    {
        offset = 0;
        return ReferenceEquals(of, text) && head.Length > 0 && pass.OffsetOf(lexicon, out offset);
    }

    /// <summary>The chains of the <paramref name="rows"/> rows from <paramref name="offset"/> on, read-only.</summary>
    public PatternLexicon.Chains Chains(int offset, int rows) => new(head.AsSpan(offset, rows), position, next);

    /// <summary>Returns the pooled arrays; the hits are not read after.</summary>
    public void Dispose()
    {
        if (head.Length == 0) return;
        ArrayPool<ulong>.Shared.Return(mask);
        ArrayPool<int>.Shared.Return(head);
        ArrayPool<int>.Shared.Return(position);
        ArrayPool<int>.Shared.Return(next);
        head = [];
    }
}
