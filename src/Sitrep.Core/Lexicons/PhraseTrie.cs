namespace Sitrep.Core.Lexicons;

/// <summary>A phrase trie as flat arrays: words, an edge hash table keyed by (parent, word), and each node's run of values.</summary>
/// <remarks>
/// The actor table's trie has tens of thousands of nodes; as objects it took 15 MB and most of a cold start to build. As
/// arrays it is written at build time and read back in a millisecond (<see cref="LexiconIndex"/>), and a lookup hashes
/// the token's characters with a fixed hash, so the table means the same in the build tool and at run time.
/// </remarks>
internal sealed class PhraseTrie
{
    private readonly char[] _wordChars;
    private readonly int[] _wordStart;
    // Per node: the word of the edge into it (root: -1), and where its values start in the table.
    private readonly int[] _nodeWord;
    private readonly int[] _valueStart;
    private readonly int[] _capitals;
    // Open addressing over (parent, word): the child's id, 0 for an empty slot (the root is nobody's child).
    private readonly int[] _slotParent;
    private readonly int[] _slotChild;

    public PhraseTrie(char[] wordChars, int[] wordStart, int[] nodeWord, int[] valueStart, int[] capitals, int[] slotParent, int[] slotChild, int maxLength)
    {
        if (slotChild.Length == 0 || (slotChild.Length & (slotChild.Length - 1)) != 0 || slotParent.Length != slotChild.Length)
            throw new InvalidDataException("A phrase trie's edge table must be a power of two long.");
        if (valueStart.Length != nodeWord.Length + 1 || capitals.Length != nodeWord.Length || wordStart.Length == 0)
            throw new InvalidDataException("A phrase trie's node arrays disagree in length.");
        (_wordChars, _wordStart, _nodeWord, _valueStart, _capitals, _slotParent, _slotChild, MaxLength) =
            (wordChars, wordStart, nodeWord, valueStart, capitals, slotParent, slotChild, maxLength);
        HasEdges = nodeWord.Length > 1;
    }

    /// <summary>The most words a phrase has.</summary>
    public int MaxLength { get; }

    /// <summary>Whether the trie holds any phrase.</summary>
    public bool HasEdges { get; }

    /// <summary>How many nodes, the root included.</summary>
    public int NodeCount => _nodeWord.Length;

    /// <summary>The arrays, in constructor order, for <see cref="LexiconIndex"/> to write.</summary>
    internal (char[] WordChars, int[] WordStart, int[] NodeWord, int[] ValueStart, int[] Capitals, int[] SlotParent, int[] SlotChild) Arrays =>
        (_wordChars, _wordStart, _nodeWord, _valueStart, _capitals, _slotParent, _slotChild);

    /// <summary>The child of <paramref name="node"/> by <paramref name="word"/>, or -1.</summary>
    public int Child(int node, string word)
    {
        var mask = _slotChild.Length - 1;
        for (var slot = Slot(node, Hash(word)) & mask; ; slot = (slot + 1) & mask)
        {
            var child = _slotChild[slot];
            if (child == 0) return -1;
            if (_slotParent[slot] == node && WordIs(_nodeWord[child], word)) return child;
        }
    }

    /// <summary>Where <paramref name="node"/>'s values start in the table, how many there are, then how many capitals-only ones follow them.</summary>
    public (int Start, int Plain, int Capitals) ValuesOf(int node)
    {
        var start = _valueStart[node];
        var capitals = _capitals[node];
        return (start, _valueStart[node + 1] - start - capitals, capitals);
    }

    private bool WordIs(int word, string text)
    {
        var start = _wordStart[word];
        return _wordStart[word + 1] - start == text.Length && _wordChars.AsSpan(start, text.Length).SequenceEqual(text);
    }

    // FNV-1a over the UTF-16 units: fixed across processes, unlike string.GetHashCode.
    private static uint Hash(string word)
    {
        var h = 2166136261u;
        foreach (var c in word) h = (h ^ c) * 16777619u;
        return h;
    }

    private static int Slot(int parent, uint hash)
    {
        var x = hash ^ ((uint)parent * 0x9E3779B1u);
        x ^= x >> 16;
        x *= 0x85EBCA6Bu;
        x ^= x >> 13;
        return (int)(x & 0x7FFFFFFF);
    }

    /// <summary>Flattens a trie of objects: nodes numbered breadth first from <paramref name="root"/>, values appended to <paramref name="table"/> in node order.</summary>
    public static PhraseTrie Build<TNode, T>(TNode root, Func<TNode, string?> word, Func<TNode, IEnumerable<TNode>> children,
        Func<TNode, T[]?> values, Func<TNode, T[]?> capitals, List<T> table, int maxLength)
    {
        var nodes = new List<TNode> { root };
        var parents = new List<int> { -1 };
        for (var n = 0; n < nodes.Count; n++)
        {
            foreach (var c in children(nodes[n]))
            {
                nodes.Add(c);
                parents.Add(n);
            }
        }

        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        var chars = new List<char>();
        var wordStart = new List<int> { 0 };
        var nodeWord = new int[nodes.Count];
        var valueStart = new int[nodes.Count + 1];
        var capitalCount = new int[nodes.Count];
        nodeWord[0] = -1;
        for (var n = 0; n < nodes.Count; n++)
        {
            if (n > 0)
            {
                var w = word(nodes[n]) ?? throw new InvalidOperationException("A trie node below the root has no word.");
                if (!words.TryGetValue(w, out var id))
                {
                    words[w] = id = words.Count;
                    chars.AddRange(w);
                    wordStart.Add(chars.Count);
                }
                nodeWord[n] = id;
            }
            valueStart[n] = table.Count;
            if (values(nodes[n]) is { } plain) table.AddRange(plain);
            if (capitals(nodes[n]) is { } caps)
            {
                table.AddRange(caps);
                capitalCount[n] = caps.Length;
            }
        }
        valueStart[nodes.Count] = table.Count;

        var size = 16;
        while (size < nodes.Count * 2) size *= 2;
        var slotParent = new int[size];
        var slotChild = new int[size];
        var wordText = chars.ToArray();
        var starts = wordStart.ToArray();
        for (var n = 1; n < nodes.Count; n++)
        {
            var w = nodeWord[n];
            var hash = Hash(new string(wordText, starts[w], starts[w + 1] - starts[w]));
            var slot = Slot(parents[n], hash) & (size - 1);
            while (slotChild[slot] != 0) slot = (slot + 1) & (size - 1);
            slotParent[slot] = parents[n];
            slotChild[slot] = n;
        }

        return new PhraseTrie(wordText, starts, nodeWord, valueStart, capitalCount, slotParent, slotChild, maxLength);
    }
}
