namespace RestrictedCSharp.Rewriting.Tests;

/// <summary>A bot that uses every construct the rewriter handles; it must rewrite, validate and compile.</summary>
internal static class KitchenSinkSource
{
    public const string Text = """
using System;
using System.Collections.Generic;
using System.Linq;
using System.Linq.Expressions;
using System.Text;

public record Point(int X, int Y)
{
    public int Sum => X + Y;
    public static Point operator +(Point a, Point b) => new(a.X + b.X, a.Y + b.Y);
}

public class Base
{
    public Base(int n) { N = n; }
    public int N { get; }
}

public class Derived(int n) : Base(Twice(n))
{
    private static int Twice(int x) => x * 2;
    private readonly int[] _cells = new int[Twice(4)];
    private readonly int[,] _grid = new int[Twice(2), Twice(3)];
    private readonly List<int> _list = new(Twice(5));
    private static readonly Point[] s_corners = { new(0, 0), new(Twice(1), 0) };
    private readonly int[,] _square = { { 1, Twice(2) }, { 3, 4 } };
    public int Extra { get; } = Twice(7);
    public event Action Changed = () => { };
    public int this[int i] => _cells[i];
    public ref int Cell(int i) => ref _cells[i];
    public static implicit operator int(Derived d) => d.N;
    public int Prop { get => _cells[0]; set => _cells[0] = value; }
    ~Derived() { }
    public void Raise() => Changed();
    public override string ToString() => $"Derived({N})";
}

public static class Bot
{
    static int s_initialized = Compute(3);
    static Bot() { s_initialized += 1; }
    static int Compute(int x) { return x + 1; }

    public static IEnumerable<int> Count(int n)
    {
        for (int i = 0; i < n; i++)
            yield return i;
        if (n > 100) yield break;
        yield return -1;
    }

    public static int Run()
    {
        int total = 0;
        var d = new Derived(3);
        total += d[1] + d.Cell(0) + d + d.Prop + d.Extra;
        d.Prop = 5;
        d.Cell(1) = 4;
        d.Raise();
        foreach (var x in Count(5)) total += x;
        foreach (var (a, b) in new[] { (1, 2), (3, 4) }) total += a * b;
        int k = 0;
        while (k < 3) k++;
        do { k--; } while (k > 0);
        again:
        k++;
        if (k < 5) goto again;
        switch (k)
        {
            case 5: k = 6; goto case 6;
            case 6: k = 7; goto default;
            default: break;
        }
        try { throw new InvalidOperationException("x"); }
        catch (InvalidOperationException e) when (e.Message == "x") { total += 1; }
        catch (Exception) { total += 100; }
        catch { total += 1000; }
        finally { total += 2; }
        Func<int, int> square = x => x * x;
        Func<int, int> cube = delegate (int x) { return x * x * x; };
        Action noop = () => Console.Out.Flush();
        Action<int> ignore = _ => { };
        Expression<Func<int, int>> tree = x => x + 1;
        total += square(3) + cube(2) + tree.Body.NodeType.GetHashCode() * 0;
        static int Local(int v) => v < 1 ? 0 : v + Local(v - 1);
        IEnumerable<int> LocalIterator() { yield return 1; yield return 2; }
        total += Local(4) + LocalIterator().Sum();
        var query = from x in Enumerable.Range(0, 10) where x % 2 == 0 select x * 3;
        total += query.ToArray().Length + Enumerable.Range(0, 4).ToList().Count;
        var sb = new StringBuilder(16).Append('x', 3);
        total += sb.ToString().PadLeft(6).Length + new string('y', 2).Length;
        int[][] jagged = new int[3][];
        long[,,] cube3 = new long[2, k, 2];
        var grown = new int[2];
        Array.Resize(ref grown, 4);
        total += jagged.Length + cube3.Length + grown.Length + s_initialized;
        var p = new Point(1, 2) + new Point(3, 4);
        total += p.Sum;
        checked { for (int i = 0, j = 10; i < j; i++, j--) total++; }
        return total;
    }
}
""";
}
