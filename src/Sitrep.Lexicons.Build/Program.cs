using Sitrep.Core.Lexicons;
using Sitrep.Lexicons.Build;

// Usage: Sitrep.Lexicons.Build OUTPUT [TIERED-ROWS.cs PATTERN-FILE...]. Writes to a temporary file first so an
// interrupted build leaves no half index.
if (args.Length != 1 && args.Length < 3)
{
    Console.Error.WriteLine("usage: Sitrep.Lexicons.Build OUTPUT [TIERED-ROWS.cs PATTERN-FILE...]");
    return 1;
}

// The index holds no regexes; interpreting them spares the tool compiling each row.
RegexCompilation.Interpreted();
var output = Path.GetFullPath(args[0]);
Directory.CreateDirectory(Path.GetDirectoryName(output)!);
var temporary = output + ".tmp";
using (var file = File.Create(temporary)) LexiconIndex.Write(file);
File.Move(temporary, output, overwrite: true);

if (args.Length >= 3)
{
    // Written each time the index is, so its timestamp tells MSBuild both outputs are up to date.
    File.WriteAllText(Path.GetFullPath(args[1]), TieredRowsSource.Write(args[2..]));
}
return 0;
