using System.Text;

namespace RestrictedCSharp.Benchmarks.Alternatives.Validation;

/// <summary>
/// Deterministic bot sources of a requested size, written like real bots: classes with state, loops,
/// LINQ queries, lists, dictionaries, queues, records, tuples and switch expressions, and one entry
/// class that drives them. Every line is accepted by the <c>bots</c> preset (the benchmark checks).
/// </summary>
internal static class BotSourceGenerator
{
    /// <summary>A source of about <paramref name="lines"/> lines (whole modules; never fewer than one).</summary>
    public static string Generate(int lines)
    {
        var modules = Modules(lines);
        var text = new StringBuilder();
        text.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\n\n");
        for (var i = 0; i < modules; i++) AppendModule(text, i);
        text.Append("public class GeneratedBot\n{\n    public long Act(int[] cells, int turn)\n    {\n        long total = 0;\n");
        for (var i = 0; i < modules; i++) text.Append($"        total += new Planner{i}({i}).Plan(cells, turn);\n");
        text.Append("        return total;\n    }\n}\n");
        return text.ToString();
    }

    /// <summary>The same modules as a Light Cycles bot whose <c>Move</c> drives them (the arena's check benchmark).</summary>
    public static string GenerateLightCycles(int lines)
    {
        var modules = Modules(lines);
        var text = new StringBuilder();
        text.Append("using System;\nusing System.Collections.Generic;\nusing System.Linq;\nusing LightCycles.Api;\n\n");
        for (var i = 0; i < modules; i++) AppendModule(text, i);
        text.Append("public sealed class GeneratedBot : LightCyclesBot\n{\n    private readonly int[] _cells = new int[64];\n    private long _total;\n\n");
        text.Append("    public override Direction Move(GameView view)\n    {\n");
        for (var i = 0; i < modules; i++) text.Append($"        _total += new Planner{i}({i}).Plan(_cells, view.Turn);\n");
        text.Append("        return view.Me.Heading;\n    }\n}\n");
        return text.ToString();
    }

    private static int Modules(int lines) => Math.Max(1, (lines - 20) / LinesPerModule);

    public static int CountLines(string source) => source.Count(c => c == '\n');

    private static readonly int LinesPerModule = CountLines(Module(0));

    private static void AppendModule(StringBuilder text, int i) => text.Append(Module(i));

    private static string Module(int i) => $$"""
public sealed record Move{{i}}(int X, int Y, int Weight);

public sealed class Planner{{i}}
{
    private readonly List<int> _scores = new();
    private readonly Dictionary<int, int> _visits = new();
    private readonly int _seed;

    public Planner{{i}}(int seed)
    {
        _seed = seed * {{i % 13 + 3}} + {{i}};
    }

    public long Plan(int[] cells, int turn)
    {
        long total = Score(cells) + Visit(turn % {{i % 7 + 5}});
        var frontier = new Queue<int>(cells.Take({{i % 9 + 4}}));
        total += Route(frontier, {{i % 11 + 10}});
        var (min, max) = Range();
        total += max - min + Best(3).Sum();
        total += Moves(cells).GroupBy(m => m.X % 4).Select(g => g.Max(m => m.Weight)).Sum();
        return total + Describe(turn).Length + (long)Average();
    }

    private int Score(int[] cells)
    {
        int total = _seed;
        for (int k = 0; k < cells.Length; k++)
        {
            if (cells[k] % {{i % 5 + 2}} == 0) total += cells[k] * {{i % 4 + 1}};
            else total -= k;
        }
        _scores.Add(total);
        return total;
    }

    private int Visit(int key)
    {
        _visits[key] = _visits.TryGetValue(key, out var count) ? count + 1 : 1;
        return _visits.Values.Sum();
    }

    private IReadOnlyList<int> Best(int count) =>
        _scores.Where(s => s > {{i}}).OrderByDescending(s => s).Take(count).ToList();

    private double Average() => _scores.Count == 0 ? 0 : _scores.Average();

    private (int Min, int Max) Range()
    {
        int min = int.MaxValue, max = int.MinValue;
        foreach (var s in _scores)
        {
            if (s < min) min = s;
            if (s > max) max = s;
        }
        return (min, max);
    }

    private IEnumerable<Move{{i}}> Moves(int[] cells) =>
        cells.Select((c, k) => new Move{{i}}(k % 8, k / 8, c * {{i % 3 + 1}} - k));

    private static string Describe(int turn) => turn switch
    {
        0 => "start",
        < {{i % 20 + 10}} => "early",
        _ => "late",
    };

    private static int Route(Queue<int> frontier, int limit)
    {
        int steps = 0;
        while (frontier.Count > 0 && steps < limit)
        {
            var node = frontier.Dequeue();
            if (node > 1) frontier.Enqueue(node / 2);
            steps++;
        }
        return steps;
    }
}


""";
}
