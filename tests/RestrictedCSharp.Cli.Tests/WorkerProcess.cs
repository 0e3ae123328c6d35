namespace RestrictedCSharp.Cli.Tests;

/// <summary>The built <c>rcsc worker</c> as a separate process, started and waited for until it says it is ready.</summary>
internal static class WorkerProcess
{
    /// <summary>Starts <c>rcsc worker --name NAME --games (the repository's) ARGS</c> and waits for <c>worker NAME ready</c>.</summary>
    public static Task<RcscDaemon> StartAsync(string name, params string[] arguments) =>
        RcscDaemon.StartAsync(
            ["worker", "--name", name, "--games", Path.Combine(MatchSamples.Root, "rcsc-games.json"), .. arguments],
            line => line == $"worker {name} ready");
}
