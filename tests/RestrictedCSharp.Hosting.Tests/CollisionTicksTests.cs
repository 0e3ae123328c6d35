using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// Why RCX0403 follows a key's generated equality to the parts it compares: a <c>HashSet</c> calls
/// <c>Equals</c> only for keys whose full hashes match, so with a per-process hash (a value tuple's
/// <c>HashCode.Combine</c>) which keys collide, and how often the bot's guarded <c>Equals</c> runs and
/// ticks, can differ between two processes (measured: docs/soundness/determinism.md; two runners started
/// together do not always get different seeds, so no test here asserts that they differ). A record or record struct over parts with deterministic hashes
/// combines them with fixed multipliers (a record class adds its type's hash, the same for every key of
/// the type), so its collisions are the same in every process. The bot is built by the rewriter alone
/// (the analyzer would refuse the tuple key): the calls of <c>Pos.Equals</c> are counted and named by the
/// bot itself.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class CollisionTicksTests(HostFixture fixture)
{
    private const string CollidingBot = """
        using System;
        using System.Collections.Generic;

        public readonly struct Pos : IEquatable<Pos>
        {
            public readonly int X, Y;
            public Pos(int x, int y) { X = x; Y = y; }
            public bool Equals(Pos o)
            {
                Bot.Compared++;
                if (Bot.First.Count < 4) Bot.First.Add(X + ":" + Y + "=" + o.X + ":" + o.Y);
                return X == o.X && Y == o.Y;
            }
            public override bool Equals(object o) => o is Pos p && Equals(p);
            public override int GetHashCode() => unchecked(X * 100_003 + Y);
        }

        public record struct KeyStruct(Pos P, int N);
        public record KeyRecord(Pos P, int N);

        public sealed class Bot
        {
            public static int Compared;
            public static List<string> First = new List<string>();

            public string Tuples()
            {
                Compared = 0; First.Clear();
                var set = new HashSet<(Pos, int)>();
                var r = new Random(1);
                for (var i = 0; i < 400_000; i++) set.Add((new Pos(r.Next(), r.Next()), r.Next()));
                return Compared + "|" + string.Join(",", First);
            }

            public string RecordStructs()
            {
                Compared = 0; First.Clear();
                var set = new HashSet<KeyStruct>();
                var r = new Random(1);
                for (var i = 0; i < 400_000; i++) set.Add(new KeyStruct(new Pos(r.Next(), r.Next()), r.Next()));
                return Compared + "|" + string.Join(",", First);
            }

            public string Records()
            {
                Compared = 0; First.Clear();
                var set = new HashSet<KeyRecord>();
                var r = new Random(1);
                for (var i = 0; i < 400_000; i++) set.Add(new KeyRecord(new Pos(r.Next(), r.Next()), r.Next()));
                return Compared + "|" + string.Join(",", First);
            }
        }
        """;

    private static readonly BotHostOptions Generous = HostFixture.Options with
    {
        Ticks = 200_000_000,
        AllocatedBytes = 1024L * 1024 * 1024,
        MemoryMb = 512,
    };

    [Theory]
    [InlineData("RecordStructs")]
    [InlineData("Records")]
    public async Task A_record_key_over_deterministic_hashes_collides_the_same_in_two_processes(string method)
    {
        var (first, second) = await TwoRunsAsync(method);

        first.Value.Should().NotStartWith("0|", "400,000 random keys collide somewhere");
        second.Should().Be(first, "its hash is a fixed combination of the parts' hashes, plus a constant for a record class");
    }

    private static string Calls(string? value) => value!.Split('|')[0];

    private async Task<((string? Value, long Ticks) First, (string? Value, long Ticks) Second)> TwoRunsAsync(string method)
    {
        var path = TestBotCompiler.Guarded(CollidingBot);
        var runs = new List<(string? Value, long Ticks)>();
        for (var run = 0; run < 2; run++)
        {
            await using var bot = await fixture.StartAsync(path, Generous);
            var result = await bot.CallAsync(method, None);
            result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
            runs.Add((result.Value!.Value.GetString(), result.Ticks));
        }

        return (runs[0], runs[1]);
    }
}
