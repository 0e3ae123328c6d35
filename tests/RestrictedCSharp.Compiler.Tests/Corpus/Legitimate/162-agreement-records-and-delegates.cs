// A sealed record hierarchy under an abstract record, and the bot's own delegate types.
using System;
using System.Collections.Generic;

namespace Shapes;

public abstract record Shape(int Id)
{
    public abstract int Area();
}

public sealed record Square(int Id, int Side) : Shape(Id)
{
    public override int Area() => Side * Side;
}

public sealed record Rect(int Id, int Width, int Height) : Shape(Id)
{
    public override int Area() => Width * Height;
}

public delegate int Scorer(Shape shape);

public delegate void Visit<T>(T item);

public sealed class Bot
{
    public int Best(List<Shape> shapes)
    {
        Scorer score = s => s.Area();
        score += s => s.Id;
        var best = 0;
        Visit<Shape> visit = s => best = Math.Max(best, score(s));
        foreach (var shape in shapes)
        {
            visit.Invoke(shape);
        }

        return best + (new Square(1, 2) with { Side = 3 }).Area();
    }
}
