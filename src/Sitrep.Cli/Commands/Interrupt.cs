using System.Runtime.InteropServices;

namespace Sitrep.Cli.Commands;

/// <summary>
/// Turns Ctrl+C (SIGINT) and SIGTERM into a request the running command honours between batches, so it can remove its
/// temporary file, say what was done, and exit with <see cref="ExitCodes.Interrupted"/> instead of dying mid-write.
/// </summary>
internal sealed class Interrupt : IDisposable
{
    private readonly CancellationTokenSource _requested = new();
    private readonly PosixSignalRegistration[] _registrations;

    public Interrupt() =>
        _registrations = [PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle), PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle)];

    /// <summary>Cancelled once the user asked the command to stop.</summary>
    public CancellationToken Token => _requested.Token;

    /// <summary>True once the user asked the command to stop.</summary>
    public bool Requested => _requested.IsCancellationRequested;

    private void Handle(PosixSignalContext context)
    {
        // A second Ctrl+C while the command is finishing up kills the process, as users expect.
        if (_requested.IsCancellationRequested) return;
        context.Cancel = true;
        _requested.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _requested.Dispose();
    }
}
