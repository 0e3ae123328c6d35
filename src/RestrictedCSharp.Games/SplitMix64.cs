namespace RestrictedCSharp.Games;

/// <summary>
/// SplitMix64, the seed sequence games and tournaments derive their seeds with (per player, per game): the same
/// on every machine, so a seed reproduces a match anywhere.
/// </summary>
public static class SplitMix64
{
    /// <summary>Advances <paramref name="state"/> one step and returns the next value.</summary>
    public static ulong Next(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
