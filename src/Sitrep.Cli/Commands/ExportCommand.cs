using System.CommandLine;
using System.Globalization;
using System.Text;
using Sitrep.Core.Output;
using Sitrep.Storage;
using Spectre.Console;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep export` and `sitrep events`: stored events out, filtered.</summary>
public static class ExportCommand
{
    private sealed record FilterOptions(
        Option<string?> From, Option<string?> To, Option<string?> Country, Option<string?> Admin1, Option<string?> Type, Option<string?> SubType,
        Option<string?> Actor, Option<string?> Bbox, Option<string?> Query)
    {
        public static FilterOptions Create() => new(
            new Option<string?>("--from") { Description = "Earliest event date, YYYY-MM-DD." },
            new Option<string?>("--to") { Description = "Latest event date, YYYY-MM-DD." },
            new Option<string?>("--country") { Description = "Country name (e.g. Syria)." },
            new Option<string?>("--admin1") { Description = "Admin1 name (e.g. Idleb)." },
            new Option<string?>("--type") { Description = "ACLED event type (e.g. Battles, \"Explosions/Remote violence\")." },
            new Option<string?>("--sub-type") { Description = "ACLED sub-event type (e.g. \"Air/drone strike\")." },
            new Option<string?>("--actor") { Description = "Actor1 or actor2 contains this text." },
            new Option<string?>("--bbox") { Description = "west,south,east,north in degrees (e.g. 35.5,34.5,37.5,36.7)." },
            new Option<string?>("--query") { Description = "Words that must appear in a source document's text (no short form: -q is --quiet everywhere)." });

        public IEnumerable<Option> All => [From, To, Country, Admin1, Type, SubType, Actor, Bbox, Query];

        public EventFilter? Parse(ParseResult p, out string? error)
        {
            error = null;
            DateOnly? Date(Option<string?> o)
            {
                if (p.GetValue(o) is not { } s) return null;
                if (DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)) return d;
                throw new FormatException($"{o.Name}: not a date: {s} (use YYYY-MM-DD)");
            }

            try
            {
                (double, double, double, double)? bbox = null;
                if (p.GetValue(Bbox) is { } b)
                {
                    var parts = b.Split(',').Select(x => double.Parse(x, NumberStyles.Float, CultureInfo.InvariantCulture)).ToArray();
                    if (parts.Length != 4 || parts[0] > parts[2] || parts[1] > parts[3]) throw new FormatException($"--bbox: need west,south,east,north with west <= east and south <= north: {b}");
                    bbox = (parts[0], parts[1], parts[2], parts[3]);
                }

                return new EventFilter
                {
                    From = Date(From), To = Date(To), Country = p.GetValue(Country), Admin1 = p.GetValue(Admin1), EventType = p.GetValue(Type),
                    SubEventType = p.GetValue(SubType), Actor = p.GetValue(Actor), Bbox = bbox, Text = p.GetValue(Query),
                };
            }
            catch (FormatException e)
            {
                error = e.Message.StartsWith("--", StringComparison.Ordinal) ? e.Message : $"--bbox: {e.Message}";
                return null;
            }
        }
    }

    /// <summary>Builds `sitrep export`.</summary>
    public static Command BuildExport()
    {
        var db = IngestCommand.DbOption();
        var format = new Option<string>("--format", "-f") { Description = "csv (ACLED's columns in ACLED's order), jsonl (everything), geojson (a FeatureCollection) or parquet (typed columns).", DefaultValueFactory = _ => "csv" };
        format.AcceptOnlyFromAmong("csv", "jsonl", "geojson", "parquet");
        var output = new Option<string?>("--output", "-o") { Description = "Write to FILE (replaced whole at the end); parquet needs a file. Default: standard output." };
        var filters = FilterOptions.Create();
        var cmd = new Command("export", """
            Export stored events, streaming (a million events in bounded memory).

            Examples:
              sitrep export -f csv -o acled.csv                     ACLED-compatible CSV
              sitrep export -f geojson --country Syria -o syria.geojson
              sitrep export -f parquet --from 2024-01-01 -o events.parquet   for DuckDB / pandas
              sitrep export -f jsonl --type Battles --bbox 35.5,34.5,37.5,36.7

            Exit codes: 0 written; 1 bad usage; 3 the store or the output could not be opened.
            """) { db, format, output };
        foreach (var o in filters.All) cmd.Options.Add(o);
        cmd.SetAction(p =>
        {
            var filter = filters.Parse(p, out var error);
            if (filter is null)
            {
                Console.Error.WriteLine($"sitrep: {error}");
                return ExitCodes.Usage;
            }

            return Export(p.GetValue(db), filter, p.GetValue(format)!, p.GetValue(output));
        });
        return cmd;
    }

    /// <summary>Builds `sitrep events` (list, show, split).</summary>
    public static Command BuildEvents()
    {
        var db = IngestCommand.DbOption();
        var filters = FilterOptions.Create();
        var limit = new Option<int>("--limit", "-n") { Description = "At most this many events.", DefaultValueFactory = _ => 50 };
        var listFormat = new Option<string>("--format", "-f") { Description = "table (fitted to the terminal; tab-separated when piped) or tsv.", DefaultValueFactory = _ => "table" };
        listFormat.AcceptOnlyFromAmong("table", "tsv");
        var list = new Command("list", "List stored events in a table (filters as for export); piped, the table is tab-separated values.") { db, limit, listFormat };
        foreach (var o in filters.All) list.Options.Add(o);
        list.SetAction(p =>
        {
            var filter = filters.Parse(p, out var error);
            if (filter is null)
            {
                Console.Error.WriteLine($"sitrep: {error}");
                return ExitCodes.Usage;
            }

            return WithStore(p.GetValue(db), store =>
            {
                var total = store.Count(filter);
                var rows = store.Query(filter with { Limit = p.GetValue(limit) }).Select(e => (IReadOnlyList<string>)
                [
                    e.EventId, e.EventDate, $"{e.EventType} / {e.SubEventType}", $"{e.Actor1} vs {e.Actor2}", $"{e.Location} ({e.Admin1}, {e.Country})",
                    e.Fatalities.ToString(CultureInfo.InvariantCulture), e.DocIds.Count.ToString(CultureInfo.InvariantCulture),
                ]);
                Output.TableOutput.Write(["event_id", "date", "type / sub-type", "actors", "location", "fat.", "src"], rows, p.GetValue(listFormat) == "tsv", "event_id", "date");
                Console.Error.WriteLine($"sitrep: {Math.Min(total, p.GetValue(limit))} of {total} events shown");
                return ExitCodes.Ok;
            });
        });

        var idArg = new Argument<string>("id") { Description = "An event id (SITREP-...)." };
        var show = new Command("show", "Print one stored event as JSON; on standard error, each report it rests on and the evidence that joined it.") { db, idArg };
        show.SetAction(p => WithStore(p.GetValue(db), store =>
        {
            var id = p.GetValue(idArg)!;
            if (store.GetEvent(id) is not { } e)
            {
                Console.Error.WriteLine($"sitrep: no event {id}");
                return ExitCodes.Usage;
            }

            Console.WriteLine(EventJsonWriter.ToJson(e));
            // Each report as it coded the incident, and the evidence that joined it (with the nearest rule that would have refused it).
            var sources = store.Sources(id).ToDictionary(s => s.DocKey, StringComparer.Ordinal);
            var n = 0;
            foreach (var m in store.Reports(id))
            {
                var r = m.Event;
                var key = r.DocIds.FirstOrDefault() ?? "";
                var s = sources.GetValueOrDefault(key);
                var toll = Sitrep.Core.Merging.EventCombiner.StatesDeaths(r) ? $"fatalities {r.Fatalities}" : "silent about deaths";
                Console.Error.WriteLine(
                    $"report {++n}: {key} ({s?.Source ?? "unknown outlet"}, published {s?.Published ?? "undated"}): {r.EventDate} (precision {r.TimePrecision}), " +
                    $"{(r.Location.Length > 0 ? r.Location : "no place")} (geo precision {r.GeoPrecision?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}), " +
                    $"{r.Actor1} vs {(r.Actor2.Length > 0 ? r.Actor2 : "-")}, {r.EventType}, {toll}");
                Console.Error.WriteLine(n == 1 ? "  first report of the incident" : $"  joined: {m.JoinedBecause ?? "merged by hand"}");
            }

            return ExitCodes.Ok;
        }));

        var splitId = new Argument<string>("id") { Description = "A merged event id." };
        var split = new Command("split", "Undo a merge: every report of the event becomes its own event again.") { db, splitId };
        split.SetAction(p => WithStore(p.GetValue(db), store =>
        {
            try
            {
                var ids = store.Split(p.GetValue(splitId)!);
                Console.WriteLine(string.Join('\n', ids));
                Console.Error.WriteLine($"sitrep: split into {ids.Count} events");
                return ExitCodes.Ok;
            }
            catch (Exception e) when (e is KeyNotFoundException or InvalidOperationException)
            {
                Console.Error.WriteLine($"sitrep: {e.Message}");
                return ExitCodes.Usage;
            }
        }));

        return new Command("events", """
            Look at stored events: list them with filters, show one with its sources, or split a merge.

            Examples:
              sitrep events list --country Syria --from 2024-03-01 -n 20
              sitrep events show SITREP-4f1c2a9e0b
              sitrep events split SITREP-4f1c2a9e0b
            """) { list, show, split };
    }

    private static int WithStore(string? db, Func<EventStore, int> action)
    {
        EventStore store;
        try
        {
            store = EventStore.Open(StoreTarget.Parse(SitrepHome.Db(db), SitrepHome.Directory()));
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Console.Error.WriteLine($"sitrep: cannot open the store {db ?? "(default)"}: {e.Message}");
            return ExitCodes.Fatal;
        }

        using (store) return action(store);
    }

    private static int Export(string? db, EventFilter filter, string format, string? output)
    {
        if (format == "parquet" && output is null)
        {
            Console.Error.WriteLine("sitrep: parquet needs a file: add -o FILE.parquet");
            return ExitCodes.Usage;
        }

        return WithStore(db, store =>
        {
            // Written beside the target and renamed at the end, so a reader never sees half an export.
            var temp = output is null ? null : Output.OutputPath.TemporaryFor(output);
            var n = 0;
            try
            {
                using (var stream = output is null ? Console.OpenStandardOutput()
                    : new FileStream(temp ?? output, temp is null ? FileMode.Open : FileMode.Create, FileAccess.Write, FileShare.ReadWrite, 1 << 16))
                {
                    n = format switch
                    {
                        "parquet" => WriteParquet(store, filter, stream).GetAwaiter().GetResult(),
                        "geojson" => WriteGeoJson(store, filter, stream),
                        _ => WriteLines(store, filter, stream, format),
                    };
                }

                if (temp is not null) File.Move(temp, output!, overwrite: true);
            }
            catch (IOException e)
            {
                Console.Error.WriteLine($"sitrep: cannot write {output ?? "stdout"}: {e.Message}");
                return ExitCodes.Fatal;
            }
            finally
            {
                if (temp is not null && File.Exists(temp)) File.Delete(temp);
            }

            Console.Error.WriteLine($"sitrep: exported {n} events as {format}{(output is null ? "" : " to " + output)}");
            return ExitCodes.Ok;
        });
    }

    private static int WriteLines(EventStore store, EventFilter filter, Stream stream, string format)
    {
        using var w = new StreamWriter(stream, new UTF8Encoding(false), 1 << 16);
        if (format == "csv") w.WriteLine(AcledCsvWriter.Header);
        var n = 0;
        foreach (var e in store.Query(filter))
        {
            w.WriteLine(format == "csv" ? AcledCsvWriter.ToLine(e) : EventJsonWriter.ToJson(e));
            n++;
        }

        return n;
    }

    private static int WriteGeoJson(EventStore store, EventFilter filter, Stream stream)
    {
        var n = 0;
        using var g = new GeoJsonEventWriter(stream);
        foreach (var e in store.Query(filter))
        {
            g.Write(e);
            n++;
        }

        return n;
    }

    private static async Task<int> WriteParquet(EventStore store, EventFilter filter, Stream stream)
    {
        var n = 0;
        await using var w = await ParquetEventWriter.CreateAsync(stream);
        foreach (var e in store.Query(filter))
        {
            await w.WriteAsync(e);
            n++;
        }

        return n;
    }
}
