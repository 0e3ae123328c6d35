namespace RestrictedCSharp.Benchmarks.Guards;

/// <summary>The summaries the interleaved measurements report.</summary>
internal static class Statistics
{
    /// <summary>The middle value, or the mean of the two middle ones: steadier than a mean on a shared machine.</summary>
    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        int middle = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
