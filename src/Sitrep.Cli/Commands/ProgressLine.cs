namespace Sitrep.Cli.Commands;

/// <summary>A one-line progress display on stderr: documents done, rate, and with a known total the share done and the time left.</summary>
/// <remarks>Shown on a terminal only: scripts reading stderr get the errors and the summary, not a ticker.</remarks>
internal sealed class ProgressLine(bool enabled, long? total = null)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private bool _shown;

    public void Report(int done)
    {
        if (!enabled) return;
        var s = _clock.Elapsed.TotalSeconds;
        var rate = done / Math.Max(s, 0.001);
        var line = $"\rsitrep: {done:N0} documents, {rate:N0} docs/s, {s:N0} s";
        if (total is > 0 && done <= total)
        {
            var width = 24;
            var filled = (int)(width * done / (double)total.Value);
            var eta = rate > 0 ? (total.Value - done) / rate : 0;
            line = $"\rsitrep: [{new string('#', filled)}{new string('.', width - filled)}] {done:N0}/{total:N0} documents, {rate:N0} docs/s, ETA {TimeSpan.FromSeconds(eta):hh\\:mm\\:ss}";
        }

        Console.Error.Write(line + "   ");
        _shown = true;
    }

    public void Done()
    {
        if (_shown) Console.Error.WriteLine();
    }
}
