using System.Diagnostics;

namespace Sitrep.Bench;

/// <summary>Peak memory of this process: resident set (VmHWM) and managed heap, sampled while a run goes on.</summary>
public sealed class MemoryProbe : IDisposable
{
    private readonly Thread _thread;
    private volatile bool _stop;
    private long _peakManaged;
    private long _peakRss;

    private MemoryProbe()
    {
        _thread = new Thread(Loop) { IsBackground = true, Name = "memory-probe" };
        _thread.Start();
    }

    /// <summary>Largest managed heap seen (GC.GetTotalMemory and GCMemoryInfo.HeapSizeBytes), in bytes.</summary>
    public long PeakManagedBytes => Interlocked.Read(ref _peakManaged);

    /// <summary>Largest resident set sampled, in bytes.</summary>
    public long PeakSampledRssBytes => Interlocked.Read(ref _peakRss);

    /// <summary>Resets the kernel's peak RSS (VmHWM) if allowed, then starts sampling.</summary>
    public static MemoryProbe Start()
    {
        TryResetHighWaterMark();
        return new MemoryProbe();
    }

    /// <summary>VmHWM from /proc/self/status in bytes, or Process.PeakWorkingSet64 where /proc is absent.</summary>
    public static long HighWaterMarkBytes()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (!line.StartsWith("VmHWM:", StringComparison.Ordinal)) continue;
                var kb = long.Parse(line["VmHWM:".Length..].Replace("kB", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture);
                return kb * 1024;
            }
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }

        using var p = Process.GetCurrentProcess();
        return p.PeakWorkingSet64;
    }

    /// <summary>Process.PeakWorkingSet64 (the whole process lifetime, not reset between runs).</summary>
    public static long ProcessPeakWorkingSet()
    {
        using var p = Process.GetCurrentProcess();
        p.Refresh();
        return p.PeakWorkingSet64;
    }

    /// <summary>Writing 5 to /proc/self/clear_refs resets VmHWM to the current RSS (Linux ≥ 4.0).</summary>
    public static bool TryResetHighWaterMark()
    {
        try
        {
            File.WriteAllText("/proc/self/clear_refs", "5");
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return false;
        }
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        _stop = true;
        _thread.Join();
        Sample();
    }

    private void Loop()
    {
        while (!_stop)
        {
            Sample();
            Thread.Sleep(5);
        }
    }

    private void Sample()
    {
        var managed = Math.Max(GC.GetTotalMemory(false), GC.GetGCMemoryInfo().HeapSizeBytes);
        var rss = Environment.WorkingSet;
        if (managed > _peakManaged) Interlocked.Exchange(ref _peakManaged, managed);
        if (rss > _peakRss) Interlocked.Exchange(ref _peakRss, rss);
    }
}
