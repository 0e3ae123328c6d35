using LightCycles.Api;

namespace LightCycles.Tests.Api;

public sealed class BotRandomTests
{
    [Fact]
    public void The_same_seed_gives_the_same_sequence()
    {
        var a = new BotRandom(42);
        var b = new BotRandom(42);

        Enumerable.Range(0, 100).Select(_ => a.Next(1000)).Should().Equal(Enumerable.Range(0, 100).Select(_ => b.Next(1000)));
    }

    [Fact]
    public void The_sequence_is_pinned()
    {
        // xoshiro256** seeded by SplitMix64: these values may never change, or old replays stop replaying.
        var random = new BotRandom(0);

        var values = Enumerable.Range(0, 4).Select(_ => random.NextUInt64()).ToList();

        values.Should().Equal(Pinned);
    }

    // Reference values computed by an independent implementation of xoshiro256** seeded with SplitMix64(0).
    private static readonly ulong[] Pinned = [0x99EC5F36CB75F2B4, 0xBF6E1F784956452A, 0x1A5F849D4933E6E0, 0x6AA594F1262D2D2C];

    [Fact]
    public void Different_seeds_give_different_sequences()
    {
        var a = new BotRandom(1);
        var b = new BotRandom(2);

        Enumerable.Range(0, 10).Select(_ => a.NextUInt64()).Should().NotEqual(Enumerable.Range(0, 10).Select(_ => b.NextUInt64()));
    }

    [Fact]
    public void Next_stays_in_range_and_covers_it()
    {
        var random = new BotRandom(7);
        var counts = new int[6];
        for (var i = 0; i < 6000; i++) counts[random.Next(6)]++;

        counts.Should().OnlyContain(c => c > 800 && c < 1200);
        new BotRandom(7).Invoking(r => r.Next(0)).Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void NextDouble_is_in_the_unit_interval()
    {
        var random = new BotRandom(9);
        var values = Enumerable.Range(0, 1000).Select(_ => random.NextDouble()).ToList();

        values.Should().OnlyContain(v => v >= 0 && v < 1);
        values.Average().Should().BeInRange(0.45, 0.55);
    }
}
