// A grid bot that picks a move with records, switch expressions and property patterns.
using System;
using System.Collections.Generic;

namespace GridBot;

public enum Tile { Empty, Wall, Food, Enemy }

public readonly record struct Pos(int X, int Y)
{
    public Pos Step(Dir d) => d switch
    {
        Dir.North => this with { Y = Y - 1 },
        Dir.South => this with { Y = Y + 1 },
        Dir.East => this with { X = X + 1 },
        Dir.West => this with { X = X - 1 },
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };
}

public enum Dir { North, South, East, West }

public sealed record World(Tile[,] Tiles, Pos Me, int Health);

public sealed class Bot
{
    public Dir Act(World world)
    {
        var best = Dir.North;
        var bestScore = int.MinValue;
        foreach (var d in new[] { Dir.North, Dir.East, Dir.South, Dir.West })
        {
            var next = world.Me.Step(d);
            var score = Score(world, next);
            if (score > bestScore)
            {
                (best, bestScore) = (d, score);
            }
        }

        return best;
    }

    private static int Score(World world, Pos p) => (world, p) switch
    {
        (_, { X: < 0 } or { Y: < 0 }) => -1000,
        var (w, q) when q.X >= w.Tiles.GetLength(0) || q.Y >= w.Tiles.GetLength(1) => -1000,
        ({ Health: < 30 }, var q) when world.Tiles[q.X, q.Y] == Tile.Food => 100,
        (_, var q) => world.Tiles[q.X, q.Y] switch
        {
            Tile.Wall => -500,
            Tile.Enemy => world.Health > 50 ? 20 : -200,
            Tile.Food => 50,
            _ => 0,
        },
    };

    public static IReadOnlyList<Dir> AllDirections() => [Dir.North, Dir.East, Dir.South, Dir.West];
}
