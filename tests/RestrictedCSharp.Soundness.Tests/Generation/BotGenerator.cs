namespace RestrictedCSharp.Soundness.Tests.Generation;

/// <summary>
/// The generated bots the invariants are checked on. Every fragment appears at every hostile size, as the
/// first part of a bot with one more part drawn at random; honest fragments also appear together at honest
/// sizes, where they must be accepted and end ok. The draws are seeded: the same bots on every run. A bot
/// whose hostile part is a known open gap is reported skipped, with the gap, rather than left out.
/// </summary>
internal static class BotGenerator
{
    /// <summary>Set RCX_SOUNDNESS_EXTRA to a count to add that many bots of three random parts (a longer search).</summary>
    private const string ExtraVariable = "RCX_SOUNDNESS_EXTRA";

    public static IEnumerable<GeneratedBot> All()
    {
        var random = new Random(20261207);
        var catalogue = Fragment.Catalogue;
        foreach (var fragment in catalogue)
        {
            foreach (var size in Fragment.HostileSizes)
            {
                var extra = catalogue[random.Next(catalogue.Count)];
                yield return GeneratedBot.Write(
                    $"{fragment.Kind}@{size}+{extra.Kind}",
                    [(fragment, size), (extra, Pick(random, Fragment.HonestSizes))],
                    mustBeAccepted: false,
                    fragment.OpenGap);
            }
        }

        var honest = catalogue.Where(f => f.Honest).ToList();
        foreach (var size in Fragment.HonestSizes)
        {
            yield return GeneratedBot.Write($"honest@{size}", honest.Select(f => (f, size)).ToList(), mustBeAccepted: true);
        }

        var extraCount = int.TryParse(Environment.GetEnvironmentVariable(ExtraVariable), out var count) ? count : 0;
        for (var i = 0; i < extraCount; i++)
        {
            var parts = Enumerable.Range(0, 3)
                .Select(_ => (catalogue[random.Next(catalogue.Count)], Pick(random, [.. Fragment.HonestSizes, .. Fragment.HostileSizes])))
                .ToList();
            var gap = parts.Select(p => p.Item1.OpenGap).FirstOrDefault(g => g is not null);
            yield return GeneratedBot.Write($"random-{i}:" + string.Join("+", parts.Select(p => $"{p.Item1.Kind}@{p.Item2}")), parts, mustBeAccepted: false, gap);
        }
    }

    private static long Pick(Random random, long[] sizes) => sizes[random.Next(sizes.Length)];
}
