// Score aggregation generic over INumber<T> with static abstract members.
using System;
using System.Numerics;

namespace Scoring;

public static class Stats
{
    public static T Sum<T>(ReadOnlySpan<T> values) where T : INumber<T>
    {
        var total = T.Zero;
        foreach (var v in values)
        {
            total += v;
        }

        return total;
    }

    public static T Max<T>(ReadOnlySpan<T> values) where T : INumber<T>, IMinMaxValue<T>
    {
        var best = T.MinValue;
        foreach (var v in values)
        {
            best = T.Max(best, v);
        }

        return best;
    }

    public static T Clamp01<T>(T value) where T : IFloatingPoint<T> => T.Clamp(value, T.Zero, T.One);
}

public sealed class Bot
{
    public double Act(int[] scores, double[] weights)
    {
        var total = Stats.Sum<int>(scores);
        var best = Stats.Max<double>(weights);
        return Stats.Clamp01(total * best / 1000.0);
    }
}
