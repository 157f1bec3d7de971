using Sitrep.Core.Lexicons;

// Usage: Sitrep.Lexicons.Build OUTPUT. Writes to a temporary file first so an interrupted build leaves no half index.
if (args.Length != 1)
{
    Console.Error.WriteLine("usage: Sitrep.Lexicons.Build OUTPUT");
    return 1;
}

// The index holds no regexes; interpreting them spares the tool compiling each row.
RegexCompilation.Interpreted();
var output = Path.GetFullPath(args[0]);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var temporary = output + ".tmp";
using (var file = File.Create(temporary)) LexiconIndex.Write(file);
File.Move(temporary, output, overwrite: true);
return 0;
