namespace Sitrep.Cli.Commands;

/// <summary>A one-line progress display on stderr: documents done, rate, and with a known total the share done and the time left.</summary>
/// <remarks>Shown on a terminal only: scripts reading stderr get the errors and the summary, not a ticker.</remarks>
internal sealed class ProgressLine(bool enabled, long? total = null, TextWriter? output = null)
{
    private readonly System.Diagnostics.Stopwatch _clock = System.Diagnostics.Stopwatch.StartNew();
    private readonly TextWriter _out = output ?? Console.Error;
    private bool _shown;
    private readonly Lock _gate = new();
    private double _lastWithin = double.NegativeInfinity;

    /// <summary>Reports below this size finish too fast to need a line of their own.</summary>
    public const int LongDocumentChars = 200_000;

    /// <summary>How far the pipeline is inside one long document (called from worker threads; shown a few times a second).</summary>
    public void ReportWithin(Sitrep.Core.Documents.Document document, double share)
    {
        if (!enabled || document.Text.Length < LongDocumentChars) return;
        lock (_gate)
        {
            var s = _clock.Elapsed.TotalSeconds;
            if (s - _lastWithin < 0.25 && share < 1) return;
            _lastWithin = s;
            var width = 24;
            var filled = (int)(width * Math.Clamp(share, 0, 1));
            _out.Write($"\rsitrep: {document.Id} ({document.Text.Length / 1024:N0} KB): [{new string('#', filled)}{new string('.', width - filled)}] {share:P0}, {s:N0} s   ");
            _shown = true;
        }
    }

    public void Report(int done)
    {
        if (!enabled) return;
        lock (_gate) Write(done);
    }

    private void Write(int done)
    {
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

        _out.Write(line + "   ");
        _shown = true;
    }

    public void Done()
    {
        if (_shown) _out.WriteLine();
    }
}
