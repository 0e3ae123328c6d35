using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// The same bot and inputs give the same outputs in every runner process: hash-keyed collections, an own
/// hash, a seeded Random and the ticks-left reading included. The control shows that the comparison can
/// fail: a string's hash code, read by an unguarded and unaudited bot, differs between two processes.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class DeterminismTests(HostFixture fixture)
{
    private const string HashingBot = """
        using System;
        using System.Collections.Generic;
        using System.Globalization;
        using System.Linq;
        using RestrictedCSharp;

        public sealed class Bot
        {
            public string Play(int seed, int reserve)
            {
                var random = new Random(seed);
                var words = new List<string>();
                for (var i = 0; i < 300; i++) { words.Add("w" + random.Next(60).ToString(CultureInfo.InvariantCulture)); }

                var counts = new Dictionary<string, int>();
                foreach (var word in words) { counts[word] = counts.TryGetValue(word, out var n) ? n + 1 : 1; }
                counts.Remove("w7");
                counts["late"] = 1;
                var set = new HashSet<string>(words);
                set.ExceptWith(new[] { "w1", "w2", "w3" });
                set.Add("again");
                var groups = words.GroupBy(w => w.Length).Select(g => g.Key + ":" + string.Join(",", g.Distinct().Take(8)));
                var lookup = words.ToLookup(w => w[^1]);
                var cells = new HashSet<Cell>(words.Select(w => new Cell(w.Length, w[^1])));
                var hashes = cells.Sum(c => (long)c.GetHashCode()) + seed.GetHashCode() + 2.5.GetHashCode();

                long rounds = 0;
                while (Budget.TicksLeft > reserve) { rounds++; }

                return string.Join(",", counts.Keys) + "|" + string.Join(",", set) + "|" + string.Join(";", groups)
                    + "|" + string.Join(",", lookup.Select(g => g.Key)) + "|" + hashes + "|" + rounds + "|" + Budget.TicksUsed;
            }
        }

        public sealed class Cell(int x, int y)
        {
            public int X { get; } = x;
            public int Y { get; } = y;
            public override bool Equals(object? obj) => obj is Cell c && c.X == X && c.Y == Y;
            public override int GetHashCode() => unchecked(X * 31 + Y);
        }
        """;

    private const string StringHashBot = """
        public sealed class Bot
        {
            public int Hash() => "determinism".GetHashCode();
        }
        """;

    [Fact]
    public async Task The_same_bot_gives_the_same_outputs_and_ticks_in_two_processes()
    {
        var path = TestBotCompiler.Guarded(HashingBot);
        var first = await PlayInFreshProcessAsync(path);
        var second = await PlayInFreshProcessAsync(path);

        second.ProcessId.Should().NotBe(first.ProcessId, "each run has a process of its own");
        second.Results.Should().Equal(first.Results, "outputs and ticks are functions of the inputs alone");
        first.Results.Select(r => r.Value).Distinct().Should().HaveCount(2, "the two reserves stop the search at different rounds");
    }

    [Fact]
    public async Task Control_a_string_hash_read_outside_the_rules_differs_between_two_processes()
    {
        var path = TestBotCompiler.Plain(StringHashBot);
        var options = HostFixture.Options with { SkipAudit = true };
        var hashes = new List<int>();
        for (var run = 0; run < 2; run++)
        {
            await using var bot = await fixture.StartAsync(path, options);
            var result = await bot.CallAsync("Hash", None);
            result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
            hashes.Add(result.Value!.Value.GetInt32());
        }

        hashes[1].Should().NotBe(hashes[0], "string hashes are seeded per process (a 1 in 2^32 chance of a false alarm)");
    }

    private async Task<(int? ProcessId, List<(string? Value, long Ticks)> Results)> PlayInFreshProcessAsync(string path)
    {
        await using var bot = await fixture.StartAsync(path);
        bot.Load.Outcome.Should().Be(CallOutcome.Ok, bot.Load.Message);
        bot.AuditFindings.Should().BeEmpty();
        var results = new List<(string? Value, long Ticks)>();
        foreach (var reserve in new[] { 100_000, 100_000, 1_000_000 })
        {
            var result = await bot.CallAsync("Play", Args(17, reserve));
            result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
            results.Add((result.Value!.Value.GetString(), result.Ticks));
        }

        return (bot.ProcessId, results);
    }
}
