namespace RestrictedCSharp.Cli.Tests;

/// <summary>The sample bots the README runs give the verdicts the README promises.</summary>
public class SampleBotsTests
{
    [Fact]
    public async Task The_greedy_sample_is_accepted()
    {
        var run = await Rcsc.RunAsync("check", Path.Combine(RepositoryRoot.Path, "samples", "bots", "greedy"));

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
    }

    [Fact]
    public async Task The_peeking_sample_is_rejected_for_the_file_read_and_the_unseeded_random()
    {
        var run = await Rcsc.RunAsync("check", Path.Combine(RepositoryRoot.Path, "samples", "bots", "peeking"));

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        run.Stdout.Should().Contain("System.IO.File.ReadAllText").And.Contain("System.Random.Random()");
    }

    [Fact]
    public async Task The_readme_main_command_runs_the_greedy_sample_in_a_runner()
    {
        var run = await Rcsc.RunAsync(
            "run", Path.Combine(RepositoryRoot.Path, "samples", "bots", "greedy"), "--method", "Choose",
            "--args", """[[{"x":0,"y":0,"value":3},{"x":1,"y":2,"value":5}]]""", "--calls", "3");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3)
            .And.AllSatisfy(line => line.Should().Contain("ok {\"x\":1,\"y\":2,\"value\":5}"));
    }
}
