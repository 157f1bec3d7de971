using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Sitrep.Core.Annotation;
using Sitrep.Core.Coding;
using Sitrep.Core.Lexicons;
using Sitrep.Core.Pipeline;

namespace Sitrep.Bench;

/// <summary>The `coder` subcommand: EventCoder.Code alone over documents annotated once, timed in this thread's CPU time.</summary>
/// <remarks>The stage profile times every stage of a shared machine's pipeline; coding alone over annotations held in memory
/// gives a steadier figure for work on the coder, and a digest of the candidates shows a change left them as they were.</remarks>
public static class CoderBench
{
    /// <summary>Runs the `coder` subcommand: --docs FILE [--repeat-to-mb N] [--runs N] [--digest] [--alloc-types].</summary>
    public static int Run(Args args)
    {
        var corpus = Corpus.Load(args.Required("--docs"), args.OptionalDouble("--repeat-to-mb"));
        var runs = (int)(args.OptionalDouble("--runs") ?? 5);
        var table = ActorTable.LoadBundled();
        var annotator = new DocumentAnnotator(new ActorAnnotator(table), TriggerAnnotator.LoadBundled(), WeaponAnnotator.LoadBundled(), CueAnnotator.LoadBundled());
        var docs = corpus.Docs.Select(d => annotator.Annotate(d)).ToArray();

        // Untimed passes so the timed ones see tiered, PGO-optimised code.
        for (var i = 0; i < 2; i++) foreach (var d in docs) EventCoder.Code(d);
        if (args.Has("--digest"))
        {
            
            var sb = new StringBuilder();
            var count = 0;
            foreach (var d in docs)
            {
                foreach (var c in EventCoder.Code(d))
                {
                    Describe(sb, c);
                    count++;
                }
            }
            Console.WriteLine($"digest {Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sb.ToString())))[..16]} ({count} candidates)");
            if (args.Optional("--dump") is { } dump) File.WriteAllText(dump, sb.ToString());
        }

        if (args.Has("--alloc-types"))
        {
            using var listener = new AllocationTypes();
            listener.Start();
            foreach (var d in docs) EventCoder.Code(d);
            listener.Stop();
            listener.Print(30, 1024.0 * docs.Length, "KB/doc");
        }

        var times = new List<double>();
        var allocs = new List<double>();
        for (var r = 0; r < runs; r++)
        {
            GC.Collect();
            var cpu = ThreadCpuNs();
            var before = GC.GetAllocatedBytesForCurrentThread();
            foreach (var d in docs) EventCoder.Code(d);
            var used = (ThreadCpuNs() - cpu) / 1000.0 / docs.Length;
            var kb = (GC.GetAllocatedBytesForCurrentThread() - before) / 1024.0 / docs.Length;
            times.Add(used);
            allocs.Add(kb);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"run {r + 1}: {used:0.0} µs/doc CPU, {kb:0.0} KB/doc"));
        }
        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"median {times[(times.Count - 1) / 2]:0.0} µs/doc CPU, min {times[0]:0.0}, {allocs.Min():0.0} KB/doc ({docs.Length} docs)"));
        return 0;
    }

    // This thread's time on a CPU (Linux schedstat): the coder's own work, without the GC's and the JIT's threads or waits
    // for a core the other processes hold.
    private static long ThreadCpuNs() =>
        long.Parse(File.ReadAllText("/proc/thread-self/schedstat").Split(' ')[0], CultureInfo.InvariantCulture);

    private static void Describe(StringBuilder sb, EventCandidate c)
    {
        static string Role(ActorRole? a) => a is null ? "-" : $"{a.Entry.Canonical}@{a.Span}[{string.Join("|", a.Alternatives?.Select(x => x.Canonical) ?? [])}]";
        sb.Append(c.Doc.Document.Id).Append('\t').Append(c.Date).Append('\t').Append(c.TimePrecision).Append('\t').Append(c.DateSpan).Append('\t').Append(c.DateGuessed)
            .Append('\t').Append(c.EventType).Append('\t').Append(c.SubEventType).Append('\t').Append(c.TriggerSpan)
            .Append('\t').Append(Role(c.Actor1)).Append('\t').Append(string.Join(";", c.Assoc1.Select(Role)))
            .Append('\t').Append(Role(c.TerritoryTaker)).Append('\t').Append(Role(c.Actor2)).Append('\t').Append(string.Join(";", c.Assoc2.Select(Role)))
            .Append('\t').Append(string.Join(";", c.Places.Select(p => $"{p.Start}-{p.End}:{p.Name}")))
            .Append('\t').Append(c.Elsewhere).Append('\t').Append(c.Fatalities).Append('\t').Append(string.Join(";", c.FatalitySpans))
            .Append('\t').Append(c.FatalitiesBySide is null ? "-" : string.Join(";", c.FatalitiesBySide.OrderBy(k => k.Key, StringComparer.Ordinal).Select(k => $"{k.Key}={k.Value}")))
            .Append('\t').Append(string.Join(";", c.FatalityShares)).Append('\t').Append(c.SharesNamedOnly)
            .Append('\t').Append(c.Injuries).Append('\t').Append(string.Join(";", c.InjurySpans)).Append('\t').Append(c.Weapon).Append('\t').Append(c.WeaponSpan)
            .Append('\t').Append(string.Join(";", c.Claims.Select(k => $"{k.Source}/{k.Certainty}/{k.Span}/{string.Join(",", k.Asserts.OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => $"{a.Key}={Value(a.Value)}"))}/{string.Join(",", k.Actors.Select(Role))}")))
            .Append('\t').Append(c.PrimaryClaim).Append('\t').Append(c.Classification).Append('\t').Append(c.Extent).Append('\t').Append(c.Source).Append('\t').Append(c.SourceSpan)
            .Append('\t').Append(c.CountryHint?.Name).Append('\n');
    }

    private static string Value(object? v) => v switch
    {
        null => "null",
        string s => s,
        System.Collections.IEnumerable e => "[" + string.Join(",", e.Cast<object?>().Select(Value)) + "]",
        _ => Convert.ToString(v, CultureInfo.InvariantCulture) ?? "",
    };
}
