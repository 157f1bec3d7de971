using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Sitrep.Core.Lexicons;

namespace Sitrep.Bench;

/// <summary>The `rows` verb: how long each row of the pattern lexicons takes where the index lets it run, slowest first.</summary>
/// <remarks>
/// Each row is timed alone, anchored at the positions its prefixes occur in the corpus (as PatternLexicon.Find runs it),
/// with the engine a long batch reaches: the build-time matcher, or a runtime-compiled one for rows without.
/// </remarks>
public static class RowTimes
{
    /// <summary>Runs the `rows` subcommand.</summary>
    public static int Run(Args args)
    {
        var corpus = Corpus.Load(args.Required("--docs"), args.OptionalDouble("--repeat-to-mb"));
        var texts = corpus.NormalisedTexts();
        var top = (int)(args.OptionalDouble("--top") ?? 25);
        var results = new List<(string File, int Line, string Key, bool Generated, bool Always, int Tries, double Seconds, string Pattern)>();
        foreach (var (file, key, pat) in new[] { ("triggers.tsv", 0, 1), ("cues.tsv", 0, 2), ("weapons.tsv", 0, 1) })
        {
            var lex = PatternLexicon.LoadBundled(file, key, pat);
            var prefixes = lex.Prefixes;
            for (var row = 0; row < lex.Entries.Count; row++)
            {
                var entry = lex.Entries[row];
                var always = prefixes[row] is null;
                var generated = lex.HasGenerated(row);
                var regex = generated && LexiconRegexes.Of(PatternLexicon.Anchored(entry.Pattern)) is { } g
                    ? g
                    : new Regex(always ? @"(?<![\w-])(?:" + entry.Pattern + @")(?![\w])" : PatternLexicon.Anchored(entry.Pattern),
                        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);
                var starts = texts.Select(t => always ? [0] : Starts(t, prefixes[row]!)).ToArray();
                try
                {
                    Time(regex, texts, starts, texts.Length);
                }
                catch (IndexOutOfRangeException)
                {
                    // The compiled engine's fault PatternLexicon also falls back from (see its Interpreted).
                    regex = new Regex(regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
                    generated = false;
                }
                var sw = Stopwatch.StartNew();
                var tries = Time(regex, texts, starts, texts.Length);
                results.Add((file, entry.Line, entry.Key, generated, always, tries, sw.Elapsed.TotalSeconds, entry.Pattern));
            }
        }
        var total = results.Sum(r => r.Seconds);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"# pattern rows timed alone at their prefix positions: {texts.Length} docs, {corpus.Megabytes:0.00} MB, {total:0.000} s in all"));
        Console.WriteLine("| file:line | key | engine | tries | seconds | share | pattern (first 80) |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var r in results.OrderByDescending(r => r.Seconds).Take(top))
        {
            var engine = r.Always ? "scan" : r.Generated ? "generated" : "compiled or interpreted";
            var head = r.Pattern.Length > 80 ? r.Pattern[..80] : r.Pattern;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {r.File}:{r.Line} | {r.Key} | {engine} | {r.Tries} | {r.Seconds:0.000} | {100 * r.Seconds / total:0.0} % | `{head.Replace("|", "\\|")}` |"));
        }
        return 0;
    }

    // Word starts where one of the row's literal prefixes occurs (case-insensitively), as the index chains them.
    private static int[] Starts(string text, (string Text, bool Open)[] prefixes)
    {
        var list = new List<int>();
        for (var p = 0; p < text.Length; p++)
        {
            if (p > 0 && (char.IsLetterOrDigit(text[p - 1]) || text[p - 1] is '_' or '-')) continue;
            foreach (var (prefix, _) in prefixes)
            {
                if (string.Compare(text, p, prefix, 0, prefix.Length, StringComparison.OrdinalIgnoreCase) == 0)
                {
                    list.Add(p);
                    break;
                }
            }
        }
        return [.. list];
    }

    private static int Time(Regex regex, string[] texts, int[][] starts, int count)
    {
        var tries = 0;
        for (var i = 0; i < count && i < texts.Length; i++)
        {
            foreach (var at in starts[i])
            {
                tries++;
                foreach (var _ in regex.EnumerateMatches(texts[i], at)) break;
            }
        }
        return tries;
    }
}
