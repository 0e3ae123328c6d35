using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Cli.Tests;

/// <summary><c>rcsc workers key</c>: the arena's worker key alone on stdout, made once, replaced only with <c>--new</c>.</summary>
public sealed class WorkersKeyCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Key_prints_the_same_key_each_time_and_nothing_else_on_stdout()
    {
        var data = _folder.Combine("arena");
        var made = await Rcsc.RunAsync("workers", "key", "--data", data);
        made.ExitCode.Should().Be(ExitCodes.Success, made.ToString());
        made.Stdout.Should().MatchRegex("^[A-Za-z0-9_-]{43}\n$", "the key alone, for KEY=$(rcsc workers key)");
        made.Stderr.Should().Contain(WorkerKey.FileName).And.Contain("--key-file");
        var path = Path.Combine(data, WorkerKey.FileName);
        File.ReadAllText(path).Trim().Should().Be(made.Stdout.Trim());
        if (!OperatingSystem.IsWindows())
            File.GetUnixFileMode(path).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite, "the key is the owner's only");

        var again = await Rcsc.RunAsync("workers", "key", "--data", data);
        again.ExitCode.Should().Be(ExitCodes.Success);
        again.Stdout.Should().Be(made.Stdout, "an existing key is printed, not replaced");
    }

    [Fact]
    public async Task New_replaces_the_key_and_says_when_the_old_one_stops()
    {
        var data = _folder.Combine("arena");
        var old = (await Rcsc.RunAsync("workers", "key", "--data", data)).Stdout.Trim();
        var replaced = await Rcsc.RunAsync("workers", "key", "--data", data, "--new");
        replaced.ExitCode.Should().Be(ExitCodes.Success, replaced.ToString());
        var key = replaced.Stdout.Trim();
        key.Should().MatchRegex("^[A-Za-z0-9_-]{43}$").And.NotBe(old);
        replaced.Stdout.Should().Be(key + "\n");
        replaced.Stderr.Should().Contain("the old one works until the server next starts");
        File.ReadAllText(Path.Combine(data, WorkerKey.FileName)).Trim().Should().Be(key);
        (await Rcsc.RunAsync("workers", "key", "--data", data)).Stdout.Trim().Should().Be(key);

        // --new on a folder without a key makes one.
        var fresh = await Rcsc.RunAsync("workers", "key", "--data", _folder.Combine("other"), "--new");
        fresh.ExitCode.Should().Be(ExitCodes.Success, fresh.ToString());
        fresh.Stdout.Trim().Should().MatchRegex("^[A-Za-z0-9_-]{43}$");
    }

    [Fact]
    public async Task A_bad_data_folder_exits_2_with_the_reason()
    {
        var file = _folder.Write("not-a-folder", "x");
        var onFile = await Rcsc.RunAsync("workers", "key", "--data", file);
        onFile.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        onFile.Stdout.Should().BeEmpty();
        onFile.Stderr.Should().Contain("is a file, not a folder");

        // A folder where the key file should be.
        var data = _folder.Combine("arena");
        Directory.CreateDirectory(Path.Combine(data, WorkerKey.FileName));
        foreach (var args in new[] { new[] { "workers", "key", "--data", data }, ["workers", "key", "--data", data, "--new"] })
        {
            var run = await Rcsc.RunAsync(args);
            run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
            run.Stdout.Should().BeEmpty();
            run.Stderr.Should().StartWith("rcsc: --data '").And.Contain("the worker key cannot be kept there");
        }

        // An empty key file is no key: the command says how to make one rather than print nothing.
        var empty = _folder.Combine("empty");
        Directory.CreateDirectory(empty);
        File.WriteAllText(Path.Combine(empty, WorkerKey.FileName), "\n");
        var blank = await Rcsc.RunAsync("workers", "key", "--data", empty);
        blank.ExitCode.Should().Be(ExitCodes.UsageOrInput);
        blank.Stderr.Should().Contain("is empty: make a new key with --new");
        (await Rcsc.RunAsync("workers", "key", "--data", empty, "--new")).ExitCode.Should().Be(ExitCodes.Success);

        var usage = await Rcsc.RunAsync("workers", "key", "--data", data, "--bogus");
        usage.ExitCode.Should().Be(ExitCodes.UsageOrInput);
    }
}
