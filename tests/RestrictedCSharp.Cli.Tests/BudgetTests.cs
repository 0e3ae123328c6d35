using System.CommandLine;
using System.Text.Json;
using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Cli.Commands;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// One budget model: the host's, the match's and the command line's defaults are the rules' limit table's; a
/// rules file's limits reach the guards of a call, through the build manifest too; bad values stop at once.
/// </summary>
public sealed class BudgetTests : IDisposable
{
    private const string Bot = """
        public sealed class Bot
        {
            public long Limit() => RestrictedCSharp.Budget.TickLimit;
        }
        """;

    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void The_hosts_and_the_matchs_defaults_are_the_rules_tables()
    {
        new BotHostOptions().BudgetsFor(built: null).Should().Be(BotBudgets.Default);
        new BotHostOptions().RunnerSettings.MemoryMb.Should().Be(BotBudgets.Default.MemoryMb);
        new RunnerSettings().MemoryMb.Should().Be(BotBudgets.Default.MemoryMb);
        MatchBudgets.Default.Bot.Should().Be(BotBudgets.Default with
        {
            TimeoutMs = Math.Max(MatchBudgets.MinimumDefaultTimeoutMs, BotBudgets.Default.TimeoutMs),
        });
    }

    [Fact]
    public void The_match_commands_defaults_are_its_rules()
    {
        var rules = RuleSetLoader.Load("include bots\nlimit ticks 123\nlimit depth 77", "game.rules").RuleSet!;
        var match = new MatchOptions();
        var command = new Command("match");
        match.AddTo(command);

        var options = match.Read(command.Parse([]), rules, seed: 1);

        options.Budgets.Should().Be(MatchBudgets.FromRules(rules));
        options.Budgets.Bot.Ticks.Should().Be(123);
        options.Budgets.Bot.CallDepth.Should().Be(77);
    }

    [Fact]
    public void A_host_without_a_manifest_takes_the_audit_rules_budgets_and_its_own_where_set()
    {
        var rules = RuleSetLoader.Load("include bots\nlimit ticks 123", "game.rules").RuleSet!;

        new BotHostOptions { AuditRules = rules }.BudgetsFor(built: null).Should().Be(BotBudgets.Default with { Ticks = 123 });
        new BotHostOptions { AuditRules = rules, Ticks = 9 }.BudgetsFor(BotBudgets.Default with { Ticks = 5, CallDepth = 7 })
            .Should().Be(BotBudgets.Default with { Ticks = 9, CallDepth = 7 }, "the manifest's budgets come before the rules', set ones before both");
    }

    [Fact]
    public async Task A_rules_files_limit_ticks_reaches_the_guards_of_a_call()
    {
        var source = _folder.Write("bot/Bot.cs", Bot);
        var rules = _folder.Write("game.rules", "include bots\nlimit ticks 123");

        var limited = await Rcsc.RunAsync("run", source, "--rules", rules, "--method", "Limit", "--format", "json");
        var unlimited = await Rcsc.RunAsync("run", source, "--method", "Limit", "--format", "json");

        ValueOf(limited).Should().Be(123);
        ValueOf(unlimited).Should().Be(BudgetLimit.Ticks.DefaultValue, "rcsc run's default is the rules table's");
    }

    [Fact]
    public async Task A_built_bot_runs_under_the_budgets_in_its_manifest_unless_told_otherwise()
    {
        var output = _folder.Combine("out/bot.dll");
        var build = await Rcsc.RunAsync("build", _folder.Write("bot/Bot.cs", Bot), "--rules", _folder.Write("game.rules", "include bots\nlimit ticks 123"), "-o", output);
        build.ExitCode.Should().Be(ExitCodes.Success, build.ToString());

        // No rules file beside out/bot.dll: only the manifest knows the game's limit.
        var asBuilt = await Rcsc.RunAsync("run", output, "--method", "Limit", "--format", "json");
        var overridden = await Rcsc.RunAsync("run", output, "--method", "Limit", "--ticks", "5000", "--format", "json");

        ValueOf(asBuilt).Should().Be(123);
        ValueOf(overridden).Should().Be(5000);
    }

    [Fact]
    public async Task A_damaged_manifest_beside_a_dll_is_bad_input()
    {
        var output = _folder.Combine("out/bot.dll");
        (await Rcsc.RunAsync("build", _folder.Write("bot/Bot.cs", Bot), "-o", output)).ExitCode.Should().Be(ExitCodes.Success);
        File.WriteAllText(BotManifest.PathFor(output), "{ not json");

        var run = await Rcsc.RunAsync("run", output, "--method", "Limit");

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Trim().Should().StartWith("rcsc: ").And.Contain("bot.manifest.json").And.NotContain("\n");
    }

    [Theory]
    [InlineData("run", "--ticks", "-5", "--ticks must be a positive whole number of ticks, not '-5'")]
    [InlineData("run", "--timeout-ms", "0", "--timeout-ms must be a whole number of ms from 1 to 2147483647, not '0'")]
    [InlineData("run", "--memory-mb", "8", "--memory-mb must be a whole number of MiB from 16 to 2147483647, not '8'")]
    [InlineData("match", "--ticks-per-turn", "0", "--ticks-per-turn must be a positive whole number of ticks, not '0'")]
    [InlineData("match", "--timeout-ms", "3000000000", "--timeout-ms must be a whole number of ms from 1 to 2147483647, not '3000000000'")]
    [InlineData("tournament", "--ticks-per-turn", "-1", "--ticks-per-turn must be a positive whole number of ticks, not '-1'")]
    [InlineData("tournament", "--timeout-ms", "-1", "--timeout-ms must be a whole number of ms from 1 to 2147483647, not '-1'")]
    public async Task A_bad_budget_exits_2_with_one_line_before_anything_is_built(string command, string option, string value, string message)
    {
        // Bots the build refuses: had they been built, the command would print their diagnostics.
        var first = _folder.Write("bots/first/Bot.cs", Bots.Bad);
        var second = _folder.Write("bots/second/Bot.cs", Bots.Bad);
        string[] inputs = command switch
        {
            "run" => [first],
            "match" => [Path.GetDirectoryName(first)!, Path.GetDirectoryName(second)!],
            _ => [_folder.Combine("bots"), "--results", _folder.Combine("results.jsonl")],
        };

        var run = await Rcsc.RunAsync([command, .. inputs, option, value]);

        run.ExitCode.Should().Be(ExitCodes.UsageOrInput, run.ToString());
        run.Stderr.Trim().Should().Be($"rcsc: {message}");
        run.Stdout.Should().BeEmpty("nothing was built");
        File.Exists(_folder.Combine("results.jsonl")).Should().BeFalse();
    }

    private static long ValueOf(RcscOutput run)
    {
        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());
        return JsonDocument.Parse(run.Stdout).RootElement.GetProperty("value").GetInt64();
    }
}
