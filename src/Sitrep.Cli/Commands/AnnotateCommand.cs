using System.CommandLine;
using Sitrep.Cli.Input;
using Sitrep.Core.Coding;
using Sitrep.Core.Pipeline;

namespace Sitrep.Cli.Commands;

/// <summary>`sitrep annotate`: shows what each annotator found, sentence by sentence, for writing lexicons and debugging.</summary>
public static class AnnotateCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Build()
    {
        var input = new Argument<string[]>("input") { Description = "Files, directories, .jsonl or .csv batches, as for extract.", Arity = ArgumentArity.OneOrMore };
        var published = new PublishedOptions("Publication date (YYYY-MM-DD), when the document does not state one.");
        var cmd = new Command("annotate", """
            Show the annotations behind the events: sentences, dates, casualties, weapons, triggers, cues, actors and places.

            Example:
              sitrep annotate report.txt --published 2020-05-28
            """) { input };
        published.AddTo(cmd);
        var encoding = new EncodingOption();
        cmd.Options.Add(encoding.Option);
        cmd.SetAction(parse =>
        {
            if (!published.TryRead(parse, TimeProvider.System, out var pub, out var forced, out var window)) return ExitCodes.Usage;
            if (!encoding.TryRead(parse, out var enc)) return ExitCodes.Usage;
            var pipeline = CliPipeline.For(parse.GetValue(input)!);
            var status = ExitCodes.Ok;
            foreach (var r in new DocumentSources(pub) { Window = window, PublishedOverride = forced, Encoding = enc, Warn = m => Console.Error.WriteLine($"sitrep: warning: {m}") }.Read(parse.GetValue(input)!))
            {
                if (r.Problem is { } problem)
                {
                    Console.Error.WriteLine($"sitrep: error: {problem}");
                    status = ExitCodes.SomeDocumentsFailed;
                    continue;
                }
                var a = pipeline.Annotate(r.Document!);
                Console.WriteLine($"# {a.Document.Id} (published {a.Document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "unknown"})");
                foreach (var s in a.Sentences)
                {
                    var v = new SentenceView(a, s);
                    var flags = string.Join(",", new[] { v.IsHypothetical ? "hypothetical" : null, v.IsStatement ? "statement" : null, v.IsBackground ? "background" : null, v.IsAttributed ? "attributed" : null }.Where(x => x is not null));
                    Console.WriteLine($"\n[{s.Index} p{s.Paragraph}] {v.Text}" + (flags.Length > 0 ? $"  <{flags}>" : ""));
                    foreach (var d in v.Dates) Console.WriteLine($"  date      '{v.Slice(d.Span)}' -> {string.Join(",", d.Dates.Select(x => x.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))} p{d.Precision}{(d.Background ? " background" : "")}");
                    foreach (var c in v.Casualties) Console.WriteLine($"  casualty  '{v.Slice(c.Span)}' -> {c.Kind} {c.Count}{(c.Uncertain ? " uncertain" : "")} victims='{c.Victims}'");
                    foreach (var w in v.Weapons) Console.WriteLine($"  weapon    '{v.Slice(w.Span)}' -> {w.Weapon}");
                    foreach (var t in v.Triggers) Console.WriteLine($"  trigger   '{v.Slice(t.Span)}' -> {t.Class}");
                    foreach (var c in v.Cues) Console.WriteLine($"  cue       '{v.Slice(c.Span)}' -> {c.Kind} {c.Value}");
                    foreach (var m in v.Actors) Console.WriteLine($"  actor     '{m.Surface}' -> {string.Join(" | ", m.Candidates.Select(c => $"{c.Canonical} [{c.Country}]").Distinct())}");
                    foreach (var m in v.SourceActors) Console.WriteLine($"  source    '{m.Surface}'");
                    foreach (var c in v.Countries) Console.WriteLine($"  country   '{v.Slice(c.Span)}' -> {c.Country.Name}{(c.IsDemonym ? " (demonym)" : "")}");
                    foreach (var pl in v.Places) Console.WriteLine($"  place     '{pl.Name}' {pl.Relation} {pl.Qualifier}{(pl.OffsetKm is { } km ? $" {km} km @{pl.BearingDegrees}" : "")}");
                }
                Console.WriteLine();
            }
            return status;
        });
        return cmd;
    }
}
