namespace LightCycles.Api;

/// <summary>A cell of the grid; (0, 0) is the top-left cell.</summary>
public readonly record struct Position(int X, int Y)
{
    /// <summary>The neighbouring cell in <paramref name="direction"/> (it may lie off the board).</summary>
    public Position Step(Direction direction) => direction switch
    {
        Direction.Up => new Position(X, Y - 1),
        Direction.Right => new Position(X + 1, Y),
        Direction.Down => new Position(X, Y + 1),
        Direction.Left => new Position(X - 1, Y),
        _ => throw new ArgumentOutOfRangeException(nameof(direction), direction, "Not a direction."),
    };

    /// <summary>Manhattan distance: the fewest steps between two cells on an empty board.</summary>
    public int DistanceTo(Position other) => Math.Abs(X - other.X) + Math.Abs(Y - other.Y);
}
