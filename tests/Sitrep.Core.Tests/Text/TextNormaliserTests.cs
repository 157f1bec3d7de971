using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sitrep.Core.Text;

namespace Sitrep.Core.Tests.Text;

public class TextNormaliserTests
{
    private static TextSpan Find(NormalisedText n, string needle)
    {
        var at = n.Text.IndexOf(needle, StringComparison.Ordinal);
        Assert.True(at >= 0, $"'{needle}' not in normalised text '{n.Text}'");
        return new TextSpan(at, at + needle.Length);
    }

    [Fact]
    public void JustifiedDoubleSpacesCollapse()
    {
        const string raw = "Turkish   troops  shelled\tthe town.";
        var n = TextNormaliser.Normalise(raw);
        Assert.Equal("Turkish troops shelled the town.", n.Text);
        Assert.Equal(raw, n.Raw);
        Assert.Equal("shelled", n.RawSlice(Find(n, "shelled")));
        Assert.Equal(new TextSpan(18, 25), n.ToRaw(Find(n, "shelled")));
        // The collapsed space maps back to the whole run of spaces it stands for.
        Assert.Equal("   ", n.RawSlice(new TextSpan(7, 8)));
        Assert.Equal("troops  shelled", n.RawSlice(Find(n, "troops shelled")));
    }

    [Fact]
    public void EndOfLineHyphenationJoinsAndKeepsTheHyphen()
    {
        const string raw = "calls for de-\nescalation grew";
        var n = TextNormaliser.Normalise(raw);
        Assert.Equal("calls for de-escalation grew", n.Text);
        Assert.Equal("de-\nescalation", n.RawSlice(Find(n, "de-escalation")));
        Assert.Equal("escalation", n.RawSlice(Find(n, "escalation")));
    }

    [Fact]
    public void HyphenationWithSpacesAroundTheWrapStillJoins()
    {
        var n = TextNormaliser.Normalise("de- \r\n  escalation");
        Assert.Equal("de-escalation", n.Text);
        Assert.Equal("de- \r\n  escalation", n.RawSlice(new TextSpan(0, n.Text.Length)));
    }

    [Theory]
    [InlineData("LIVE: Fuel protests in the capital\nUpdated Monday 3 June, 18:00. Latest first.")]
    [InlineData("Gunmen storm a police post in the north\nBy a staff reporter\n\nGunmen stormed ...")]
    public void AShortFirstLineWithoutClosingPunctuationIsATitleParagraph(string raw)
    {
        var n = TextNormaliser.Normalise(raw);
        Assert.Contains("\n\n", n.Text[..(raw.IndexOf('\n') + 2)]);
    }

    [Theory]
    [InlineData("MINISTRY OF INTERIOR AFFAIRS\nPress release - 3 June")] // a letterhead heads the line under it
    [InlineData("Militants attacked the town.\nThree soldiers died.")] // a sentence, not a title
    [InlineData("Militants\nAttacked the town.")] // too short to be a title
    [InlineData("Warplanes struck a market in southern\nIdlib on Sunday, killing seven.")] // a wrapped line of prose
    [InlineData("Gunmen attacked the regional office of the\nRed Crescent in Sabha on Sunday.")] // ends on a word the next line continues
    public void OtherFirstLinesRunOn(string raw) =>
        Assert.DoesNotContain("\n", TextNormaliser.Normalise(raw).Text);

    [Fact]
    public void LineWrapBeforeCapitalisedWordStaysTwoWords()
    {
        const string raw = "clashes near Jisr\nal-Shughur today";
        var n = TextNormaliser.Normalise(raw);
        Assert.Equal("clashes near Jisr al-Shughur today", n.Text);
        Assert.Equal("Jisr\nal-Shughur", n.RawSlice(Find(n, "Jisr al-Shughur")));
        Assert.Equal("al-Shughur", n.RawSlice(Find(n, "al-Shughur")));
    }

    [Fact]
    public void HyphenBeforeUpperCaseLineIsNotJoined()
    {
        // "Deir ez-\nZor": the next line starts in capitals, so this is not a broken word.
        var n = TextNormaliser.Normalise("pro-\nRussian forces");
        Assert.Equal("pro- Russian forces", n.Text);
    }

    [Fact]
    public void SoftHyphenIsRemoved()
    {
        const string raw = "the Id\u00ADlib country\u00ADside";
        var n = TextNormaliser.Normalise(raw);
        Assert.Equal("the Idlib countryside", n.Text);
        Assert.Equal("Id\u00ADlib", n.RawSlice(Find(n, "Idlib")));
        Assert.Equal("country\u00ADside", n.RawSlice(Find(n, "countryside")));
        Assert.Equal("lib", n.RawSlice(Find(n, "lib")));
    }

