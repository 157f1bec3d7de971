using System.CommandLine;
using Sitrep.Cli;
using Sitrep.Cli.Commands;

StartupProfile.Start(args);
var root = new RootCommand("""
    Sitrep turns conflict reports into a structured, geocoded event dataset in ACLED's schema,
    with the evidence span behind every field and the claims of each source kept apart.

    Start with:  sitrep extract samples/
    Then:        sitrep ingest samples/ && sitrep events list && sitrep export -f csv -o events.csv
    """);
root.Subcommands.Add(ExtractCommand.Build());
root.Subcommands.Add(IngestCommand.Build());
root.Subcommands.Add(ExportCommand.BuildExport());
root.Subcommands.Add(ExportCommand.BuildEvents());
root.Subcommands.Add(EvalCommand.Build());
root.Subcommands.Add(AnnotateCommand.Build());
root.Subcommands.Add(GazetteerCommand.Build());
root.Subcommands.Add(ServeCommand.Build());
var parse = root.Parse(args);
if (UnknownOptions.Check(parse) is { } unknown)
{
    Console.Error.WriteLine(unknown);
    return ExitCodes.Usage;
}

return parse.Invoke();
