namespace Sitrep.Core.Text;

/// <summary>Text cleaned of extraction artefacts, with a map from every cleaned character back to the raw text.</summary>
public sealed class NormalisedText
{
    private readonly int[] _rawStart;
    private readonly int[] _rawEnd;

    internal NormalisedText(string raw, string text, int[] rawStart, int[] rawEnd)
    {
        Raw = raw;
        Text = text;
        _rawStart = rawStart;
        _rawEnd = rawEnd;
    }

    /// <summary>The original text, unchanged.</summary>
    public string Raw { get; }

    /// <summary>The cleaned text that annotators read.</summary>
    public string Text { get; }

    /// <summary>Maps a span of <see cref="Text"/> to the smallest raw span that produced it.</summary>
    public TextSpan ToRaw(TextSpan span)
    {
        if (span.Start < 0 || span.End > Text.Length || span.Start > span.End)
            throw new ArgumentOutOfRangeException(nameof(span), $"{span} is outside the normalised text of length {Text.Length}");
        if (span.Length == 0)
        {
            var at = span.Start < Text.Length ? _rawStart[span.Start] : Raw.Length;
            return new TextSpan(at, at);
        }
        return new TextSpan(_rawStart[span.Start], _rawEnd[span.End - 1]);
    }

    /// <summary>The raw text behind a span of the normalised text.</summary>
    public string RawSlice(TextSpan span)
    {
        var r = ToRaw(span);
        return Raw.Substring(r.Start, r.Length);
    }
}
