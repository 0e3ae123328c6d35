using LightCycles.Api;
using LightCycles.Definition;
using RestrictedCSharp.Games;
using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Matches.Replay;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>Light Cycles, the game these tests play the match loop with, registered as a host that links it in would.</summary>
internal static class LightCyclesMatch
{
    public static IGameDefinition Definition { get; } = new LightCyclesDefinition();

    public static string ApiAssemblyPath => typeof(ILightCyclesBot).Assembly.Location;

    public static string RulesPath => Path.Combine(Repository.Root, "samples", "LightCycles", "lightcycles.rules");

    public static RegisteredGame Game { get; } = new(Definition, ApiAssemblyPath, RulesPath);

    public static string Replay(MatchResult result) => ReplayHtml.Render(Definition, result);
}
