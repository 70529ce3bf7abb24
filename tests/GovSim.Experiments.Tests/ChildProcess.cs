using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace GovSim.Experiments.Tests;

/// <summary>
/// The govsim command as a real child process, for what only a process can show: signals, exit codes, files left
/// behind. It is started through a one-line Python launcher that restores the default action of SIGINT, which a
/// process started in the background by a non-interactive shell (a CI script) inherits as ignored.
/// </summary>
public sealed class ChildProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _out = new();
    private readonly StringBuilder _err = new();

    private ChildProcess(Process process)
    {
        _process = process;
        _process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (_out) _out.AppendLine(e.Data); };
        _process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (_err) _err.AppendLine(e.Data); };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public int Id => _process.Id;

    public string Out { get { lock (_out) return _out.ToString(); } }

    public string Err { get { lock (_err) return _err.ToString(); } }

    public static ChildProcess Govsim(params string[] args)
    {
        var cli = Path.Combine(AppContext.BaseDirectory, "govsim.dll");
        const string launcher = "import os, signal, sys; signal.signal(signal.SIGINT, signal.SIG_DFL); os.execvp('dotnet', ['dotnet'] + sys.argv[1:])";
        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python, ["-c", launcher, cli, .. args])
        {
            RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false,
        };
        return new ChildProcess(Process.Start(start)!);
    }

    /// <summary>Waits until the output contains <paramref name="text"/> (or the process ends, or the time is up).</summary>
    public async Task<bool> WaitForOutput(string text, TimeSpan limit)
    {
        var deadline = DateTime.UtcNow + limit;
        while (DateTime.UtcNow < deadline && !_process.HasExited)
        {
            if (Out.Contains(text, StringComparison.Ordinal)) return true;
            await Task.Delay(20);
        }

        return Out.Contains(text, StringComparison.Ordinal);
    }

    public void Signal(int signal)
    {
        if (Kill(_process.Id, signal) != 0) throw new InvalidOperationException($"kill({_process.Id}, {signal}) failed: errno {Marshal.GetLastPInvokeError()}.");
    }

    /// <summary>The exit code, or null if the process did not end within the limit.</summary>
    public async Task<int?> WaitForExit(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
            _process.WaitForExit(); // drains the asynchronous readers
            return _process.ExitCode;
        }
        catch (OperationCanceledException)
        {
            return null;
        }
    }

    /// <summary>Whatever happens in the test, the child does not outlive it.</summary>
    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }

    public const int SigInt = 2;
    public const int SigTerm = 15;

    [DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);
}
