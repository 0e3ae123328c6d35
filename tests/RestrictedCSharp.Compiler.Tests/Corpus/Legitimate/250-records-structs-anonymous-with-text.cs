// Does: everyday records, record structs, structs and anonymous types holding short strings: compared, hashed, looked up, printed and grouped, each charged for the text it holds.

using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

public sealed record Unit(string Name, int X, int Y);
public record Order(string Kind, int Priority);
public sealed record MoveOrder(string Kind, int Priority, string Target) : Order(Kind, Priority);
public readonly record struct Label(string Text, int Weight);
public struct Marker
{
    public string Tag;
    public int Turn;
}

public sealed class Bot
{
    private readonly HashSet<Unit> _seen = new();
    private readonly Dictionary<Label, int> _counts = new();

    public string Act(int turn, string name)
    {
        var unit = new Unit(name, turn % 7, turn % 5);
        var moved = unit with { X = unit.X + 1 };
        var fresh = _seen.Add(unit);
        var label = new Label(name, 1);
        _counts[label] = _counts.TryGetValue(label, out var count) ? count + 1 : 1;

        Order order = new MoveOrder("move", 2, name);
        var same = order == new MoveOrder("move", 2, name) && !(unit == moved) && unit.Equals(unit with { });
        var marker = new Marker { Tag = name, Turn = turn };
        var markers = new List<Marker> { marker };
        var pairs = new List<(string, int)> { (name, turn) };

        var rows = new[] { unit, moved }
            .Select(u => new { u.Name, Row = u.Y })
            .Distinct()
            .GroupBy(r => r.Name)
            .Count();

        var text = new StringBuilder()
            .Append(unit)
            .Append(' ')
            .Append($"{label} {order}")
            .Append(markers.Contains(marker) && pairs.Contains((name, turn)) ? "!" : "?")
            .ToString();

        return $"{text} {fresh} {same} {rows} {_counts[label]} " + moved;
    }
}
