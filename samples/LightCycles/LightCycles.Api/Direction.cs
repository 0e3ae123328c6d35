using System.Text.Json.Serialization;

namespace LightCycles.Api;

/// <summary>Where a cycle heads. The grid's origin is its top-left cell: <see cref="Up"/> is y - 1.</summary>
/// <remarks>In JSON a direction is its name (<c>"Up"</c>); numbers are read too.</remarks>
[JsonConverter(typeof(JsonStringEnumConverter<Direction>))]
public enum Direction
{
    /// <summary>Towards row 0 (y - 1).</summary>
    Up,

    /// <summary>x + 1.</summary>
    Right,

    /// <summary>y + 1.</summary>
    Down,

    /// <summary>x - 1.</summary>
    Left,
}

/// <summary>Turning and reversing directions.</summary>
public static class Directions
{
    /// <summary>The four directions in declaration order: the order bots should iterate in for determinism.</summary>
    public static IReadOnlyList<Direction> All { get; } = [Direction.Up, Direction.Right, Direction.Down, Direction.Left];

    /// <summary>The direction pointing the other way.</summary>
    public static Direction Opposite(this Direction direction) => (Direction)(((int)direction + 2) & 3);

    /// <summary>A quarter turn clockwise (Up → Right).</summary>
    public static Direction TurnRight(this Direction direction) => (Direction)(((int)direction + 1) & 3);

    /// <summary>A quarter turn counter-clockwise (Up → Left).</summary>
    public static Direction TurnLeft(this Direction direction) => (Direction)(((int)direction + 3) & 3);
}
