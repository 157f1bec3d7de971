using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Bench;

/// <summary>Read-only experiment on the lexicon scanners: how the combined-alternation regex of PatternLexicon compares with variants, on normalised corpus text.</summary>
/// <remarks>Nothing here changes Sitrep.Core; it rebuilds the same patterns from PatternLexicon.Entries to show where the time goes.</remarks>
public static class RegexExperiment
{
    private const RegexOptions Opts = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled;

    /// <summary>Runs the `regex` subcommand.</summary>
    public static int Run(Args args)
    {
        var corpus = Corpus.Load(args.Required("--docs"), args.OptionalDouble("--repeat-to-mb"));
        var texts = corpus.NormalisedTexts();
        Console.WriteLine($"# lexicon regex variants, {texts.Length} docs, {corpus.Megabytes:0.00} MB, single thread");
        Console.WriteLine("| lexicon | variant | seconds | MB/s | matches |");
        Console.WriteLine("|---|---|---|---|---|");
        foreach (var (file, key, pat) in new[] { ("triggers.tsv", 0, 1), ("cues.tsv", 0, 2), ("weapons.tsv", 0, 1) })
        {
            var lex = PatternLexicon.LoadBundled(file, key, pat);
            var patterns = lex.Entries.Select(e => e.Pattern).ToArray();
            Row(file, "as shipped: PatternLexicon.Scan", texts, corpus.Megabytes, t => lex.Scan(t).Count());
            var combined = Combined(patterns, @"(?<![\w-])", @"(?![\w])");
            Row(file, "same combined regex, Match loop only", texts, corpus.Megabytes, t => Count(combined, t));
            var noLookbehind = Combined(patterns, @"\b", @"(?![\w])");
            Row(file, "combined, leading \\b instead of (?<![\\w-])", texts, corpus.Megabytes, t => Count(noLookbehind, t));
            var separate = patterns.Select(p => new Regex(@"(?<![\w-])(?:" + p + @")(?![\w])", Opts)).ToArray();
            Row(file, $"{patterns.Length} separate regexes, one pass each", texts, corpus.Megabytes, t => separate.Sum(r => Count(r, t)));
        }

        return 0;
    }

    private static Regex Combined(string[] patterns, string pre, string post)
    {
        var sb = new StringBuilder(pre).Append("(?:");
        for (var i = 0; i < patterns.Length; i++) sb.Append(i > 0 ? "|" : "").Append("(?<r").Append(i).Append('>').Append(patterns[i]).Append(')');
        return new Regex(sb.Append(')').Append(post).ToString(), Opts);
    }

    private static int Count(Regex r, string t)
    {
        var n = 0;
        for (var m = r.Match(t); m.Success; m = m.NextMatch()) n++;
        return n;
    }

    private static void Row(string file, string variant, string[] texts, double mb, Func<string, int> f)
    {
        for (var i = 0; i < Math.Min(200, texts.Length); i++) f(texts[i]);
        var n = 0;
        var sw = Stopwatch.StartNew();
        foreach (var t in texts) n += f(t);
        var s = sw.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {file} | {variant} | {s:0.000} | {mb / s:0.00} | {n} |"));
    }
}
