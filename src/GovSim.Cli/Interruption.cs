using System.Runtime.InteropServices;

namespace GovSim.Cli;

/// <summary>
/// Turns Ctrl-C (SIGINT) and SIGTERM into cancellation of the command's work, so a run or sweep stops at its next
/// check, cleans up (no half-written folder) and exits 130 or 143 as shells expect. A second signal while the first is
/// being handled is left to the system's default, so a stuck process can still be stopped.
/// </summary>
public sealed class Interruption : IDisposable
{
    private readonly CancellationTokenSource _source;
    private readonly PosixSignalRegistration[] _registrations;
    private int _signal;

    public Interruption(CancellationToken outer)
    {
        _source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        _registrations =
        [
            PosixSignalRegistration.Create(PosixSignal.SIGINT, Handle),
            PosixSignalRegistration.Create(PosixSignal.SIGTERM, Handle),
        ];
    }

    public CancellationToken Token => _source.Token;

    /// <summary>The signal that interrupted the work, or null.</summary>
    public PosixSignal? Signal => _signal switch
    {
        0 => null,
        _ => (PosixSignal)_signal,
    };

    /// <summary>The shell's exit code for death by the signal: 128 + its number (SIGINT 2, SIGTERM 15).</summary>
    public int ExitCode => Signal == PosixSignal.SIGTERM ? 143 : 130;

    public string SignalName => Signal == PosixSignal.SIGTERM ? "SIGTERM" : "Ctrl-C (SIGINT)";

    private void Handle(PosixSignalContext context)
    {
        if (Interlocked.CompareExchange(ref _signal, (int)context.Signal, 0) != 0) return; // a second signal: default action
        context.Cancel = true;
        _source.Cancel();
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r.Dispose();
        _source.Dispose();
    }
}
