using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary><c>rcsc build</c>, <c>show-rewrite</c>, <c>run</c> and <c>doctor</c>, end to end (runs start real runner processes).</summary>
public class BuildAndRunCommandTests
{
    private const string Bot = """
        public sealed class Bot
        {
            private int _turn;
            public int Act(int x) { _turn++; var s = 0; for (var i = 0; i < x; i++) s += i; return s + _turn; }
            public int Spin() { while (true) { } }
            public int Boom(int n) => n == 0 ? throw new System.InvalidOperationException("no moves") : n;
            public int Spoof() => throw new System.InvalidOperationException("\u001b[2J\u001b]0;owned\u0007\rall good\u202E");
        }
        """;

    [Theory]
    [InlineData("text")]
    [InlineData("json")]
    public async Task Run_shows_control_characters_of_bot_text_as_escapes(string format)
    {
        using var folder = new TempFolder();
        var source = folder.Write("Bot.cs", Bot);

        var result = await Rcsc.RunAsync("run", source, "--method", "Spoof", "--format", format);

        result.ExitCode.Should().Be(ExitCodes.CallFailed, result.ToString());
        result.Stdout.Should().NotContainAny("\u001b", "\r", "\u0007", "\u202E");
        result.Stdout.Should().Contain("\\u001B[2J", "the message is kept, shown as escapes (JSON writes the same escape)");
    }

    [Fact]
    public async Task Build_writes_the_assembly_and_its_manifest()
    {
        using var folder = new TempFolder();
        var source = folder.Write("Bot.cs", Bot);
        var output = folder.Combine("out/bot.dll");

        var result = await Rcsc.RunAsync("build", source, "-o", output);

        result.ExitCode.Should().Be(ExitCodes.Success, result.ToString());
        File.Exists(output).Should().BeTrue();
        using var manifest = JsonDocument.Parse(File.ReadAllText(folder.Combine("out/bot.manifest.json")));
        manifest.RootElement.GetProperty("budgets").GetProperty("ticks").GetInt64().Should().Be(10_000_000);
    }

    [Fact]
    public async Task Build_of_a_rejected_bot_writes_nothing_and_exits_1()
    {
        using var folder = new TempFolder();
        var source = folder.Write("Bot.cs", "public class Bot { public void Act() => System.Console.WriteLine(1); }");
        var output = folder.Combine("bot.dll");

        var result = await Rcsc.RunAsync("build", source, "-o", output, "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Rejected, result.ToString());
        JsonDocument.Parse(result.Stdout).RootElement.GetProperty("accepted").GetBoolean().Should().BeFalse();
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Show_rewrite_prints_the_guarded_source_on_the_authors_lines()
    {
        using var folder = new TempFolder();
        var source = folder.Write("Bot.cs", Bot);

        var result = await Rcsc.RunAsync("show-rewrite", source);

        result.ExitCode.Should().Be(ExitCodes.Success, result.ToString());
        var lines = result.Stdout.Split('\n');
        lines[4].Should().Contain("public int Spin()").And.Contain("global::RestrictedCSharp.Guards.Guard.Tick(");
    }

    [Fact]
    public async Task Run_prints_one_json_line_per_call_and_keeps_the_bot_between_calls()
    {
        using var folder = new TempFolder();
        var source = folder.Write("Bot.cs", Bot);

        var result = await Rcsc.RunAsync("run", source, "--args", "[10]", "--calls", "2", "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Success, result.ToString());
        var calls = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        calls.Select(c => c.GetProperty("call").GetInt32()).Should().Equal(1, 2);
        calls.Select(c => c.GetProperty("outcome").GetString()).Should().AllBe("ok");
        calls.Select(c => c.GetProperty("value").GetInt32()).Should().Equal(46, 47);
        calls.Should().AllSatisfy(c => c.GetProperty("ticks").GetInt64().Should().BeGreaterThan(0));
    }

    [Fact]
    public async Task Run_exits_3_when_a_call_trips_a_limit_or_throws()
    {
        using var folder = new TempFolder();
        var source = folder.Write("Bot.cs", Bot);

        var spin = await Rcsc.RunAsync("run", source, "--method", "Spin", "--ticks", "100000", "--format", "json");
        var boom = await Rcsc.RunAsync("run", source, "--method", "Boom", "--args", "0");

        spin.ExitCode.Should().Be(ExitCodes.CallFailed, spin.ToString());
        JsonDocument.Parse(spin.Stdout).RootElement.GetProperty("outcome").GetString().Should().Be("tick-limit");
        boom.ExitCode.Should().Be(ExitCodes.CallFailed, boom.ToString());
        boom.Stdout.Should().Contain("no moves").And.Contain("Bot.cs:line 6");
    }

    [Fact]
    public async Task Run_of_a_compiled_dll_audits_it_before_loading()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("bot.dll");
        (await Rcsc.RunAsync("build", folder.Write("Bot.cs", Bot), "-o", output)).ExitCode.Should().Be(ExitCodes.Success);

        var passes = await Rcsc.RunAsync("run", output, "--args", "[3]");
        var refused = await Rcsc.RunAsync("run", output, "--args", "[3]", "--rules", folder.Write("strict-loops.rules", "include bots\ndeny T:System.Int32"));

        passes.ExitCode.Should().Be(ExitCodes.Success, passes.ToString());
        refused.ExitCode.Should().Be(ExitCodes.Rejected, refused.ToString());
        refused.Stderr.Should().Contain("RCX3001");
    }

    [Fact]
    public async Task Run_with_no_audit_warns_and_loads_what_the_audit_would_refuse()
    {
        using var folder = new TempFolder();
        var output = folder.Combine("bot.dll");
        (await Rcsc.RunAsync("build", folder.Write("Bot.cs", Bot), "-o", output)).ExitCode.Should().Be(ExitCodes.Success);
        var refusingRules = folder.Write("refusing.rules", "include bots\ndeny T:System.Int32");

        var result = await Rcsc.RunAsync("run", output, "--args", "[3]", "--rules", refusingRules, "--no-audit");

        result.ExitCode.Should().Be(ExitCodes.Success, result.ToString());
        result.Stderr.Should().Contain("WARNING").And.Contain("without the IL audit");
    }

    [Theory]
    [InlineData("--args", "not json")]
    [InlineData("--calls", "0")]
    public async Task Run_rejects_bad_usage_with_exit_2(string option, string value)
    {
        using var folder = new TempFolder();
        var result = await Rcsc.RunAsync("run", folder.Write("Bot.cs", Bot), option, value);

        result.ExitCode.Should().Be(ExitCodes.UsageOrInput, result.ToString());
        result.Stderr.Should().NotContain("   at ");
    }

    [Fact]
    public async Task Doctor_reports_every_escape_refused_here()
    {
        var result = await Rcsc.RunAsync("doctor");

        result.ExitCode.Should().Be(ExitCodes.Success, result.ToString());
        result.Stdout.Should().Contain("read-file").And.Contain("fork").And.NotContain("NOT REFUSED");
    }
}
