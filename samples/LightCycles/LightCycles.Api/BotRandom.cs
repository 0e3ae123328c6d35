namespace LightCycles.Api;

/// <summary>
/// A deterministic random source: xoshiro256** seeded through SplitMix64. The same seed gives the same
/// sequence on every machine and every .NET version (unlike <c>System.Random</c>, whose algorithm is not
/// part of its contract). Seed it with <see cref="GameView.Seed"/>.
/// </summary>
public sealed class BotRandom
{
    private ulong _s0, _s1, _s2, _s3;

    /// <summary>A source whose whole sequence is fixed by <paramref name="seed"/>.</summary>
    public BotRandom(ulong seed)
    {
        var mix = seed;
        _s0 = SplitMix64(ref mix);
        _s1 = SplitMix64(ref mix);
        _s2 = SplitMix64(ref mix);
        _s3 = SplitMix64(ref mix);
    }

    /// <summary>A uniformly distributed integer in [0, <paramref name="maxExclusive"/>).</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxExclusive"/> is not positive.</exception>
    public int Next(int maxExclusive)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxExclusive);
        // Lemire's multiply-and-reject: unbiased, and rejects rarely.
        var range = (ulong)maxExclusive;
        var threshold = (0UL - range) % range;
        while (true)
        {
            var product = (UInt128)NextUInt64() * range;
            if ((ulong)product >= threshold) return (int)(ulong)(product >> 64);
        }
    }

    /// <summary>A uniformly distributed double in [0, 1), with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>64 uniformly distributed bits.</summary>
    public ulong NextUInt64()
    {
        var result = RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>One step of SplitMix64: also how the game derives per-player seeds from a match seed.</summary>
    public static ulong SplitMix64(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    private static ulong RotateLeft(ulong value, int count) => (value << count) | (value >> (64 - count));
}
