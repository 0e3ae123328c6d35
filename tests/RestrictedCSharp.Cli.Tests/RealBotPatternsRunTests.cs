namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// One synthetic bot for each pattern that public bots for other games are written with and the bots preset now
/// accepts: each is checked, built (IL audit included) and run in a runner, twice, with the same value and ticks.
/// </summary>
public class RealBotPatternsRunTests
{
    public static readonly TheoryData<string, string, string> Bots = new()
    {
        {
            "assembly-info", """
            using System.Reflection;
            using System.Runtime.InteropServices;
            [assembly: AssemblyTitle("Bot")]
            [assembly: AssemblyDescription("")]
            [assembly: AssemblyConfiguration("")]
            [assembly: AssemblyCompany("")]
            [assembly: AssemblyProduct("Bot")]
            [assembly: AssemblyCopyright("Copyright 2026")]
            [assembly: AssemblyTrademark("")]
            [assembly: AssemblyCulture("")]
            [assembly: ComVisible(false)]
            [assembly: Guid("6f1b3c1e-1d2a-4c55-9c1e-000000000001")]
            [assembly: AssemblyVersion("1.0.0.0")]
            [assembly: AssemblyFileVersion("1.0.0.0")]
            public sealed class Bot { public int Act(int x) => x; }
            """, "42"
        },
        {
            "gettype-equals", """
            public sealed class Bot
            {
                public int Act(int x) => (new Cell(x).Equals(new Cell(x)) ? 40 : 0) + (new Cell(x).Equals(new Other(x)) ? 0 : 2);
            }
            public class Cell
            {
                public readonly int X;
                public Cell(int x) { X = x; }
                public override bool Equals(object? obj)
                {
                    if (obj == null || GetType() != obj.GetType()) return false;
                    return X == ((Cell)obj).X;
                }
                public override int GetHashCode() => X;
            }
            public class Other : Cell { public Other(int x) : base(x) { } }
            """, "42"
        },
        {
            "drawing-points", """
            using System.Drawing;
            public sealed class Bot
            {
                public int Act(int x)
                {
                    var p = new Point(x, 1);
                    var r = new Rectangle(p, new Size(10, 20));
                    var f = new PointF(1.5f, 2.5f);
                    p.Offset(1, 1);
                    return r.Right - r.Left + r.Height + p.X - x + Point.Round(f).Y + 9;
                }
            }
            """, "42"
        },
        {
            "stackalloc-span", """
            using System;
            public struct Move { public byte From, To; public short Score; }
            public sealed class Bot
            {
                public int Act(int x)
                {
                    Span<Move> moves = stackalloc Move[256];
                    Span<int> scores = stackalloc int[16];
                    for (var i = 0; i < scores.Length; i++) scores[i] = i;
                    moves[255].Score = (short)(x - 1);
                    return moves[255].Score + scores[1] + moves.Length - 256;
                }
            }
            """, "42"
        },
        {
            "aggressive-inlining", """
            using System.Runtime.CompilerServices;
            public sealed class Bot
            {
                [MethodImpl(MethodImplOptions.AggressiveInlining)]
                private static int Twice(int v) => v * 2;
                [MethodImpl(MethodImplOptions.NoInlining)]
                public int Act(int x) => Twice(x) - x;
            }
            """, "42"
        },
        {
            "non-generic-collections", """
            using System;
            using System.Collections;
            [Serializable]
            public sealed class Bot
            {
                [NonSerialized] private int _cache;
                public int Act(int x)
                {
                    var list = new ArrayList { 1, 2 };
                    var stack = new Stack(); stack.Push(x);
                    var queue = new Queue(); queue.Enqueue(stack.Pop());
                    _cache = list.Count;
                    return (int)queue.Dequeue()! - _cache + 2;
                }
            }
            """, "42"
        },
        {
            "memory-stream", """
            using System.IO;
            public sealed class Bot
            {
                public int Act(int x)
                {
                    using var ms = new MemoryStream();
                    ms.WriteByte((byte)x);
                    ms.Position = 0;
                    return ms.ReadByte();
                }
            }
            """, "42"
        },
    };

    [Theory]
    [MemberData(nameof(Bots))]
    public async Task Each_pattern_is_accepted_built_and_runs_the_same_twice(string name, string source, string value)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name + "/Bot.cs", source);

        var check = await Rcsc.RunAsync("check", path);
        check.ExitCode.Should().Be(ExitCodes.Success, check.ToString());
        var build = await Rcsc.RunAsync("build", path, "-o", folder.Combine("out/bot.dll"));
        build.ExitCode.Should().Be(ExitCodes.Success, build.ToString());
        var run = await Rcsc.RunAsync("run", path, "--entry", "Bot", "--args", "[42]", "--calls", "2");
        run.ExitCode.Should().Be(ExitCodes.Success, run.ToString());

        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines.Should().HaveCount(2);
        lines.Should().OnlyContain(l => l.Contains($": ok {value} (ticks "));
        Ticks(lines[0]).Should().Be(Ticks(lines[1]));
    }

    [Fact]
    public async Task A_memory_stream_positioned_past_the_budget_ends_alloc_limit_before_it_allocates()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Bot.cs", """
            public sealed class Bot
            {
                public int Act(long at) { var ms = new System.IO.MemoryStream(); ms.Position = at; ms.WriteByte(1); return (int)ms.Length; }
            }
            """);

        var run = await Rcsc.RunAsync("run", path, "--args", "[1500000000]");

        run.ExitCode.Should().Be(ExitCodes.CallFailed, run.ToString());
        run.Stdout.Should().Contain("alloc-limit");
    }

    [Fact]
    public async Task Check_prints_one_line_per_refused_symbol_with_the_reason_a_way_forward_and_the_help_link()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Bot.cs", """
            public sealed class Bot
            {
                public long Act()
                {
                    var watch = System.Diagnostics.Stopwatch.StartNew();
                    System.Console.Error.WriteLine("thinking");
                    System.Console.Error.WriteLine("still thinking");
                    return watch.ElapsedMilliseconds;
                }
            }
            """);

        var check = await Rcsc.RunAsync("check", path);

        check.ExitCode.Should().Be(ExitCodes.Rejected, check.ToString());
        var errors = check.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.Contains(": error ")).ToList();
        errors.Should().HaveCount(2, check.Stdout);
        errors[0].Should().Contain("RestrictedCSharp.Budget.TicksLeft").And.EndWith("/docs/rules/RCX0001.md)");
        errors[1].Should().Contain("'System.Console.Error'").And.Contain("the game's log").And.Contain("(and 1 more use in this file)")
            .And.NotContain("file system");
    }

    private static string Ticks(string line) => line[line.IndexOf("(ticks ", StringComparison.Ordinal)..].Split(',')[0];
}