    [Fact]
    public void CurlyQuotesBecomeStraight()
    {
        const string raw = "he said \u201Cwe\u2019ll return\u201D and left";
        var n = TextNormaliser.Normalise(raw);
        Assert.Equal("he said \"we'll return\" and left", n.Text);
        Assert.Equal("\u201Cwe\u2019ll return\u201D", n.RawSlice(Find(n, "\"we'll return\"")));
        Assert.Equal("\u2019", n.RawSlice(Find(n, "'")));
    }

    [Fact]
    public void LigatureExpandsAndBothLettersMapToIt()
    {
        const string raw = "the \uFB01ghters \uFB02ed";
        var n = TextNormaliser.Normalise(raw);
        Assert.Equal("the fighters fled", n.Text);
        var f = Find(n, "fighters");
        Assert.Equal("\uFB01ghters", n.RawSlice(f));
        Assert.Equal(new TextSpan(4, 5), n.ToRaw(new TextSpan(f.Start, f.Start + 1)));
        Assert.Equal(new TextSpan(4, 5), n.ToRaw(new TextSpan(f.Start + 1, f.Start + 2)));
        Assert.Equal("ghters", n.RawSlice(new TextSpan(f.Start + 2, f.End)));
        Assert.Equal("\uFB02ed", n.RawSlice(Find(n, "fled")));
    }

    [Fact]
    public void UrlLineIsRemoved()
    {
        const string raw = "Shelling hit Ariha.\nhttps://example.org/news/item?id=7\nTwo people died.";
        var n = TextNormaliser.Normalise(raw);
        Assert.DoesNotContain("http", n.Text);
        Assert.DoesNotContain("example", n.Text);
        Assert.StartsWith("Shelling hit Ariha.", n.Text);
        Assert.EndsWith("Two people died.", n.Text);
        Assert.Equal("Two people died.", n.RawSlice(Find(n, "Two people died.")));
        // The gap between the sentences covers the link in the raw text.
        var gapStart = "Shelling hit Ariha.".Length;
        var gap = n.ToRaw(new TextSpan(gapStart, n.Text.IndexOf("Two", StringComparison.Ordinal)));
        Assert.Contains("https://example.org/news/item?id=7", raw[gap.Start..gap.End]);
    }

    [Fact]
    public void InlineUrlIsRemovedButSentencePunctuationStays()
    {
        var n = TextNormaliser.Normalise("Source: www.example.org/a/b. Clashes continued.");
        Assert.Equal("Source: . Clashes continued.", n.Text);
    }

    [Fact]
    public void ParagraphBreakIsKept()
    {
        const string raw = "First paragraph ends.\n\n  \nSecond one starts.";
        var n = TextNormaliser.Normalise(raw);
        Assert.Equal("First paragraph ends.\n\nSecond one starts.", n.Text);
        var brk = Find(n, "\n\n");
        Assert.Equal("\n\n  \n", n.RawSlice(brk));
        Assert.Equal("Second one starts.", n.RawSlice(Find(n, "Second one starts.")));
    }

    [Fact]
    public void SingleNewlineIsASpace()
    {
        var n = TextNormaliser.Normalise("one line\r\nnext line");
        Assert.Equal("one line next line", n.Text);
        Assert.Equal("line\r\nnext", n.RawSlice(Find(n, "line next")));
    }

    [Fact]
    public void LeadingAndTrailingWhitespaceIsDropped()
    {
        var n = TextNormaliser.Normalise("  \n word \n\n ");
        Assert.Equal("word", n.Text);
        Assert.Equal(new TextSpan(4, 8), n.ToRaw(new TextSpan(0, 4)));
    }

    [Fact]
    public void EmptySpanAtEndMapsToRawEnd()
    {
        var n = TextNormaliser.Normalise("abc  ");
        Assert.Equal(new TextSpan(5, 5), n.ToRaw(new TextSpan(3, 3)));
    }

