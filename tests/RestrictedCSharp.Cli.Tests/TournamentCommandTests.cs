using System.Diagnostics;

namespace RestrictedCSharp.Cli.Tests;

/// <summary><c>rcsc tournament</c>: a round robin that survives being killed and resumes to the same standings.</summary>
public sealed class TournamentCommandTests : IDisposable
{
    private static readonly string[] Bots = ["random", "wallfollower"]; // the quickest two: three tournaments run here

    private readonly TempFolder _folder = new();

    public TournamentCommandTests()
    {
        foreach (var bot in Bots)
        {
            var source = Path.Combine(MatchSamples.Root, "samples", "LightCycles", "bots", bot);
            foreach (var file in Directory.EnumerateFiles(source, "*.cs"))
                _folder.Write(Path.Combine("bots", bot, Path.GetFileName(file)), File.ReadAllText(file));
        }
    }

    public void Dispose() => _folder.Dispose();

    private string[] Arguments(string results) =>
        ["tournament", _folder.Combine("bots"), "--rounds", "4", "--seed", "11", "--set", "width=10", "--set", "height=10", "--results", results];

    [Fact]
    public async Task Killed_half_way_it_resumes_without_replaying_finished_games_and_ends_with_the_same_standings()
    {
        var interrupted = _folder.Combine("interrupted.jsonl");
        var killedAfter = await RunAndKillAfterGamesAsync(Arguments(interrupted), interrupted, games: 2);
        killedAfter.Should().BeInRange(2, 3, "the kill came half way through the 4 games");

        var resumed = await Rcsc.RunAsync(Arguments(interrupted));
        var uninterrupted = await Rcsc.RunAsync(Arguments(_folder.Combine("uninterrupted.jsonl")));

        resumed.ExitCode.Should().Be(ExitCodes.Success, resumed.ToString());
        uninterrupted.ExitCode.Should().Be(ExitCodes.Success, uninterrupted.ToString());
        resumed.Stdout.Split('\n').Count(l => l.Contains("(from the results file)")).Should().Be(killedAfter);
        Standings(resumed.Stdout).Should().Equal(Standings(uninterrupted.Stdout)).And.HaveCount(1 + Bots.Length);

        var lines = File.ReadAllLines(interrupted).Where(l => l.Length > 0).ToList();
        lines.Should().HaveCount(4, "every game is in the file exactly once");
        File.ReadAllLines(_folder.Combine("uninterrupted.jsonl")).Order().Should().Equal(lines.Order(), "the same games had the same results");
    }

    [Fact]
    public async Task A_results_file_of_another_tournament_is_refused()
    {
        var results = _folder.Write("other.jsonl", """{"game":0,"round":0,"players":["x","y"],"seed":1,"winner":"x","turns":3,"placements":[1,2],"failures":[0,0]}""" + "\n");

        var run = await Rcsc.RunAsync(Arguments(results));

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Should().Contain("not in this tournament's schedule");
    }

    /// <summary>The standings table: the lines from the header on, without the results file's path.</summary>
    private static IReadOnlyList<string> Standings(string stdout) =>
        [.. stdout.Split('\n').Select(l => l.TrimEnd('\r')).SkipWhile(l => !l.StartsWith("rank", StringComparison.Ordinal)).TakeWhile(l => l.Length > 0 && !l.StartsWith("results:", StringComparison.Ordinal))];

    /// <summary>Starts the built rcsc, kills it (and its runners) once the results file holds <paramref name="games"/> games; returns how many it held.</summary>
    private static async Task<int> RunAndKillAfterGamesAsync(string[] args, string results, int games)
    {
        var start = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "rcsc.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(3);
        while (CompleteLines(results) < games)
        {
            if (process.HasExited) throw new InvalidOperationException($"rcsc ended (exit {process.ExitCode}) before it could be killed: {await stdout}{await stderr}");
            if (DateTime.UtcNow > deadline) { process.Kill(entireProcessTree: true); throw new TimeoutException("no games finished in 3 minutes"); }
            await Task.Delay(20);
        }
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        return CompleteLines(results);
    }

    private static int CompleteLines(string path)
    {
        if (!File.Exists(path)) return 0;
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd().Count(c => c == '\n');
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";
}
