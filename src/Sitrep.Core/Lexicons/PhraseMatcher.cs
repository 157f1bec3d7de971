using System.Diagnostics.CodeAnalysis;
using System.Runtime.InteropServices;
using Sitrep.Core.Text;

namespace Sitrep.Core.Lexicons;

/// <summary>Finds the longest known phrase at each token, through a trie of lower-case tokens.</summary>
/// <remarks>All-capital short aliases (TIP, IS, SDF) match only in capitals, so "is" and "tip" stay words.</remarks>
public sealed class PhraseMatcher<T>
{
    private sealed class Node
    {
        // Most nodes go on by one word only (the next word of one alias): that child is kept inline, and a dictionary is
        // made when a second word appears. Values are arrays: a node rarely ends more than one phrase.
        private string? _word;
        private Node? _child;
        private Dictionary<string, Node>? _children;
        public T[]? Values;
        public T[]? CaseSensitiveValues;

        public bool HasChildren => _child is not null;

        public string? Word;

        // Children in the order their words were first added, each knowing its own word.
        public IEnumerable<Node> Children => _children is not null ? _children.Values : _child is not null ? [_child] : [];

        public bool TryGetChild(string word, [NotNullWhen(true)] out Node? child)
        {
            if (_children is not null) return _children.TryGetValue(word, out child);
            child = _child;
            return child is not null && string.Equals(_word, word, StringComparison.Ordinal);
        }

        public Node GetOrAdd(string word)
        {
            if (TryGetChild(word, out var next)) return next;
            next = new Node { Word = word };
            if (_child is null)
            {
                (_word, _child) = (word, next);
                return next;
            }
            _children ??= new Dictionary<string, Node>(StringComparer.Ordinal) { [_word!] = _child };
            _children[word] = next;
            return next;
        }
    }

    private static T[] Append(T[]? values, T value) => values is null ? [value] : [.. values, value];

    private readonly Node _root = new();
    private int _maxLength;

    /// <summary>An empty matcher, to be given phrases with <see cref="Add(string, T)"/> before it first matches.</summary>
    public PhraseMatcher()
    {
    }

    /// <summary>Adds <paramref name="phrase"/> with its value; returns false if the phrase has no words.</summary>
    public bool Add(string phrase, T value) => Add(phrase, Tokenizer.Tokenize(phrase), value);

    /// <summary>Adds <paramref name="phrase"/>, already split into <paramref name="tokens"/> by the tokenizer.</summary>
    internal bool Add(string phrase, List<Token> tokens, T value)
    {
        if (_frozen is not null) throw new InvalidOperationException("A phrase matcher takes no phrases once it has matched.");
        if (tokens.Count == 0) return false;
        var node = _root;
        foreach (var t in tokens) node = Step(node, t.Lower);
        var acronym = tokens.Count == 1 && phrase.Length <= 6 && phrase.All(c => char.IsUpper(c) || char.IsDigit(c)) && phrase.Any(char.IsLetter);
        if (acronym) node.CaseSensitiveValues = Append(node.CaseSensitiveValues, value);
        else node.Values = Append(node.Values, value);
        _maxLength = Math.Max(_maxLength, tokens.Count);
        return true;
    }

    /// <summary>Adds the phrase made of <paramref name="first"/>'s words then <paramref name="second"/>'s (lower-case tokens), which
    /// is what <see cref="Add(string, T)"/> does with the two phrases joined by a space: such a phrase is never an acronym.</summary>
    /// <remarks>For phrases built from word lists (a demonym and a noun), so that each list is tokenized once, not once per pair.</remarks>
    internal void Add(string[] first, string[] second, T value)
    {
        if (_frozen is not null) throw new InvalidOperationException("A phrase matcher takes no phrases once it has matched.");
        if (first.Length + second.Length == 0) return;
        var node = _root;
        foreach (var w in first) node = Step(node, w);
        foreach (var w in second) node = Step(node, w);
        node.Values = Append(node.Values, value);
        _maxLength = Math.Max(_maxLength, first.Length + second.Length);
    }

    /// <summary>True when a phrase of exactly these words (<paramref name="first"/> then <paramref name="second"/>) has been added.</summary>
    internal bool Contains(string[] first, string[] second)
    {
        if (first.Length + second.Length == 0) return false;
        var node = _root;
        foreach (var w in first)
            if (!node.TryGetChild(w, out node)) return false;
        foreach (var w in second)
            if (!node.TryGetChild(w, out node)) return false;
        return node.Values is not null || node.CaseSensitiveValues is not null;
    }

    private static Node Step(Node node, string word) => node.GetOrAdd(word);

    // The trie as flat arrays (PhraseTrie), made on the first match or read from a precomputed index: lookups then touch
    // no node objects, and a table that comes from the index is never built as objects at all.
    private PhraseTrie? _frozen;
    private T[] _table = [];
    private readonly Lock _freezing = new();

    /// <summary>A matcher over a trie already frozen: <paramref name="table"/> holds the values its nodes name by index.</summary>
    internal PhraseMatcher(PhraseTrie trie, T[] table)
    {
        _frozen = trie;
        _table = table;
        _maxLength = trie.MaxLength;
    }

