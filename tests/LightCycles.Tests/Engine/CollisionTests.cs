using LightCycles.Api;
using LightCycles.Engine;

namespace LightCycles.Tests.Engine;

public sealed class CollisionTests
{
    [Fact]
    public void Leaving_the_board_kills()
    {
        var game = Scenario.With(8, 8, (1, 0, Direction.Up), (6, 6, Direction.Down));

        var turn = game.Step([null, Direction.Left]);

        turn.Deaths.Should().ContainSingle().Which.Should().Match<CycleState>(c =>
            c.Player == 0 && c.DeathCause == DeathCause.Wall && c.DeathTurn == 1 && c.DeathReason == "hit the wall");
        game.Cycles[0].Head.Should().Be(new Position(1, 0), "a dead cycle keeps the head it had");
        game.Cycles[1].Head.Should().Be(new Position(5, 6));
        turn.IsOver.Should().BeTrue();
        game.Result.Should().BeEquivalentTo(new GameResult(1, 1, [2, 1]));
    }

    [Fact]
    public void Entering_another_cycles_trail_kills()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Down), (4, 3, Direction.Left));

        game.Step(Scenario.Straight(2)).Deaths.Should().BeEmpty();
        var turn = game.Step(Scenario.Straight(2));

        turn.Deaths.Should().ContainSingle().Which.Should().Match<CycleState>(c =>
            c.Player == 1 && c.DeathCause == DeathCause.Trail && c.DeathReason == "hit player 0's trail");
        game.Result.Winner.Should().Be(0);
    }

    [Fact]
    public void Entering_the_cell_another_head_just_left_kills_because_the_trail_stays()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (3, 2, Direction.Up));

        var turn = game.Step(Scenario.Straight(2));

        turn.Deaths.Should().ContainSingle().Which.Player.Should().Be(0);
        turn.Deaths[0].DeathCause.Should().Be(DeathCause.Trail);
    }

    [Fact]
    public void Entering_your_own_trail_kills()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (6, 6, Direction.Left));

        game.Step([Direction.Down, Direction.Up]);
        game.Step([Direction.Left, null]);
        game.Step([Direction.Up, null]);
        var turn = game.Step([Direction.Right, null]);

        turn.Deaths.Should().ContainSingle().Which.Should().Match<CycleState>(c =>
            c.Player == 0 && c.DeathCause == DeathCause.Trail && c.DeathReason == "hit its own trail" && c.DeathTurn == 4);
    }

    [Fact]
    public void Reversing_onto_your_own_neck_goes_straight()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (6, 6, Direction.Left));

        var turn = game.Step([Direction.Left, Direction.Right]);

        turn.Deaths.Should().BeEmpty();
        turn.Moves.Should().Equal(Direction.Right, Direction.Left);
        game.Cycles[0].Head.Should().Be(new Position(3, 2));
        game.Cycles[1].Head.Should().Be(new Position(5, 6));
    }

    [Fact]
    public void No_move_keeps_the_heading()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Down), (6, 6, Direction.Left));

        game.Step([Direction.Right, null]);
        var turn = game.Step([null, null]);

        turn.Moves.Should().Equal(Direction.Right, Direction.Left);
        game.Cycles[0].Head.Should().Be(new Position(4, 2));
        game.Cycles[0].Heading.Should().Be(Direction.Right);
    }

    [Fact]
    public void Swapping_cells_head_on_kills_both()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (3, 2, Direction.Left));

        var turn = game.Step(Scenario.Straight(2));

        turn.Deaths.Should().HaveCount(2).And.OnlyContain(c => c.DeathCause == DeathCause.HeadOn);
        turn.Deaths[0].DeathReason.Should().Be("head-on with player 1");
        game.Result.Should().BeEquivalentTo(new GameResult(null, 1, [1, 1]));
    }

    [Fact]
    public void Two_heads_entering_the_same_cell_both_die()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (4, 2, Direction.Left), (3, 5, Direction.Down));

        var turn = game.Step(Scenario.Straight(3));

        turn.Deaths.Select(c => (c.Player, c.DeathCause)).Should().Equal((0, DeathCause.SameCell), (1, DeathCause.SameCell));
        game.Cells[2 * 8 + 3].Should().Be(GameView.Free, "nobody took the contested cell");
        game.Result.Should().BeEquivalentTo(new GameResult(2, 1, [2, 2, 1]));
    }

    [Fact]
    public void Three_heads_entering_the_same_cell_all_die()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (4, 2, Direction.Left), (3, 1, Direction.Down), (6, 6, Direction.Up));

        var turn = game.Step(Scenario.Straight(4));

        turn.Deaths.Select(c => c.Player).Should().Equal(0, 1, 2);
        game.Result.Winner.Should().Be(3);
    }

    [Fact]
    public void Trails_of_dead_cycles_stay_and_dead_cycles_ignore_moves()
    {
        var game = Scenario.With(8, 8, (1, 0, Direction.Right), (0, 2, Direction.Up), (5, 2, Direction.Down));
        game.Step([Direction.Up, null, null]).Deaths.Should().ContainSingle(); // player 0 leaves the board; its start cell stays filled

        var turn = game.Step([Direction.Down, null, null]);
        turn.Deaths.Should().BeEmpty();
        turn.Moves[0].Should().BeNull("a dead cycle does not move");
        turn = game.Step([null, Direction.Right, null]); // player 1 turns from (0, 0) into (1, 0), 0's trail

        turn.Deaths.Should().ContainSingle().Which.DeathReason.Should().Be("hit player 0's trail");
        game.Cycles[0].Head.Should().Be(new Position(1, 0));
        game.Result.Should().BeEquivalentTo(new GameResult(2, 3, [3, 2, 1]));
    }

    [Fact]
    public void Bad_moves_are_refused()
    {
        var game = Scenario.With(8, 8, (2, 2, Direction.Right), (6, 6, Direction.Left));

        game.Invoking(g => g.Step([null])).Should().Throw<ArgumentException>().WithMessage("*one per player*");
        game.Invoking(g => g.Step([(Direction)7, null])).Should().Throw<ArgumentException>().WithMessage("*not a direction*");
        game.Turn.Should().Be(0, "a refused step changes nothing");
    }
}
