using RestrictedCSharp.Rules.Tests.Support;

namespace RestrictedCSharp.Rules.Tests;

/// <summary>The one budget model: its defaults and ranges are the limit table's, and a rules file's lines reach it.</summary>
public class BotBudgetsTests
{
    [Fact]
    public void The_defaults_are_the_limit_tables()
    {
        BotBudgets.Default.Should().Be(new BotBudgets(
            BudgetLimit.Ticks.DefaultValue,
            (int)BudgetLimit.Depth.DefaultValue,
            BudgetLimit.AllocatedBytes.DefaultValue,
            (int)BudgetLimit.MemoryMegabytes.DefaultValue,
            (int)BudgetLimit.TimeoutMilliseconds.DefaultValue));
        BotBudgets.FromRules(RulesText.Load(string.Empty)).Should().Be(BotBudgets.Default);
        BotBudgets.Default.Problem().Should().BeNull();
    }

    [Fact]
    public void A_rules_files_limit_lines_replace_the_defaults()
    {
        var budgets = BotBudgets.FromRules(RulesText.Load("limit ticks 123\nlimit depth 77\nlimit alloc-bytes 4096\nlimit memory-mb 64\nlimit timeout-ms 250"));

        budgets.Should().Be(new BotBudgets(Ticks: 123, CallDepth: 77, AllocatedBytes: 4096, MemoryMb: 64, TimeoutMs: 250));
    }

    [Theory]
    [InlineData("limit memory-mb 8", "limit 'memory-mb' must be a whole number of MiB from 16 to 2147483647, not '8'")]
    [InlineData("limit depth 3000000000", "limit 'depth' must be a whole number of frames from 1 to 2147483647, not '3000000000'")]
    [InlineData("limit timeout-ms 2147483648", "limit 'timeout-ms' must be a whole number of ms from 1 to 2147483647, not '2147483648'")]
    [InlineData("limit ticks 0", "limit 'ticks' must be a positive whole number of ticks, not '0'")]
    public void A_value_out_of_its_limits_range_is_refused_where_the_rules_are_read(string directive, string message)
    {
        RulesText.SingleError(directive).Message.Should().Be(message);
    }

    [Fact]
    public void Validation_names_the_limit_with_the_same_message()
    {
        var budgets = BotBudgets.Default with { MemoryMb = 8 };

        budgets.Problem().Should().Be("memory-mb must be a whole number of MiB from 16 to 2147483647, not '8'");
        var thrown = FluentActions.Invoking(() => budgets.Validate()).Should().Throw<ArgumentOutOfRangeException>().Which;
        thrown.ParamName.Should().Be("memory-mb");
        thrown.Message.Should().StartWith(budgets.Problem());
        FluentActions.Invoking(() => (BotBudgets.Default with { Ticks = -5 }).Validate()).Should().Throw<ArgumentOutOfRangeException>()
            .Which.ParamName.Should().Be("ticks");
    }
}
