using LightCycles.Api;
using LightCycles.Engine;

namespace LightCycles.Tests.Engine;

public sealed class EndingTests
{
    [Fact]
    public void The_turn_limit_ends_the_game_in_a_draw_among_the_living()
    {
        var game = new Game(new GameSettings(MaxTurns: 3));

        game.StepRepeatedly(10, Scenario.Straight(2));

        game.IsOver.Should().BeTrue();
        game.Turn.Should().Be(3);
        game.Result.Should().BeEquivalentTo(new GameResult(null, 3, [1, 1]));
    }

    [Fact]
    public void A_finished_game_refuses_more_moves_and_an_unfinished_one_has_no_result()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (3, 2, Direction.Left));

        game.Invoking(g => g.Result).Should().Throw<InvalidOperationException>();
        game.Step(Scenario.Straight(2));

        game.Invoking(g => g.Step(Scenario.Straight(2))).Should().Throw<InvalidOperationException>();
        game.Invoking(g => g.Eliminate(0, "late")).Should().Throw<InvalidOperationException>();
    }

    [Fact]
    public void Placements_rank_later_deaths_higher_and_share_places_on_the_same_turn()
    {
        // Player 3 leaves the board on turn 1, players 0 and 1 on turn 2; player 2 survives.
        var game = Scenario.With(16, 16, (1, 1, Direction.Up), (14, 1, Direction.Up), (8, 8, Direction.Down), (0, 12, Direction.Left));

        game.Step([Direction.Left, Direction.Right, null, null]);
        game.Step([null, null, null, null]).Deaths.Select(c => c.Player).Should().Equal(0, 1);

        game.Result.Should().BeEquivalentTo(new GameResult(2, 2, [2, 2, 1, 4]));
    }

    [Fact]
    public void An_eliminated_cycle_places_below_those_dying_in_the_next_move()
    {
        var game = Scenario.With(8, 8, (1, 0, Direction.Up), (6, 0, Direction.Up), (4, 5, Direction.Down));

        game.Eliminate(2, "3 failed turns in a row (tick-limit)");
        game.Cycles[2].Should().Match<CycleState>(c => !c.Alive && c.DeathTurn == 0
            && c.DeathCause == DeathCause.Eliminated && c.DeathReason == "eliminated: 3 failed turns in a row (tick-limit)");
        game.IsOver.Should().BeFalse();
        game.Step([null, null, Direction.Left]).Moves[2].Should().BeNull();

        game.Result.Should().BeEquivalentTo(new GameResult(null, 1, [1, 1, 3]));
        game.Cells[5 * 8 + 4].Should().Be(2, "the eliminated cycle's trail stays");
    }

    [Fact]
    public void Eliminating_all_but_one_ends_the_game_with_a_winner()
    {
        var game = new Game(new GameSettings(Players: 3));

        game.Eliminate(0, "gone");
        game.Eliminate(0, "twice does nothing");
        game.Cycles[0].DeathReason.Should().Be("eliminated: gone");
        game.IsOver.Should().BeFalse();
        game.Eliminate(2, "gone");

        game.IsOver.Should().BeTrue();
        game.Result.Should().BeEquivalentTo(new GameResult(1, 0, [2, 1, 2]));
    }
}
