namespace Sitrep.Core.Text;

/// <summary>A word of the normalised text: letters and digits, split at spaces, hyphens and punctuation.</summary>
public readonly record struct Token(TextSpan Span, string Lower, bool IsUpper, bool IsCapitalised);

/// <summary>Splits text into word tokens for phrase matching.</summary>
public static class Tokenizer
{
    /// <summary>Word tokens of <paramref name="text"/>; apostrophes inside a word are dropped from <see cref="Token.Lower"/>.</summary>
    public static List<Token> Tokenize(string text, int start = 0, int end = -1)
    {
        if (end < 0) end = text.Length;
        var tokens = new List<Token>();
        var i = start;
        Span<char> buf = stackalloc char[64];
        while (i < end)
        {
            if (!char.IsLetterOrDigit(text[i])) { i++; continue; }
            var s = i;
            var n = 0;
            var upper = true;
            while (i < end && (char.IsLetterOrDigit(text[i]) || (text[i] is '\'' or '`' && i + 1 < end && char.IsLetter(text[i + 1]) && i > s && !IsPossessive(text, i, end))))
            {
                var c = text[i];
                if (char.IsLetter(c) && !char.IsUpper(c)) upper = false;
                if (c is not ('\'' or '`') && n < buf.Length) buf[n++] = char.ToLowerInvariant(c);
                i++;
            }
            var lower = new string(buf[..n]);
            tokens.Add(new Token(new TextSpan(s, i), lower, upper && char.IsLetter(text[s]), char.IsUpper(text[s])));
        }
        return tokens;
    }

    // "Syria's" is the name plus a possessive, not a word "syrias".
    private static bool IsPossessive(string text, int i, int end) =>
        i + 1 < end && text[i + 1] is 's' or 'S' && (i + 2 >= end || !char.IsLetterOrDigit(text[i + 2]));

    /// <summary>The lower-case token key of a phrase, as <see cref="Tokenize"/> would produce it.</summary>
    public static string Key(string phrase) => Key(Tokenize(phrase));

    /// <summary>The key of a phrase already split into <paramref name="tokens"/>.</summary>
    public static string Key(List<Token> tokens) => string.Join(' ', tokens.Select(t => t.Lower));
}
