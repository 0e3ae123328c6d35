namespace RestrictedCSharp.Cli;

/// <summary>
/// Bad usage or unreadable input: rcsc prints the message as one line on stderr and exits with
/// <see cref="ExitCodes.UsageOrInput"/>.
/// </summary>
internal sealed class CliException(string message) : Exception(message);
