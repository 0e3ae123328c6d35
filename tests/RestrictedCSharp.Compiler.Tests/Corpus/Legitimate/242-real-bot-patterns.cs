// What public bots for other games are written with, one of each: the metadata of an IDE's AssemblyInfo.cs, an
// Equals(object) that compares GetType() results, System.Drawing points, a move list stackalloc'ed into a span,
// JIT hints, the non-generic collections, [Serializable], and a MemoryStream. Accepted by the bots preset.
using System;
using System.Collections;
using System.Drawing;
using System.IO;
using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

[assembly: AssemblyTitle("RealBot")]
[assembly: AssemblyDescription("")]
[assembly: AssemblyCompany("")]
[assembly: AssemblyProduct("RealBot")]
[assembly: AssemblyCopyright("Copyright 2026")]
[assembly: ComVisible(false)]
[assembly: Guid("0b9c3f7e-6f2a-4f0e-9d7b-2a1c5e8f4d11")]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]

public struct Move
{
    public byte From;
    public byte To;
    public short Score;
}

[Serializable]
public sealed class Cell
{
    public Point Position;
    [NonSerialized] public int Visits;

    public override bool Equals(object? obj)
    {
        if (obj == null || GetType() != obj.GetType())
        {
            return false;
        }

        return Position == ((Cell)obj).Position;
    }

    public override int GetHashCode() => unchecked(Position.X * 31 + Position.Y);
}

public sealed class Bot
{
    private readonly ArrayList _history = new ArrayList();
    private readonly Queue _frontier = new Queue();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Manhattan(Point a, Point b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

    public int Act(int seed)
    {
        Span<Move> moves = stackalloc Move[256];
        var count = Generate(moves, seed);
        var board = new Rectangle(0, 0, 16, 16);
        var best = 0;
        var target = new Point(8, 8);
        for (var i = 0; i < count; i++)
        {
            var to = new Point(moves[i].To % 16, moves[i].To / 16);
            if (board.Contains(to) && Manhattan(to, target) < Manhattan(new Point(moves[best].To % 16, moves[best].To / 16), target))
            {
                best = i;
            }
        }

        _history.Add(best);
        _frontier.Enqueue(new Cell { Position = target });
        var stack = new Stack();
        stack.Push(_frontier.Dequeue());
        var same = stack.Pop()!.Equals(new Cell { Position = target });

        using var log = new MemoryStream(64);
        log.WriteByte((byte)best);
        log.Position = 0;
        return moves[best].To + log.ReadByte() + _history.Count + (same ? 1 : 0);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Generate(Span<Move> moves, int seed)
    {
        var count = Math.Min(moves.Length, 40);
        for (var i = 0; i < count; i++)
        {
            moves[i] = new Move { From = (byte)i, To = (byte)((i * 37 + seed) & 0xFF), Score = (short)i };
        }

        return count;
    }
}
