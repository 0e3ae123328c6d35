using RestrictedCSharp.Games;

namespace ConnectFour.Tests;

/// <summary>What the replay's view of a turn says of Connect Four: the mover's disc and the board, and a move as its column.</summary>
public sealed class TurnViewTests
{
    [Fact]
    public void The_view_summary_is_the_movers_disc_and_the_board_top_row_first()
    {
        var game = SeamGame.New();
        SeamGame.Play(game, 3, 3, 4);

        game.DescribeView(1).Should().Be("plays O; board, top row first: ......./......./......./......./...O.../...XX..");
        game.DescribeMove(1, 2).Should().Be("column 2");
    }

    [Fact]
    public void Nobody_dies_in_connect_four_a_loss_is_not_a_death()
    {
        var game = SeamGame.New();
        SeamGame.Play(game, 0, 1, 0, 1, 0, 1, 0);

        game.IsOver.Should().BeTrue();
        Enumerable.Range(0, 2).Select(game.DeathOf).Should().AllSatisfy(d => d.Should().BeNull());
    }
}