    [Fact]
    public void SpanOutsideTextThrows()
    {
        var n = TextNormaliser.Normalise("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToRaw(new TextSpan(2, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToRaw(new TextSpan(-1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => n.ToRaw(new TextSpan(2, 1)));
    }

    // ---- property: word-aligned spans map back to raw text holding the same words ----

    private static readonly string[] Words =
    [
        "Idlib", "troops", "killed", "al-Shughur", "Jisr", "the", "of", "rebels", "shelled", "de", "escalation",
        "May", "27", "1,200", "ceasefire", "Ras", "al-Ain", "fighters", "N.", "U.S.", "a", "drone", "x",
    ];

    private static readonly string[] Lower = ["escalation", "fensive", "tack", "ing", "zone", "ment"];

    private static Gen<string> Piece() => Gen.Frequency(
        (10, Gen.Elements(Words).Select(w => w + " ")),
        (2, Gen.Elements(Words).Select(w => w + "  ")),
        (2, Gen.Elements(Words).Select(w => w + " \n")),
        (2, Gen.Elements(Words).Select(w => w + "\n")),
        (2, Gen.Elements(Words).Zip(Gen.Elements(Lower)).Select(p => p.Item1 + "-\n" + p.Item2 + " ")),
        (2, Gen.Elements(Words).Zip(Gen.Elements(Lower)).Select(p => p.Item1 + "-\n  " + p.Item2 + " ")),
        (2, Gen.Elements(Words).Select(w => w.Length > 1 ? w[..1] + "\u00AD" + w[1..] + " " : "\u00AD" + w + " ")),
        (2, Gen.Elements(Words).Select(w => "\u201C" + w + "\u201D ")),
        (1, Gen.Elements(Words).Select(w => w + "\u2019s ")),
        (2, Gen.Elements("\uFB01re ", "of\uFB01cial ", "\uFB02ed ", "a\uFB00ected ", "\uFB03ce ")),
        (2, Gen.Elements("https://example.org/a/b?c=1 ", "http://ex.test/x\n", "www.example.net/p ", "(https://t.example/z) ")),
        (2, Gen.Elements("\n\n", "\n  \n", "\r\n\r\n", "\n\n\n")),
        (1, Gen.Elements("\t", "\u00A0", "  ")));

    public static Arbitrary<string> RawTexts() =>
        Gen.Sized(size => Gen.Choose(0, Math.Max(1, Math.Min(size, 30))).SelectMany(n => Gen.ListOf(Piece(), n)))
            .Select(pieces => string.Concat(pieces))
            .ToArbitrary();

    private static string Collapse(string s) => string.Join(' ', s.Split([' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));

    private static List<TextSpan> WordsOf(string text)
    {
        var list = new List<TextSpan>();
        var i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            var s = i;
            while (i < text.Length && !char.IsWhiteSpace(text[i])) i++;
            list.Add(new TextSpan(s, i));
        }
        return list;
    }

    [Property(MaxTest = 600)]
    public Property WordAlignedSpansMapBackToTheSameWords() => Prop.ForAll(RawTexts(), raw =>
    {
        var n = TextNormaliser.Normalise(raw);
        var problems = new StringBuilder();
        // (c) every normalised character maps to a non-empty range inside the raw text.
        for (var k = 0; k < n.Text.Length; k++)
        {
            var r = n.ToRaw(new TextSpan(k, k + 1));
            if (r.Start < 0 || r.End > raw.Length || r.Start >= r.End) problems.Append($"char {k} '{n.Text[k]}' maps to {r}; ");
        }
        var words = WordsOf(n.Text);
        for (var a = 0; a < words.Count; a++)
        {
            for (var b = a; b < words.Count && b < a + 12; b++)
            {
                var span = new TextSpan(words[a].Start, words[b].End);
                var r = n.ToRaw(span);
                // (a) the mapped span is a well-formed range of the raw text.
                if (!(0 <= r.Start && r.Start <= r.End && r.End <= raw.Length))
                {
                    problems.Append($"{span} maps to {r} outside raw length {raw.Length}; ");
                    continue;
                }
                // (b) the raw slice, normalised on its own, holds the same words.
                var again = TextNormaliser.Normalise(raw[r.Start..r.End]).Text;
                var expected = Collapse(n.Text[span.Start..span.End]);
                if (Collapse(again) != expected) problems.Append($"{span} '{expected}' came back as '{Collapse(again)}'; ");
            }
        }
        return problems.Length == 0 ? true.Label("ok") : false.Label($"raw={System.Text.Json.JsonSerializer.Serialize(raw)}: {problems}");
    });

    [Fact]
    public void NormalisingIsIdempotentOnCleanText()
    {
        const string clean = "Turkish troops shelled Jisr al-Shughur on May 27.\n\nTwo people died.";
        Assert.Equal(clean, TextNormaliser.Normalise(clean).Text);
        Assert.Equal(clean, TextNormaliser.Normalise(TextNormaliser.Normalise(clean).Text).Text);
    }
}
