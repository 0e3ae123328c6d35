using System.Text.Json;

namespace RestrictedCSharp.Cli.Tests;

/// <summary>
/// Work the bot did not write — members the compiler synthesizes, library code that forwards to them, the
/// type loader — run end to end with <c>rcsc run</c> (check, rewrite, build, audit, runner). Each attack ended
/// <c>timeout</c> or <c>crashed</c> before it was refused; an accepted source must end inside its budgets.
/// </summary>
public class UnseenWorkTests
{
    private static readonly string[] OutcomesInsideBudgets = ["ok", "exception", "tick-limit", "stack-limit", "alloc-limit", "memory-limit"];

    public static TheoryData<string, string, string> Attacks() => new()
    {
        {
            "record-dag", "RCX0510", """
            public sealed record Node(Node? Left, Node? Right);
            public sealed class Bot
            {
                public bool Act()
                {
                    Node a = new(null, null), b = new(null, null);
                    for (var i = 0; i < 64; i++) { a = new Node(a, a); b = new Node(b, b); }
                    return a.Equals(b);
                }
            }
            """
        },
        {
            "record-chain", "RCX0510", """
            public sealed record Link(int Value, Link? Next);
            public sealed class Bot
            {
                public bool Act()
                {
                    Link? a = null, b = null;
                    for (var i = 0; i < 3_000_000; i++) { a = new Link(i, a); b = new Link(i, b); }
                    return a == b;
                }
            }
            """
        },
        {
            "tuple-dag", "RCX0511", """
            public sealed class Bot
            {
                public int Act()
                {
                    object a = 0;
                    for (var i = 0; i < 64; i++) a = System.Tuple.Create(a, (a, a));
                    return a.GetHashCode();
                }
            }
            """
        },
        {
            "anonymous-dag", "RCX0511", """
            public sealed class Bot
            {
                public bool Act()
                {
                    object a = 0, b = 0;
                    for (var i = 0; i < 64; i++) { a = new { L = a, R = a }; b = new { L = b, R = b }; }
                    return a.Equals(b);
                }
            }
            """
        },
        {
            "struct-value-type-equals", "RCX0510", """
            public struct Pair { public object? Left; public object? Right; }
            public sealed class Bot
            {
                public bool Act()
                {
                    object a = 0, b = 0;
                    for (var i = 0; i < 64; i++) { a = new Pair { Left = a, Right = a }; b = new Pair { Left = b, Right = b }; }
                    return a.Equals(b);
                }
            }
            """
        },
        {
            "polymorphic-recursion", "RCX0512", """
            using System.Collections.Generic;
            public sealed class Bot
            {
                private static int Grow<T>(int n) => n == 0 ? 0 : Grow<List<T>>(n - 1) + Grow<T[]>(n - 1);
                public int Act() => Grow<int>(40);
            }
            """
        },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task Work_the_bot_did_not_write_is_refused_rather_than_left_to_the_wall_clock(string name, string id, string source)
    {
        using var folder = new TempFolder();
        var path = folder.Write(name + ".cs", source);

        var result = await Rcsc.RunAsync("run", path, "--timeout-ms", "5000", "--format", "json");

        if (result.ExitCode != ExitCodes.Rejected)
        {
            // Had it run, it must have ended inside its budgets.
            var outcome = JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement.GetProperty("outcome").GetString();
            OutcomesInsideBudgets.Should().Contain(outcome, "{0} must not reach the wall clock or crash the runner:\n{1}", name, result);
        }

        result.ExitCode.Should().Be(ExitCodes.Rejected, result.ToString());
        (result.Stdout + result.Stderr).Should().Contain(id);
    }

    [Fact]
    public async Task Ordinary_records_tuples_and_anonymous_types_stay_accepted_and_cheap()
    {
        using var folder = new TempFolder();
        var path = folder.Write("Bot.cs", """
            using System.Collections.Generic;
            using System.Linq;
            public readonly record struct Pos(int X, int Y);
            public sealed record Move(Pos From, Pos To, int Score, string Name);
            public sealed class Bot
            {
                public int Act()
                {
                    var move = new Move(new Pos(1, 2), new Pos(3, 4), 5, "step");
                    var seen = new HashSet<Move>();
                    var count = 0;
                    for (var i = 0; i < 1000; i++)
                    {
                        var next = move with { Score = i % 10 };
                        if (seen.Add(next)) count++;
                        if (next == move && (next.From, i) == (move.From, i)) count += 100;
                    }
                    var rows = seen.Select(m => new { m.Score, m.To }).Distinct().Count();
                    return count + rows + move.ToString().Length;
                }
            }
            """);

        var result = await Rcsc.RunAsync("run", path, "--format", "json");

        result.ExitCode.Should().Be(ExitCodes.Success, result.ToString());
        var call = JsonDocument.Parse(result.Stdout.Split('\n')[0]).RootElement;
        call.GetProperty("outcome").GetString().Should().Be("ok");
        call.GetProperty("value").GetInt32().Should().Be(10 + 100 * 100 + 10 + "Move { From = Pos { X = 1, Y = 2 }, To = Pos { X = 3, Y = 4 }, Score = 5, Name = step }".Length);
        call.GetProperty("ticks").GetInt64().Should().BeLessThan(100_000, "a thousand rounds of small records cost a few ticks each");
    }
}
