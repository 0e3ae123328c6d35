namespace RestrictedCSharp.Cli.Tests;

/// <summary><c>rcsc authors add</c> and <c>rcsc serve</c>: options are checked before any work, and a token is printed once.</summary>
public sealed class ArenaCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Authors_add_prints_a_token_once_and_refuses_a_taken_or_bad_name()
    {
        var data = _folder.Combine("arena");
        var added = await Rcsc.RunAsync("authors", "add", "alice", "--data", data);
        added.ExitCode.Should().Be(ExitCodes.Success, added.ToString());
        added.Stdout.Trim().Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
        added.Stderr.Should().Contain("added the author 'alice'", "stdout is the token alone, for TOKEN=$(...); the person reads stderr");
        File.ReadAllBytes(Path.Combine(data, "arena.db")).Should().NotBeEmpty();

        var again = await Rcsc.RunAsync("authors", "add", "alice", "--data", data);
        again.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        again.Stderr.Trim().Should().Be("rcsc: there is already an author 'alice'");

        var bad = await Rcsc.RunAsync("authors", "add", "<b>x</b>", "--data", data);
        bad.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        bad.Stderr.Should().Contain("is not an author name");
    }

    [Theory]
    [InlineData("--workers", "0", "rcsc: --workers must be at least 1")]
    [InlineData("--urls", "ftp://example", "rcsc: --urls: 'ftp://example' is not an http:// or https:// URL")]
    [InlineData("--game", "chess", "rcsc: no game 'chess' in")]
    [InlineData("--database", "mysql://arena:hunter2@db/arena", "rcsc: --database: the database is a postgres://user:password@host:port/database URL or a Host=…;Database=… connection string\n")]
    [InlineData("--broker", "http://arena:hunter2@mq/", "rcsc: --broker: the broker is an amqp://USER:PASSWORD@HOST:PORT/VHOST URL\n")]
    [InlineData("--judge-deadline", "0", "rcsc: --judge-deadline must be 1 to 600 seconds")]
    [InlineData("--judge-deadline", "-5", "rcsc: --judge-deadline must be 1 to 600 seconds")]
    [InlineData("--judge-deadline", "86400", "rcsc: --judge-deadline must be 1 to 600 seconds")]
    [InlineData("--judge-memory", "0", "rcsc: --judge-memory must be 64 to 65536 MiB")]
    [InlineData("--judge-memory", "-512", "rcsc: --judge-memory must be 64 to 65536 MiB")]
    [InlineData("--judge-memory", "32", "rcsc: --judge-memory must be 64 to 65536 MiB")]
    [InlineData("--judge-memory", "1048576", "rcsc: --judge-memory must be 64 to 65536 MiB")]
    [InlineData("--checks-in-flight", "0", "rcsc: --checks-in-flight must be 1 to 1000")]
    [InlineData("--checks-in-flight", "1001", "rcsc: --checks-in-flight must be 1 to 1000")]
    public async Task Serve_checks_its_options_before_starting(string option, string value, string message)
    {
        var run = await Rcsc.RunAsync("serve", "--data", _folder.Combine("arena"), option, value);
        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Should().StartWith(message);
        Directory.Exists(_folder.Combine("arena")).Should().BeFalse("nothing is made before the options are checked");
    }

    [Fact]
    public async Task Serve_refuses_a_file_as_its_data_folder()
    {
        var file = _folder.Write("not-a-folder", "x");
        var run = await Rcsc.RunAsync("serve", "--data", file);
        run.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        run.Stderr.Should().Contain("is a file, not a folder");
    }
}
