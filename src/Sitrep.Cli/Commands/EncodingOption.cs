using System.CommandLine;
using System.Text;
using Sitrep.Core.Documents;

namespace Sitrep.Cli.Commands;

/// <summary>The <c>--encoding</c> option: how to read plain-text files that are not UTF-8.</summary>
internal sealed class EncodingOption
{
    /// <summary>The option.</summary>
    public Option<string?> Option { get; } = new("--encoding")
    {
        Description = "Encoding of plain-text files that are not UTF-8 (e.g. windows-1252, iso-8859-6, windows-1256, koi8-r). " +
            "Without it, UTF-8 is expected and a file that is not is read as Windows-1252 with a warning naming the first odd byte.",
    };

    /// <summary>The encoding asked for (null: UTF-8 with the fallback), or false after printing that the name is unknown.</summary>
    public bool TryRead(ParseResult parse, out Encoding? encoding)
    {
        encoding = null;
        if (parse.GetValue(Option) is not { } name) return true;
        encoding = DocumentDecoder.EncodingNamed(name);
        if (encoding is not null) return true;
        Console.Error.WriteLine($"sitrep: --encoding: unknown encoding '{name}' (e.g. utf-8, windows-1252, iso-8859-1, windows-1256)");
        return false;
    }
}
