namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// Every option is checked before any work: a value of the wrong kind is named in words, a file the command would
/// write at its end is checked at its start, and an empty folder is the same verdict whatever the command.
/// </summary>
public sealed class OptionValidationTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("run", "--ticks", "abc", "--ticks takes a whole number, not 'abc'")]
    [InlineData("run", "--calls", "many", "--calls takes a whole number, not 'many'")]
    [InlineData("run", "--memory-mb", "1.5", "--memory-mb takes a whole number, not '1.5'")]
    [InlineData("match", "--seed", "-1", "--seed takes a whole number, 0 or more, not '-1'")]
    [InlineData("match", "--bank", "lots", "--bank takes a whole number, not 'lots'")]
    [InlineData("match", "--max-failures", "x", "--max-failures takes a whole number, not 'x'")]
    [InlineData("tournament", "--rounds", "two", "--rounds takes a whole number, not 'two'")]
    public async Task A_value_of_the_wrong_kind_names_the_option_and_the_kind_in_words(string command, string option, string value, string message)
    {
        var bot = _folder.Write("bots/first/Bot.cs", Bots.Bad);
        string[] inputs = command switch
        {
            "run" => [bot],
            "match" => [Path.GetDirectoryName(bot)!, Path.GetDirectoryName(bot)!],
            _ => [_folder.Combine("bots")],
        };

        var run = await Rcsc.RunAsync([command, .. inputs, option, value]);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Trim().Should().Be($"rcsc: {message} (see 'rcsc --help')");
        run.Stderr.Should().NotContain("System.");
        run.Stdout.Should().BeEmpty();
    }

    [Theory]
    [InlineData("match", "--replay")]
    [InlineData("match", "--replay-json")]
    [InlineData("tournament", "--results")]
    public async Task An_output_file_that_cannot_be_written_stops_the_command_before_anything_is_built(string command, string option)
    {
        // Bots the build refuses: had they been built, their diagnostics would be printed.
        var first = _folder.Write("bots/first/Bot.cs", Bots.Bad);
        var second = _folder.Write("bots/second/Bot.cs", Bots.Bad);
        var unwritable = _folder.Combine("no-such-folder/out.file");
        string[] inputs = command == "match" ? [Path.GetDirectoryName(first)!, Path.GetDirectoryName(second)!] : [_folder.Combine("bots")];

        var run = await Rcsc.RunAsync([command, .. inputs, option, unwritable]);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Trim().Should().StartWith($"rcsc: {option} '{unwritable}'").And.Contain("does not exist").And.NotContain("\n");
        run.Stdout.Should().BeEmpty("nothing was built");
    }

    [Fact]
    public async Task An_output_path_that_is_a_folder_stops_a_match_before_anything_is_built()
    {
        var first = _folder.Write("bots/first/Bot.cs", Bots.Bad);

        var run = await Rcsc.RunAsync("match", Path.GetDirectoryName(first)!, Path.GetDirectoryName(first)!, "--replay", _folder.Path);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Trim().Should().Be($"rcsc: --replay '{_folder.Path}' is not a file path");
        run.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task A_writable_output_path_is_checked_without_leaving_a_file()
    {
        var first = _folder.Write("bots/first/Bot.cs", Bots.Bad);
        var replay = _folder.Combine("replay.html");

        var run = await Rcsc.RunAsync("match", Path.GetDirectoryName(first)!, Path.GetDirectoryName(first)!, "--replay", replay);

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        File.Exists(replay).Should().BeFalse("the check leaves nothing behind and the match did not start");
    }

    [Fact]
    public async Task Build_makes_missing_folders_for_its_output_but_not_through_a_file()
    {
        var bot = _folder.Write("bot/Bot.cs", Bots.Good);
        var blocker = _folder.Write("blocker", "a file");

        var nested = await Rcsc.RunAsync("build", bot, "-o", _folder.Combine("a/b/bot.dll"));
        var blocked = await Rcsc.RunAsync("build", bot, "-o", Path.Combine(blocker, "bot.dll"));

        nested.ExitCode.Should().Be(ExitCodes.Success, nested.ToString());
        File.Exists(_folder.Combine("a/b/bot.dll")).Should().BeTrue();
        blocked.ExitCode.Should().Be(ExitCodes.UsageOrInput, blocked.ToString());
        blocked.Stderr.Trim().Should().Be($"rcsc: --output '{Path.Combine(blocker, "bot.dll")}': '{blocker}' is a file, not a folder");
        blocked.Stdout.Should().BeEmpty("the bot was not built");
    }

    [Fact]
    public async Task An_empty_folder_is_the_same_rejected_submission_for_check_and_match()
    {
        var empty = _folder.Combine("empty");
        Directory.CreateDirectory(empty);
        var other = Path.GetDirectoryName(_folder.Write("other/Bot.cs", Bots.Good))!;

        var check = await Rcsc.RunAsync("check", empty);
        var match = await Rcsc.RunAsync("match", empty, other);

        check.ExitCode.Should().Be(ExitCodes.Rejected, check.ToString());
        match.ExitCode.Should().Be(check.ExitCode, match.ToString());
        check.Stdout.Should().Contain("error RCX1006");
        match.Stdout.Should().Contain("bot 'empty' is rejected").And.Contain("error RCX1006");
    }
}
