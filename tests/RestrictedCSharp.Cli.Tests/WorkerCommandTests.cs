namespace RestrictedCSharp.Cli.Tests;

/// <summary><c>rcsc worker</c>'s options are checked before it connects anywhere: a bad one exits 2 with the reason.</summary>
public sealed class WorkerCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("--broker", "http://mq", "--broker: the broker is an amqp://")]
    [InlineData("--server", "ftp://server", "--server: the server is an http://")]
    [InlineData("--slots", "-1", "--slots must be 0 to 256")]
    [InlineData("--judge-slots", "65", "--judge-slots must be 0 to 64")]
    [InlineData("--drain", "-5", "--drain must be 0 to 3600 seconds")]
    [InlineData("--name", "a b", "--name: 1 to 64 letters")]
    [InlineData("--queue-prefix", "a/b", "--queue-prefix: 1 to 64 letters")]
    [InlineData("--key-file", "/nonexistent/worker.key", "--key-file:")]
    public async Task A_bad_option_exits_2_with_the_reason(string option, string value, string reason)
    {
        var key = _folder.Write("worker.key", "secret\n");
        var arguments = new Dictionary<string, string>
        {
            ["--broker"] = "amqp://guest:guest@127.0.0.1:1/", ["--server"] = "http://127.0.0.1:1", ["--key-file"] = key, ["--slots"] = "1",
        };
        arguments[option] = value;
        var run = await Rcsc.RunAsync(["worker", .. arguments.SelectMany(a => new[] { a.Key, a.Value })]);
        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Should().Contain(reason).And.NotContain("System.");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_worker_without_a_broker_a_server_or_a_key_is_refused()
    {
        (await Rcsc.RunAsync("worker", "--server", "http://127.0.0.1:1", "--key-file", "k")).Stderr.Should().Contain("--broker is required");
        (await Rcsc.RunAsync("worker", "--broker", "amqp://h/", "--key-file", "k")).Stderr.Should().Contain("--server is required");
        (await Rcsc.RunAsync("worker", "--broker", "amqp://h/", "--server", "http://h")).Stderr.Should().Contain("--key-file is required");
        var key = _folder.Write("worker.key", "secret");
        (await Rcsc.RunAsync("worker", "--broker", "amqp://h/", "--server", "http://h", "--key-file", key, "--slots", "0"))
            .Stderr.Should().Contain("would take no job");
    }
}
