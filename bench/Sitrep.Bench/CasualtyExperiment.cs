using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Annotation;

namespace Sitrep.Bench;

/// <summary>Where CasualtyAnnotator's time goes: the whole annotator against each single-victim pattern's whole-text scan.</summary>
public static class CasualtyExperiment
{
    /// <summary>Runs the `casualty` subcommand.</summary>
    public static int Run(Args args)
    {
        var corpus = Corpus.Load(args.Required("--docs"), args.OptionalDouble("--repeat-to-mb"));
        var texts = corpus.NormalisedTexts();
        Console.WriteLine($"# casualty annotator, {texts.Length} docs, {corpus.Megabytes:0.00} MB, single thread");
        Console.WriteLine("| part | seconds | MB/s | matches |");
        Console.WriteLine("|---|---|---|---|");
        Row("CasualtyAnnotator.Annotate", texts, corpus.Megabytes, t => CasualtyAnnotator.Annotate(t).Count);
        foreach (var g in CasualtyAnnotator.SingleVictim)
        {
            var name = g.Regex.GetType().Name;
            Row($"single-victim {name} (gates: {g.RequiredSets})", texts, corpus.Megabytes, t => g.Matches(t).Count);
        }
        Row("pronoun-victim", texts, corpus.Megabytes, t => CasualtyAnnotator.PronounVictimGated.Matches(t).Count);
        return 0;
    }

    private static void Row(string part, string[] texts, double mb, Func<string, int> f)
    {
        for (var i = 0; i < Math.Min(200, texts.Length); i++) f(texts[i]);
        var best = double.MaxValue;
        var n = 0;
        for (var run = 0; run < 3; run++)
        {
            n = 0;
            var sw = Stopwatch.StartNew();
            foreach (var t in texts) n += f(t);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {best:0.000} | {mb / best:0.00} | {n} |"));
    }
}
