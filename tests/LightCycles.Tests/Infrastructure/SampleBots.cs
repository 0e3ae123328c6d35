using LightCycles.Api;
using LightCycles.Bots.FloodFill;
using LightCycles.Bots.Random;
using LightCycles.Bots.Voronoi;
using LightCycles.Bots.WallFollower;

namespace LightCycles.Tests.Infrastructure;

/// <summary>The sample bots, weakest first: each folder name with a way to make a fresh instance.</summary>
internal static class SampleBots
{
    public static readonly IReadOnlyList<(string Folder, Func<LightCyclesBot> Create)> ByStrength =
    [
        ("random", () => new RandomBot()),
        ("wallfollower", () => new WallFollowerBot()),
        ("floodfill", () => new FloodFillBot()),
        ("voronoi", () => new VoronoiBot()),
    ];

    public static TheoryData<string> Folders => [.. ByStrength.Select(b => b.Folder)];
}
