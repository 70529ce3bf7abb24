namespace GovSim.Experiments;

/// <summary>
/// Invalid user input (a file, an option, a value). The message is one sentence naming the file or option, the
/// field and what was expected; the command line prints it and exits with code 2, without a stack trace.
/// </summary>
public sealed class InputException(string message) : Exception(message);
