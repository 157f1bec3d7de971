using System.CommandLine;
using System.Diagnostics;
using Sitrep.Core.Geocoding;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep gazetteer`: import GeoNames dumps into the local overlay gazetteer and inspect lookups.</summary>
public static class GazetteerCommand
{
    public static Command Build()
    {
        var command = new Command("gazetteer", "Manage the offline GeoNames gazetteer used for geocoding.");
        command.Subcommands.Add(BuildImport());
        command.Subcommands.Add(BuildLookup());
        return command;
    }

    private static Command BuildImport()
    {
        var files = new Argument<FileInfo[]>("FILE")
        {
            Description = "GeoNames dumps: allCountries.txt, a country file such as SY.txt, and optionally alternateNamesV2.txt.",
            Arity = ArgumentArity.OneOrMore,
        };
        var home = new Option<string?>("--home") { Description = "Sitrep home (default $SITREP_HOME or ~/.sitrep); the overlay goes to HOME/gazetteer/." };
        var classes = new Option<string>("--feature-classes")
        {
            Description = "GeoNames feature classes to keep as places (P = populated places; e.g. PSTL to add spots, areas, terrain).",
            DefaultValueFactory = _ => "P",
        };
        var import = new Command("import", "Import GeoNames dump files into the local gazetteer (streaming; re-import replaces rows by geonameid).");
        import.Arguments.Add(files);
        import.Options.Add(home);
        import.Options.Add(classes);
        import.SetAction(parse =>
        {
            var inputs = parse.GetValue(files) ?? [];
            var missing = inputs.Where(f => !f.Exists).ToList();
            if (missing.Count > 0)
            {
                Console.Error.WriteLine($"No such file: {string.Join(", ", missing.Select(f => f.FullName))}");
                return 2;
            }

            var importer = new GeoNamesImporter(SitrepHome.Directory(parse.GetValue(home)))
            {
                FeatureClasses = (parse.GetValue(classes) ?? "P").ToUpperInvariant().Where(char.IsAsciiLetter).ToHashSet(),
            };
            var sw = Stopwatch.StartNew();
            ImportReport? report = null;
            if (AnsiConsole.Profile.Capabilities.Interactive && !Console.IsOutputRedirected)
            {
                AnsiConsole.Progress()
                    .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
                    .Start(ctx =>
                    {
                        var tasks = new Dictionary<string, ProgressTask>();
                        var progress = new Progress<ImportProgress>(p =>
                        {
                            var key = $"{p.Phase}: {p.File}";
                            if (!tasks.TryGetValue(key, out var t))
                            {
                                t = tasks[key] = ctx.AddTask(Markup.Escape(key), maxValue: Math.Max(1, p.BytesTotal));
                            }

                            t.Value = p.BytesTotal == 0 ? t.MaxValue : p.BytesRead;
                        });
                        report = importer.Import(inputs.Select(f => f.FullName), progress);
                    });
            }
            else
            {
                report = importer.Import(inputs.Select(f => f.FullName));
            }

            var r = report!;
            Console.WriteLine($"rows read {r.RowsRead}, places imported {r.PlacesImported}, admin names {r.AdminNamesImported}, alternate names {r.AlternateNamesAttached}, skipped by feature class {r.RowsSkippedByFeatureClass}, malformed {r.Malformed} ({sw.Elapsed.TotalSeconds:0.0} s)");
            foreach (var (reason, count) in r.MalformedByReason)
            {
                Console.WriteLine($"  malformed: {reason}: {count}");
            }

            foreach (var issue in r.Issues.Take(20))
            {
                Console.WriteLine($"  {Path.GetFileName(issue.File)}:{issue.Line}: {issue.Reason}");
            }

            if (r.Issues.Count > 20 || r.Malformed > r.Issues.Count)
            {
                Console.WriteLine($"  ... {r.Malformed - Math.Min(20, r.Issues.Count)} more malformed rows");
            }

            foreach (var f in r.FilesWritten)
            {
                Console.WriteLine($"wrote {f}");
            }

            return 0;
        });
        return import;
    }

    private static Command BuildLookup()
    {
        var name = new Argument<string>("NAME") { Description = "A place name in any spelling." };
        var country = new Option<string?>("--country") { Description = "ISO2 code or country name to resolve within." };
        var home = new Option<string?>("--home") { Description = "Sitrep home holding an imported overlay." };
        var lookup = new Command("lookup", "Show how a place name resolves, with candidates and reasons.");
        lookup.Arguments.Add(name);
        lookup.Options.Add(country);
        lookup.Options.Add(home);
        lookup.SetAction(parse =>
        {
            var g = Gazetteer.LoadDefault(SitrepHome.Directory(parse.GetValue(home)));
            var n = parse.GetValue(name)!;
            var mention = new PlaceMention(n, 0, n.Length, PlaceRelation.In);
            var r = new Geocoder(g).Resolve([mention], [mention], parse.GetValue(country));
            if (r is null)
            {
                Console.WriteLine($"'{n}' (key {PlaceNameKey.Of(n)}): no match");
                return 1;
            }

            Console.WriteLine($"{r.Location}, {r.Admin2}, {r.Admin1}, {r.Country}  {r.Latitude:0.#####},{r.Longitude:0.#####}  precision {r.GeoPrecision}");
            Console.WriteLine(r.Why);
            return 0;
        });
        return lookup;
    }
}
