using System.Text;
using Sitrep.Core.Documents;

namespace Sitrep.Core.Tests.Documents;

public class DocumentDecoderTests
{
    private static readonly DateOnly Pub = new(2020, 5, 28);

    private static DocumentProblem Fails(DocumentResult r)
    {
        Assert.Null(r.Document);
        return Assert.IsType<DocumentProblem>(r.Problem);
    }

    private static Document Ok(DocumentResult r)
    {
        Assert.Null(r.Problem);
        return Assert.IsType<Document>(r.Document);
    }

    [Fact]
    public void PlainUtf8TextIsADocument()
    {
        var d = Ok(DocumentDecoder.DecodeText("a.txt", "Clashes near Ariha. \u00e9"u8.ToArray(), Pub, "Wire", "http://x"));
        Assert.Equal("a.txt", d.Id);
        Assert.Equal(Pub, d.Published);
        Assert.Equal("Wire", d.Source);
        Assert.Equal("Clashes near Ariha. \u00e9", d.Text);
    }

    [Fact]
    public void EmptyIsRefused()
    {
        var p = Fails(DocumentDecoder.DecodeText("empty.txt", [], Pub));
        Assert.Equal("empty.txt", p.Document);
        Assert.Null(p.Line);
        Assert.Contains("empty", p.Reason);
        Assert.Equal("empty.txt: " + p.Reason, p.ToString());
    }

    [Fact]
    public void WhitespaceOnlyIsRefused() =>
        Assert.Contains("empty", Fails(DocumentDecoder.DecodeText("ws.txt", " \n\t\r\n "u8.ToArray(), Pub)).Reason);

    [Fact]
    public void NulBytesMeanBinary()
    {
        var bytes = new byte[] { (byte)'a', (byte)'b', 0, 1, 2, (byte)'c' };
        var p = Fails(DocumentDecoder.DecodeText("blob.bin", bytes, Pub));
        Assert.Contains("binary", p.Reason);
        Assert.Contains("offset 2", p.Reason);
    }

    [Fact]
    public void PdfIsRefusedWithAPointer() =>
        Assert.Contains("PDF", Fails(DocumentDecoder.DecodeText("r.pdf", "%PDF-1.7\nstuff"u8.ToArray(), Pub)).Reason);

    [Fact]
    public void InvalidUtf8NamesTheByteOffset()
    {
        var bytes = Encoding.ASCII.GetBytes("Shelling hit ").Concat(new byte[] { 0xC3, 0x28 }).Concat(Encoding.ASCII.GetBytes(" town")).ToArray();
        var p = Fails(DocumentDecoder.DecodeText("bad.txt", bytes, Pub));
        Assert.Contains("invalid UTF-8", p.Reason);
        Assert.Contains("byte offset 13", p.Reason);
    }

    [Fact]
    public void WithTheLegacyFallbackInvalidUtf8IsReadAsWindows1252WithAWarningNamingTheByte()
    {
        var bytes = Encoding.ASCII.GetBytes("Shelling hit the caf").Concat(new byte[] { 0xE9 }).Concat(Encoding.ASCII.GetBytes(" in town")).ToArray();
        var r = DocumentDecoder.DecodeText("cafe.txt", bytes, Pub, legacyFallback: true);
        Assert.Equal("Shelling hit the caf\u00e9 in town", r.Document!.Text);
        Assert.Contains("byte 0xE9 at offset 20", r.Warning);
        Assert.Null(DocumentDecoder.DecodeText("plain.txt", "Shelling"u8, Pub, legacyFallback: true).Warning);
    }

    [Fact]
    public void Utf8BomIsDropped() =>
        Assert.Equal("Hello", Ok(DocumentDecoder.DecodeText("bom.txt", new byte[] { 0xEF, 0xBB, 0xBF }.Concat("Hello"u8.ToArray()).ToArray(), Pub)).Text);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Utf16WithBomIsDecoded(bool bigEndian)
    {
        var enc = new UnicodeEncoding(bigEndian, byteOrderMark: true);
        var bytes = enc.GetPreamble().Concat(enc.GetBytes("Clashes near Jisr al-Shugh\u00fbr.")).ToArray();
        Assert.Equal("Clashes near Jisr al-Shugh\u00fbr.", Ok(DocumentDecoder.DecodeText("u16.txt", bytes, Pub)).Text);
    }

    [Fact]
    public void OversizedIsRefusedNamingTheLimit()
    {
        var bytes = Encoding.ASCII.GetBytes(new string('a', 3 * 1024 * 1024));
        var p = Fails(DocumentDecoder.DecodeText("big.txt", bytes, Pub, maxBytes: 2 * 1024 * 1024));
        Assert.Contains("3.0 MB", p.Reason);
        Assert.Contains("2.0 MB limit", p.Reason);
    }

