namespace Sitrep.Cli;

/// <summary>Exit codes scripts can rely on.</summary>
public static class ExitCodes
{
    /// <summary>Everything was processed.</summary>
    public const int Ok = 0;
    /// <summary>Bad usage, or an evaluation threshold failed.</summary>
    public const int Usage = 1;
    /// <summary>Some documents could not be read; the rest were processed.</summary>
    public const int SomeDocumentsFailed = 2;
    /// <summary>The run could not go on (output not writable, data files missing).</summary>
    public const int Fatal = 3;
    /// <summary>Stopped by Ctrl+C (SIGINT) or SIGTERM; nothing half-written was left behind (128 + SIGINT, as shells report it).</summary>
    public const int Interrupted = 130;
}