    /// <summary>The flat trie and the values its nodes index, in node order (each node's values, then its capitals-only values).</summary>
    internal (PhraseTrie Trie, T[] Table) Frozen()
    {
        var trie = Volatile.Read(ref _frozen);
        if (trie is not null) return (trie, _table);
        lock (_freezing)
        {
            if (_frozen is null)
            {
                var values = new List<T>();
                var built = PhraseTrie.Build(_root, n => n.Word, n => n.Children, n => n.Values, n => n.CaseSensitiveValues, values, _maxLength);
                _table = [.. values];
                Volatile.Write(ref _frozen, built);
            }
            return (_frozen, _table);
        }
    }

    /// <summary>Longest matches, left to right, not overlapping: (first token, token count, values).</summary>
    public List<(int First, int Count, IReadOnlyList<T> Values)> Match(IReadOnlyList<Token> tokens, string text)
    {
        var found = new List<(int First, int Count, IReadOnlyList<T> Values)>();
        // Every caller passes the tokenizer's List; a span of it spares an interface call per token.
        ReadOnlySpan<Token> span = tokens is List<Token> list ? CollectionsMarshal.AsSpan(list) : tokens.ToArray();
        var (trie, table) = Frozen();
        if (!trie.HasEdges) return found;
        var i = 0;
        while (i < span.Length)
        {
            // Most tokens start no phrase: one lookup settles them.
            var node = trie.Child(0, span[i].Lower);
            if (node < 0)
            {
                i++;
                continue;
            }

            var (bestLen, bestStart, bestCount) = LongestAt(trie, span, i, node, text);
            if (bestCount == 0)
            {
                i++;
                continue;
            }

            // A longer phrase that starts inside this one and runs past it is the better reading: "the Islamic State in
            // the Greater Sahara" is one group, not "the Islamic State" and a place.
            var longer = -1;
            for (var k = i + 1; k < i + bestLen && longer < 0; k++)
            {
                var inner = trie.Child(0, span[k].Lower);
                if (inner >= 0 && LongestAt(trie, span, k, inner, text) is var (len, _, count)
                    && count > 0 && k + len > i + bestLen && len > bestLen) longer = k;
            }

            if (longer >= 0)
            {
                i = longer;
                continue;
            }

            found.Add((i, bestLen, new ArraySegment<T>(table, bestStart, bestCount)));
            i += bestLen;
        }

        return found;
    }

    /// <summary>The longest phrase starting at token <paramref name="i"/> (whose first word is <paramref name="node"/>), or a count of 0.</summary>
    /// <remarks>Values are a run of the table: a node's values, its capitals-only values, or both, which lie side by side.</remarks>
    private (int Length, int Start, int Count) LongestAt(PhraseTrie trie, ReadOnlySpan<Token> span, int i, int node, string text)
    {
        var bestLen = 0;
        var bestStart = 0;
        var bestCount = 0;
        // Only the first word may be an acronym, and only where its capitals say so.
        var acronym = span[i].IsUpper && !InCapitalsWord(text, span[i].Span);
        for (var j = i; ; )
        {
            var (start, plain, capitals) = trie.ValuesOf(node);
            if (plain > 0)
            {
                bestLen = j - i + 1;
                (bestStart, bestCount) = (start, plain);
            }
            else if (capitals > 0 && acronym && j == i)
            {
                bestLen = 1;
                (bestStart, bestCount) = (start, capitals);
            }

            if (plain > 0 && capitals > 0 && acronym && j == i)
            {
                bestCount = plain + capitals;
            }

            j++;
            if (j >= span.Length || j - i >= _maxLength) break;
            var next = trie.Child(node, span[j].Lower);
            if (next < 0) break;
            node = next;
            // A phrase may not run across a sentence-ending period or a comma; the period of an initial ("U.S. forces") is neither.
            if (HasBreak(text, span[j - 1].Span.End, span[j].Span.Start, IsInitial(text, span[j - 1].Span))) break;
        }

        return (bestLen, bestStart, bestCount);
    }

    private static bool HasBreak(string text, int from, int to, bool afterInitial)
    {
        for (var k = from; k < to; k++)
        {
            if (afterInitial && k == from && text[k] == '.') continue;
            if (text[k] is ',' or '.' or ';' or ':' or '(' or ')' or '\n' or '"') return true;
        }
        return false;
    }

    // "AL-DHALE", "AL-MA'AFER": a name written in capitals whose two-letter article happens to be an acronym ("AL"), joined
    // by a hyphen to a longer word in capitals. "HTS-led" and compound names ("PKK-YJA STAR", "FDLR-RUD", "ODM-K") keep it.
    private static bool InCapitalsWord(string text, Text.TextSpan token)
    {
        var k = token.End;
        if (token.Length > 2 || k + 2 >= text.Length || text[k] != '-' || !char.IsUpper(text[k + 1])) return false;
        var letters = 0;
        for (k++; k < text.Length && (char.IsLetter(text[k]) || text[k] is '\'' or '’'); k++)
        {
            if (char.IsLower(text[k])) return false;
            if (char.IsLetter(text[k])) letters++;
        }
        return letters >= 4;
    }

    // A capital letter alone, written with a period right after it.
    private static bool IsInitial(string text, Text.TextSpan token) =>
        token.Length == 1 && char.IsUpper(text[token.Start]) && token.End < text.Length && text[token.End] == '.';
}
