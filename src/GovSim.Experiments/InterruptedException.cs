namespace GovSim.Experiments;

/// <summary>
/// Work stopped by cancellation (Ctrl-C, SIGTERM) that left something the user should know about, such as the
/// finished runs of a sweep that --resume continues. The message completes "stopped by SIGINT; ...".
/// </summary>
public sealed class InterruptedException(string message, Exception inner) : Exception(message, inner);
