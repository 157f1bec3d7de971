using System.CommandLine;
using Sitrep.Cli.Commands;

var root = new RootCommand("""
    Sitrep turns conflict reports into a structured, geocoded event dataset in ACLED's schema,
    with the evidence span behind every field and the claims of each source kept apart.

    Start with:  sitrep extract samples/
    """);
root.Subcommands.Add(ExtractCommand.Build());
root.Subcommands.Add(EvalCommand.Build());
root.Subcommands.Add(AnnotateCommand.Build());
root.Subcommands.Add(GazetteerCommand.Build());
return root.Parse(args).Invoke();
