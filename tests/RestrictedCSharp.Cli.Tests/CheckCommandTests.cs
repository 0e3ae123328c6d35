using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

public class CheckCommandTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task An_accepted_bot_exits_0()
    {
        var bot = _folder.Write("Good.cs", Bots.Good);

        var run = await Rcsc.RunAsync("check", bot);

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Should().Contain("Accepted");
        run.Stderr.Should().BeEmpty();
    }

    [Fact]
    public async Task A_rejected_bot_exits_1_with_msbuild_style_text()
    {
        var bot = _folder.Write("Bad.cs", Bots.Bad);

        var run = await Rcsc.RunAsync("check", bot);

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        run.Stdout.Should().Contain($"{bot}(3,36): error RCX0001: ");
        run.Stdout.Should().Contain("Rejected: 1 error(s)");
    }

    [Fact]
    public async Task Json_output_is_one_object_with_the_verdict_and_diagnostics()
    {
        var bot = _folder.Write("Bad.cs", Bots.Bad);

        var run = await Rcsc.RunAsync("check", bot, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("accepted").GetBoolean().Should().BeFalse();
        var diagnostic = json.RootElement.GetProperty("diagnostics").EnumerateArray().Should().ContainSingle().Subject;
        diagnostic.GetProperty("id").GetString().Should().Be("RCX0001");
        diagnostic.GetProperty("severity").GetString().Should().Be("error");
        diagnostic.GetProperty("file").GetString().Should().Be(bot);
        diagnostic.GetProperty("line").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task Json_output_of_an_accepted_bot()
    {
        var bot = _folder.Write("Good.cs", Bots.Good);

        var run = await Rcsc.RunAsync("check", bot, "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("accepted").GetBoolean().Should().BeTrue();
        json.RootElement.GetProperty("diagnostics").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Sarif_output_is_a_sarif_2_1_0_log()
    {
        var bot = _folder.Write("Bad.cs", Bots.Bad);

        var run = await Rcsc.RunAsync("check", bot, "--format", "sarif");

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        using var sarif = JsonDocument.Parse(run.Stdout);
        sarif.RootElement.GetProperty("version").GetString().Should().Be("2.1.0");
        var runElement = sarif.RootElement.GetProperty("runs")[0];
        runElement.GetProperty("results")[0].GetProperty("ruleId").GetString().Should().Be("RCX0001");
        runElement.GetProperty("results")[0].GetProperty("locations")[0].GetProperty("physicalLocation")
            .GetProperty("artifactLocation").GetProperty("uri").GetString().Should().Be(new Uri(bot).AbsoluteUri);
        runElement.GetProperty("tool").GetProperty("driver").GetProperty("rules")[0].GetProperty("id").GetString().Should().Be("RCX0001");
    }

    [Fact]
    public async Task A_folder_is_searched_recursively_skipping_bin_and_obj()
    {
        _folder.Write("bot/src/Good.cs", Bots.Good);
        _folder.Write("bot/bin/Debug/Bad.cs", Bots.Bad);
        _folder.Write("bot/obj/Bad.cs", Bots.Bad);
        _folder.Write("bot/notes.txt", "System.IO.File.Delete(\"x\");");

        var run = await Rcsc.RunAsync("check", _folder.Combine("bot"));

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());

        _folder.Write("bot/src/deeper/Bad.cs", Bots.Bad);
        var again = await Rcsc.RunAsync("check", _folder.Combine("bot"));
        again.ExitCode.Should().Be(ExitCodes.Rejected, again.ToString());
        again.Stdout.Should().Contain("deeper");
    }

    [Fact]
    public async Task Config_files_in_the_submission_are_not_read()
    {
        _folder.Write("bot/Bad.cs", Bots.Bad);
        _folder.Write("bot/.editorconfig", "root = true\n[*.cs]\ndotnet_diagnostic.RCX0001.severity = none\ndotnet_analyzer_diagnostic.severity = none\ngenerated_code = true\n");
        _folder.Write("bot/.globalconfig", "is_global = true\ndotnet_diagnostic.RCX0001.severity = none\n");
        _folder.Write("bot/restricted.globalconfig", "is_global = true\ndotnet_diagnostic.RCX0001.severity = none\n");

        var run = await Rcsc.RunAsync("check", _folder.Combine("bot"), "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        using var json = JsonDocument.Parse(run.Stdout);
        json.RootElement.GetProperty("diagnostics").EnumerateArray()
            .Should().Contain(d => d.GetProperty("id").GetString() == "RCX0001" && d.GetProperty("severity").GetString() == "error");
    }

    [Fact]
    public async Task The_nearest_rules_file_above_the_first_input_is_used()
    {
        _folder.Write("game/restricted.rules", "include bots\nallow N:System.IO ; this game lets bots read files\n");
        var bot = _folder.Write("game/bots/alice/Bad.cs", Bots.Bad);

        var run = await Rcsc.RunAsync("check", bot);

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
    }

    [Fact]
    public async Task An_explicit_rules_file_wins_over_the_nearest_one()
    {
        _folder.Write("game/restricted.rules", "include bots\nallow N:System.IO\n");
        var strict = _folder.Write("strict.rules", "include bots\nlimit source-files 1\n");
        var bot = _folder.Write("game/Good.cs", Bots.Good);
        var bad = _folder.Write("game/Bad.cs", Bots.Bad);

        var run = await Rcsc.RunAsync("check", bot, bad, "--rules", strict);

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        run.Stdout.Should().Contain("RCX1002");
    }

    [Fact]
    public async Task A_rules_file_with_an_error_exits_2_and_reports_RCX0901_with_file_and_line()
    {
        var rules = _folder.Write("restricted.rules", "include bots\nallow NotAnId\n");
        var bot = _folder.Write("Good.cs", Bots.Good);

        var run = await Rcsc.RunAsync("check", bot, "--rules", rules);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stdout.Should().Contain($"{rules}(2,1): error RCX0901:");
        run.Stderr.Trim().Should().StartWith("rcsc: ").And.NotContain("\n");
    }

    [Fact]
    public async Task A_game_reference_makes_its_api_available()
    {
        var bot = _folder.Write("Bot.cs", "public static class Bot { public static int Answer() => System.Math.Max(1, 2); }");

        var run = await Rcsc.RunAsync("check", bot, "--reference", typeof(CheckCommandTests).Assembly.Location);

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
    }

    [Fact]
    public async Task An_empty_folder_is_a_rejected_empty_submission()
    {
        Directory.CreateDirectory(_folder.Combine("empty"));

        var run = await Rcsc.RunAsync("check", _folder.Combine("empty"));

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        run.Stdout.Should().Contain("error RCX1006");
    }

    [Fact]
    public async Task Invalid_utf8_is_reported_not_repaired()
    {
        var path = _folder.Combine("Latin1.cs");
        File.WriteAllBytes(path, new byte[] { (byte)'/', (byte)'/', (byte)' ', 0xE9, (byte)'\n', (byte)'c', (byte)'l', (byte)'a', (byte)'s', (byte)'s', (byte)' ', (byte)'C', (byte)'{', (byte)'}' });

        var run = await Rcsc.RunAsync("check", path);

        run.ExitCode.Should().Be(ExitCodes.Rejected, run.ToString());
        run.Stdout.Should().Contain($"{path}(1,4): error RCX1005:");
    }

    public static TheoryData<string[], string> BadUsage => new()
    {
        { Array.Empty<string>(), "command" },
        { new[] { "check" }, "check" },
        { new[] { "frobnicate" }, "frobnicate" },
        { new[] { "check", "/no/such/bot" }, "does not exist" },
        { new[] { "check", "{bot}", "--format", "xml" }, "xml" },
        { new[] { "check", "{bot}", "--rules", "/no/such.rules" }, "does not exist" },
        { new[] { "check", "{bot}", "--reference", "/no/such.dll" }, "does not exist" },
        { new[] { "check", "{notes}" }, "not a C# source file" },
        { new[] { "check", "{bot}", "--reference", "{notes}" }, "not a .NET assembly" },
        { new[] { "check", "{bot}", "--unknown-option" }, "--unknown-option" },
    };

    [Theory]
    [MemberData(nameof(BadUsage))]
    public async Task Bad_usage_or_input_exits_2_with_one_line_on_stderr_and_no_stack_trace(string[] args, string reason)
    {
        var bot = _folder.Write("Good.cs", Bots.Good);
        var notes = _folder.Write("notes.txt", "not C#");
        var resolved = args.Select(a => a.Replace("{bot}", bot).Replace("{notes}", notes)).ToArray();

        var run = await Rcsc.RunAsync(resolved);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().ContainSingle(run.ToString());
        lines[0].Should().StartWith("rcsc: ").And.Contain(reason);
        run.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Help_exits_0()
    {
        var run = await Rcsc.RunAsync("check", "--help");

        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        run.Stdout.Should().Contain("--format").And.Contain("--reference").And.Contain("--rules");
    }
}
