namespace RestrictedCSharp.Cli.Tests;

/// <summary>Runs rcsc in-process and captures what it writes.</summary>
internal static class Rcsc
{
    public static async Task<RcscOutput> RunAsync(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = await RcscApp.RunAsync(args, stdout, stderr);
        return new RcscOutput(exitCode, stdout.ToString(), stderr.ToString());
    }
}

internal sealed record RcscOutput(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Stdout}\n--- stderr\n{Stderr}";
}
