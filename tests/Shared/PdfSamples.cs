using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Sitrep.Tests.Shared;

/// <summary>Real PDF files built in the tests (linked into every test project that needs them): with text, encrypted, or image-only.</summary>
internal static class PdfSamples
{
    /// <summary>A report written with PdfPig's builder, one line per string, 14 points apart, one page per array.</summary>
    public static byte[] BuildReport(string? created, params string[][] pages)
    {
        var builder = new PdfDocumentBuilder();
        if (created is not null) builder.DocumentInformation.CreationDate = created;
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 760.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(60, y), font);
                y -= 14;
            }
        }

        return builder.Build();
    }

    /// <summary>A page with only a filled rectangle: a scan would look like this to a text extractor.</summary>
    public static byte[] WithoutText()
    {
        var builder = new PdfDocumentBuilder();
        var page = builder.AddPage(PageSize.A4);
        page.DrawRectangle(new PdfPoint(100, 400), 200, 150, 2, fill: true);
        return builder.Build();
    }

    /// <summary>A hand-written one-page PDF whose trailer points at a Standard security handler that no empty password opens.</summary>
    public static byte[] Encrypted()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
            "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Secret report) Tj ET\nendstream",
            "<< /Filter /Standard /V 1 /R 2 /Length 40 /P -44 /O <" + new string('a', 64) + "> /U <" + new string('b', 64) + "> >>",
        };
        var sb = new StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(sb.Length);
            sb.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = sb.Length;
        sb.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var o in offsets) sb.Append($"{o:D10} 00000 n \n");
        sb.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R /Encrypt 5 0 R /ID [<0123456789abcdef0123456789abcdef> <0123456789abcdef0123456789abcdef>] >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.ASCII.GetBytes(sb.ToString());
    }
}
