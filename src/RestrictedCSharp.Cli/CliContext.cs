namespace RestrictedCSharp.Cli;

/// <summary>Where a command writes: its report on <see cref="Out"/>, reasons for failure on <see cref="Error"/>.</summary>
internal sealed record CliContext(TextWriter Out, TextWriter Error);
