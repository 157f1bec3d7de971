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
        if (args.OptionalDouble("--loop") is { } loop)
        {
            // For perf: the annotator alone, over sentences split once (as the pipeline hands them), for about --loop seconds.
            var split = texts.Select(t => SentenceSplitter.Split(t)).ToArray();
            var clock = Stopwatch.StartNew();
            var passes = 0;
            while (clock.Elapsed.TotalSeconds < loop)
            {
                for (var i = 0; i < texts.Length; i++) CasualtyAnnotator.Annotate(texts[i], split[i]);
                passes++;
            }
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# {passes} passes, {1e6 * clock.Elapsed.TotalSeconds / passes / texts.Length:0.0} µs/doc wall"));
            return 0;
        }
        Console.WriteLine($"# casualty annotator, {texts.Length} docs, {corpus.Megabytes:0.00} MB, single thread");
        Console.WriteLine("| part | seconds | CPU seconds | CPU µs/doc | matches |");
        Console.WriteLine("|---|---|---|---|---|");
        Row("CasualtyAnnotator.Annotate", texts, corpus.Megabytes, t => CasualtyAnnotator.Annotate(t).Count);
        var windows = texts.Select(t => SentenceSplitter.Split(t).Select(s => s.Span).ToArray()).ToArray();
        var k = 0;
        foreach (var g in CasualtyAnnotator.SingleVictim)
        {
            var name = g.Regex.ToString();
            name = name[..Math.Min(40, name.Length)].Replace("|", "\\|");
            Row($"single-victim {k++} {name} (gates: {g.RequiredSets})", texts, corpus.Megabytes, t => g.MatchesIn(t, windows[Index(texts, t)]).Count);
        }
        Row("single-bare at clause starts (as Annotate runs it)", texts, corpus.Megabytes, t => CasualtyAnnotator.SingleBareMatchesIn(t, windows[Index(texts, t)]).Count);
        Row("pronoun-victim", texts, corpus.Megabytes, t => CasualtyAnnotator.PronounVictimGated.MatchesIn(t, windows[Index(texts, t)]).Count);
        Row("single-pair", texts, corpus.Megabytes, t => CasualtyAnnotator.SinglePairGated.MatchesIn(t, windows[Index(texts, t)]).Count);
        Row("anchors", texts, corpus.Megabytes, t => CasualtyAnnotator.Anchors(t).Counts.Count);
        var anchors = texts.Select(CasualtyAnnotator.Anchors).ToArray();
        var countThenVerb = new CasualtyAnnotator.Stems(CasualtyAnnotator.CountThenVerbVerbs);
        var verbThenCount = new CasualtyAnnotator.Stems(CasualtyAnnotator.VerbThenCountStarts);
        Row("verb-then-count at casualty words", texts, corpus.Megabytes, t =>
        {
            var n = 0;
            foreach (var at in anchors[Index(texts, t)].Words)
                if (verbThenCount.AnyStarts(Word(t, at)) && CasualtyAnnotator.VerbThenCount().Match(t, at).Success) n++;
            return n;
        });
        Row("count-then-verb at counts", texts, corpus.Megabytes, t =>
        {
            var n = 0;
            foreach (var at in anchors[Index(texts, t)].Counts)
                if (CasualtyAnnotator.WordAhead(t, at, countThenVerb) && CasualtyAnnotator.CountThenVerb().Match(t, at).Success) n++;
            return n;
        });
        Row("count-then-verb: WordAhead alone", texts, corpus.Megabytes, t =>
        {
            var n = 0;
            foreach (var at in anchors[Index(texts, t)].Counts)
                if (CasualtyAnnotator.WordAhead(t, at, countThenVerb)) n++;
            return n;
        });
        Row("verb-then-count: stems alone", texts, corpus.Megabytes, t =>
        {
            var n = 0;
            foreach (var at in anchors[Index(texts, t)].Words)
                if (verbThenCount.AnyStarts(Word(t, at))) n++;
            return n;
        });
        Row("toll at both", texts, corpus.Megabytes, t =>
        {
            var n = 0;
            var (words, counts) = anchors[Index(texts, t)];
            foreach (var at in words.Concat(counts).Distinct().Order())
                if (CasualtyAnnotator.TollMayMatch(t, at) && CasualtyAnnotator.TollAt(t, at).Success) n++;
            return n;
        });
        return 0;
    }

    private static int _at;

    // The letters at a casualty word's start, as the annotator's stem check reads them.
    private static ReadOnlySpan<char> Word(string t, int at)
    {
        var end = at;
        while (end < t.Length && char.IsLetter(t[end])) end++;
        return t.AsSpan(at, end - at);
    }

    // The rows run over texts in order, so the next window list is the one after the last.
    private static int Index(string[] texts, string t)
    {
        if (_at >= texts.Length || !ReferenceEquals(texts[_at], t)) _at = Array.IndexOf(texts, t);
        return _at++;
    }

    private static void Row(string part, string[] texts, double mb, Func<string, int> f)
    {
        // Two whole passes first: a row's engine changes after some hundred uses (TieredRegex), so the timed passes see the steady one.
        for (var warm = 0; warm < 2; warm++)
            foreach (var t in texts) f(t);
        var best = double.MaxValue;
        var bestCpu = double.MaxValue;
        var n = 0;
        var process = System.Diagnostics.Process.GetCurrentProcess();
        for (var run = 0; run < 5; run++)
        {
            n = 0;
            process.Refresh();
            var cpu = process.TotalProcessorTime;
            var sw = Stopwatch.StartNew();
            foreach (var t in texts) n += f(t);
            best = Math.Min(best, sw.Elapsed.TotalSeconds);
            process.Refresh();
            bestCpu = Math.Min(bestCpu, (process.TotalProcessorTime - cpu).TotalSeconds);
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {part} | {best:0.000} | {bestCpu:0.000} | {1e6 * bestCpu / texts.Length:0.0} | {n} |"));
    }
}
