using ConnectFour.Api;

namespace ConnectFour.Tests;

/// <summary>The bots' view: what a bot can ask of the board it is given.</summary>
public sealed class BoardTests
{
    private static Board Empty() => SeamGame.View(SeamGame.New(), 0);

    [Fact]
    public void Drop_lands_on_the_lowest_free_row_and_hands_the_turn_over()
    {
        var board = Empty().Drop(2, 0).Drop(2, 1);

        board.At(2, 0).Should().Be(0);
        board.At(2, 1).Should().Be(1);
        board.LandingRow(2).Should().Be(2);
        board.You.Should().Be(0);
        board.Turn.Should().Be(2);
    }

    [Fact]
    public void A_full_column_cannot_take_a_disc_and_outside_the_board_is_empty()
    {
        var board = Empty();
        for (var i = 0; i < board.Height; i++) board = board.Drop(0, i % 2);

        board.CanDrop(0).Should().BeFalse();
        board.LandingRow(0).Should().Be(-1);
        board.At(-1, 0).Should().Be(Board.Empty);
        board.At(0, board.Height).Should().Be(Board.Empty);
        FluentActions.Invoking(() => board.Drop(0, 0)).Should().Throw<ArgumentException>();
    }

    [Fact]
    public void HasWon_sees_a_line_in_every_direction()
    {
        var across = Empty().Drop(0, 1).Drop(1, 1).Drop(2, 1).Drop(3, 1);
        var diagonal = Empty()
            .Drop(1, 0).Drop(2, 0).Drop(2, 0).Drop(3, 0).Drop(3, 0).Drop(3, 0)
            .Drop(0, 1).Drop(1, 1).Drop(2, 1).Drop(3, 1);

        across.HasWon(1).Should().BeTrue();
        across.HasWon(0).Should().BeFalse();
        diagonal.HasWon(1).Should().BeTrue();
    }

    [Fact]
    public void Inconsistent_boards_are_refused()
    {
        FluentActions.Invoking(() => new Board(7, 6, 0, 2, new int[42], 1)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => new Board(7, 6, 0, 0, new int[41], 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => new Board(7, 6, 0, 0, Enumerable.Repeat(5, 42).ToList(), 1)).Should().Throw<ArgumentException>();
    }
}
