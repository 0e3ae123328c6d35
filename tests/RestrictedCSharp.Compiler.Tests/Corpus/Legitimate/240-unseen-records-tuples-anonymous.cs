// Does: the records, tuples, anonymous types and structs of an ordinary bot, whose generated members do a small, fixed amount of work.

using System.Collections.Generic;
using System.Linq;

public readonly record struct Pos(int X, int Y);
public sealed record Move(Pos From, Pos To, int Score, string Name);
public abstract record Order(int Priority);
public sealed record Attack(int Priority, Pos Target) : Order(Priority);
public sealed record Wait(int Priority) : Order(Priority);
public sealed record Plan(Order First, int[] Path, List<Move> Moves, IReadOnlyList<int> Scores);
public struct Cell { public int Cost; public bool Wall; }

public sealed class Bot
{
    public int Act()
    {
        var move = new Move(new Pos(1, 2), new Pos(3, 4), 5, "step");
        var seen = new HashSet<Move> { move };
        var best = (Score: 1, Name: "a", Move: move);
        var rows = new[] { move }.Select(m => new { m.Score, m.To }).Where(r => r.Score > 0).ToList();
        var byPos = new Dictionary<Pos, int> { [move.From] = 1 };
        var plan = new Plan(new Attack(1, move.To), new[] { 1, 2 }, new List<Move> { move }, new[] { 3 });
        int? bonus = 2;
        var cell = new Cell { Cost = 1 };
        return seen.Count + best.Score + rows[0].Score + byPos.First().Value + (bonus ?? 0) + cell.Cost
            + plan.ToString().Length + (best == (1, "a", move) ? 1 : 0) + (plan.First is Attack ? 1 : 0);
    }
}
