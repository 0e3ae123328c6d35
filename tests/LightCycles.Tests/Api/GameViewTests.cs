using LightCycles.Api;

namespace LightCycles.Tests.Api;

public sealed class GameViewTests
{
    private static GameView View(int[] cells) => new(
        width: 2, height: 2, turn: 0, you: 0,
        cycles: [new CycleView(0, new Position(0, 0), Direction.Right, true), new CycleView(1, new Position(1, 1), Direction.Left, true)],
        cells: cells, seed: 1);

    [Fact]
    public void Helpers_read_the_board()
    {
        var view = View([0, -1, -1, 1]);

        view.InBounds(new Position(1, 1)).Should().BeTrue();
        view.InBounds(new Position(2, 0)).Should().BeFalse();
        view.InBounds(new Position(0, -1)).Should().BeFalse();
        view.IsFree(new Position(1, 0)).Should().BeTrue();
        view.IsFree(new Position(0, 0)).Should().BeFalse();
        view.IsFree(new Position(-1, 0)).Should().BeFalse();
        view.OwnerAt(new Position(1, 1)).Should().Be(1);
        view.OwnerAt(new Position(0, 1)).Should().Be(GameView.Free);
        view.Me.Player.Should().Be(0);
        view.Invoking(v => v.OwnerAt(new Position(5, 5))).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void The_view_is_a_copy_that_cannot_be_written_through()
    {
        int[] cells = [0, -1, -1, 1];
        var view = View(cells);
        cells[1] = 1;

        view.Cells[1].Should().Be(GameView.Free);
        view.Cells.Should().NotBeAssignableTo<int[]>();
        ((IList<int>)view.Cells).Invoking(c => c[1] = 0).Should().Throw<NotSupportedException>();
    }

    [Theory]
    [InlineData(new[] { 0, -1, -1 })]
    [InlineData(new[] { 0, -1, -1, 2 })]
    [InlineData(new[] { 0, -2, -1, 1 })]
    public void Bad_cells_are_refused(int[] cells)
    {
        var create = () => View(cells);

        create.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Positions_step_with_the_origin_at_the_top_left()
    {
        var p = new Position(3, 3);

        p.Step(Direction.Up).Should().Be(new Position(3, 2));
        p.Step(Direction.Down).Should().Be(new Position(3, 4));
        p.Step(Direction.Left).Should().Be(new Position(2, 3));
        p.Step(Direction.Right).Should().Be(new Position(4, 3));
        Direction.Up.Opposite().Should().Be(Direction.Down);
        Direction.Left.TurnRight().Should().Be(Direction.Up);
        Direction.Left.TurnLeft().Should().Be(Direction.Down);
    }
}
