using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Sitrep.Bench;

/// <summary>Samples the runtime's GCAllocationTick events (one per ~100 KB allocated) and counts them by type: which objects a pass allocates.</summary>
public sealed class AllocationTypes : EventListener
{
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _on;

    /// <summary>Starts counting.</summary>
    public void Start() => _on = true;

    /// <summary>Stops counting.</summary>
    public void Stop() => _on = false;

    /// <inheritdoc />
    protected override void OnEventSourceCreated(EventSource source)
    {
        // Keyword 0x1 = GC; verbose level carries the allocation ticks.
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1);
    }

    /// <inheritdoc />
    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_on || e.EventName is null || !e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var i = e.PayloadNames!.IndexOf("TypeName");
        var j = e.PayloadNames.IndexOf("AllocationAmount64");
        if (i < 0) return;
        var name = e.Payload[i] as string ?? "?";
        var amount = j >= 0 ? Convert.ToInt64(e.Payload[j], System.Globalization.CultureInfo.InvariantCulture) : 100_000;
        _bytes.AddOrUpdate(name, amount, (_, v) => v + amount);
    }

    /// <summary>The top <paramref name="n"/> types by sampled bytes.</summary>
    public void Print(int n, double divisor, string unit)
    {
        var total = _bytes.Values.Sum();
        Console.WriteLine($"| type (sampled GCAllocationTick) | {unit} | share |");
        Console.WriteLine("|---|---|---|");
        foreach (var kv in _bytes.OrderByDescending(kv => kv.Value).Take(n))
        {
            Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"| {kv.Key} | {kv.Value / divisor:0.0} | {100.0 * kv.Value / total:0.0} % |"));
        }
    }
}