    [Fact]
    public void MalformedJsonLineNamesFileAndLine()
    {
        var p = Fails(DocumentDecoder.DecodeJsonLine("docs.jsonl", 3, "{\"id\": \"a\", \"text\": ", null));
        Assert.Equal("docs.jsonl", p.Document);
        Assert.Equal(3, p.Line);
        Assert.Contains("malformed JSON", p.Reason);
        Assert.StartsWith("docs.jsonl:3: ", p.ToString());
    }

    [Theory]
    [InlineData("{\"id\": \"a\"}")]
    [InlineData("{\"id\": \"a\", \"text\": 5}")]
    [InlineData("{\"id\": \"a\", \"text\": null}")]
    public void JsonWithoutTextIsRefused(string line) =>
        Assert.Contains("text", Fails(DocumentDecoder.DecodeJsonLine("docs.jsonl", 1, line, null)).Reason);

    [Fact]
    public void JsonWithEmptyTextIsRefused() =>
        Assert.Contains("empty", Fails(DocumentDecoder.DecodeJsonLine("docs.jsonl", 1, "{\"text\": \"  \"}", null)).Reason);

    [Fact]
    public void JsonArrayIsNotADocument() =>
        Assert.Contains("not a JSON object", Fails(DocumentDecoder.DecodeJsonLine("docs.jsonl", 1, "[1,2]", null)).Reason);

    [Fact]
    public void BadPublishedDateIsRefusedAndQuoted()
    {
        var p = Fails(DocumentDecoder.DecodeJsonLine("docs.jsonl", 2, "{\"id\":\"x\",\"published\":\"next Tuesday\",\"text\":\"Clashes.\"}", null));
        Assert.Contains("published", p.Reason);
        Assert.Contains("next Tuesday", p.Reason);
        Assert.Equal(2, p.Line);
    }

    [Fact]
    public void GoodJsonLineKeepsEveryField()
    {
        var d = Ok(DocumentDecoder.DecodeJsonLine("docs.jsonl", 4,
            "{\"id\":\"r1\",\"published\":\"2020-05-28T10:00:00Z\",\"source\":\"Wire\",\"url\":\"https://e.example/1\",\"text\":\"Clashes near Ariha.\"}", null));
        Assert.Equal("r1", d.Id);
        Assert.Equal(Pub, d.Published);
        Assert.Equal("Wire", d.Source);
        Assert.Equal("https://e.example/1", d.Url);
        Assert.Equal("Clashes near Ariha.", d.Text);
    }

    [Fact]
    public void JsonIdDefaultsToFileAndLineAndNumbersAreKept()
    {
        Assert.Equal("docs.jsonl:9", Ok(DocumentDecoder.DecodeJsonLine("docs.jsonl", 9, "{\"text\":\"x\"}", null)).Id);
        Assert.Equal("42", Ok(DocumentDecoder.DecodeJsonLine("docs.jsonl", 9, "{\"id\":42,\"text\":\"x\"}", null)).Id);
    }

    [Fact]
    public void PublishedOverrideWins()
    {
        var d = Ok(DocumentDecoder.DecodeJsonLine("docs.jsonl", 1, "{\"published\":\"2019-01-01\",\"text\":\"x\"}", Pub));
        Assert.Equal(Pub, d.Published);
    }

    [Theory]
    [InlineData("May 28, 2020 - Clashes erupted near Ariha.", 2020, 5, 28)]
    [InlineData("28 May 2020\nClashes erupted near Ariha.", 2020, 5, 28)]
    [InlineData("Published: 2020-05-28\n\nClashes erupted.", 2020, 5, 28)]
    [InlineData("Thursday, 28 May 2020 -- Clashes erupted.", 2020, 5, 28)]
    [InlineData("  Updated: December 1 2019 Clashes erupted.", 2019, 12, 1)]
    public void DatelineIsDetected(string text, int y, int m, int d)
    {
        Assert.Equal(new DateOnly(y, m, d), DocumentDecoder.FindDateline(text));
        Assert.Equal(new DateOnly(y, m, d), Ok(DocumentDecoder.DecodeText("f.txt", Encoding.UTF8.GetBytes(text), null)).Published);
    }

    [Theory]
    [InlineData("Clashes erupted near Ariha on May 27, 2020.")]
    [InlineData("No date here at all.")]
    public void DatelineMustBeAtTheTop(string text) => Assert.Null(DocumentDecoder.FindDateline(text));

    [Fact]
    public void DatelineAfterTwoHundredCharactersIsIgnored() =>
        Assert.Null(DocumentDecoder.FindDateline(new string(' ', 210) + "May 28, 2020 - Clashes."));

    [Theory]
    [InlineData("2020-05-28", 2020, 5, 28)]
    [InlineData(" 2020-05-28 ", 2020, 5, 28)]
    [InlineData("2020-05-28T23:59:00Z", 2020, 5, 28)]
    public void ParseDateAcceptsIsoForms(string s, int y, int m, int d) => Assert.Equal(new DateOnly(y, m, d), DocumentDecoder.ParseDate(s));

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2020-13-45")]
    [InlineData("")]
    public void ParseDateRefusesOthers(string s) => Assert.Null(DocumentDecoder.ParseDate(s));
}
