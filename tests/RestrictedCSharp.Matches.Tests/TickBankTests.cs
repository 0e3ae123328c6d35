using RestrictedCSharp.Matches.Play;

namespace RestrictedCSharp.Matches.Tests;

public class TickBankTests
{
    [Fact]
    public void The_bank_starts_empty_so_the_first_turn_gets_exactly_its_own_ticks()
    {
        new TickBank(1_000, 5_000).BudgetForTurn.Should().Be(1_000);
    }

    [Fact]
    public void Unused_ticks_flow_in_up_to_the_cap()
    {
        var bank = new TickBank(1_000, 1_500);

        bank.Settle(200);
        bank.Balance.Should().Be(800);
        bank.BudgetForTurn.Should().Be(1_800);

        bank.Settle(0);
        bank.Balance.Should().Be(1_500, "the cap bounds the savings");
    }

    [Fact]
    public void An_overrun_draws_from_the_bank_and_never_below_zero()
    {
        var bank = new TickBank(1_000, 10_000);
        bank.Settle(0);
        bank.Settle(0); // 2000 saved

        bank.Settle(2_500);
        bank.Balance.Should().Be(500);

        bank.Settle(1_500); // spent the whole budget of 1500
        bank.Balance.Should().Be(0);
    }

    [Fact]
    public void Without_a_cap_nothing_is_saved()
    {
        var bank = new TickBank(1_000, 0);
        bank.Settle(10);
        bank.BudgetForTurn.Should().Be(1_000);
    }

    [Fact]
    public void Budgets_out_of_range_are_refused()
    {
        FluentActions.Invoking(() => new TickBank(0, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new TickBank(1, -1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new TickBank(1, 0).Settle(-1)).Should().Throw<ArgumentOutOfRangeException>();
    }
}
