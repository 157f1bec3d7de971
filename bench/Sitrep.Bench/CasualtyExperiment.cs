using System.Diagnostics;
using System.Globalization;
using Sitrep.Core.Annotation;

namespace Sitrep.Bench;

/// <summary>Where CasualtyAnnotator's time goes: the whole annotator against each sentence-gated pattern's scan and the anchors.</summary>
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
        var windows = texts.Select(t => SentenceSplitter.Split(t).Select(s => s.Span).ToArray()).ToArray();
        var k = 0;
        foreach (var g in CasualtyAnnotator.SingleVictim)
        {
            var name = g.Regex.ToString();
            name = name[..Math.Min(40, name.Length)].Replace("|", "\\|");
            Row($"single-victim {k++} {name} (gates: {g.RequiredSets})", texts, corpus.Megabytes, t => g.MatchesIn(t, windows[Index(texts, t)]).Count);
        }
        Row("pronoun-victim", texts, corpus.Megabytes, t => CasualtyAnnotator.PronounVictimGated.MatchesIn(t, windows[Index(texts, t)]).Count);
        Row("single-pair", texts, corpus.Megabytes, t => CasualtyAnnotator.SinglePairGated.MatchesIn(t, windows[Index(texts, t)]).Count);
        Row("anchors", texts, corpus.Megabytes, t => CasualtyAnnotator.Anchors(t).Counts.Count);
        return 0;
    }

    private static int _at;

    // The rows run over texts in order, so the next window list is the one after the last.
    private static int Index(string[] texts, string t)
    {
        if (_at >= texts.Length || !ReferenceEquals(texts[_at], t)) _at = Array.IndexOf(texts, t);
        return _at++;
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
