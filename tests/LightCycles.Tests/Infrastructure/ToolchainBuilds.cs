using System.Collections.Concurrent;
using RestrictedCSharp.Compiler;

namespace LightCycles.Tests.Infrastructure;

/// <summary>
/// Builds bot folders the way a game server does (<see cref="BotBuilder"/> with the game's rules and API,
/// as <c>rcsc build</c>): validation, guards, emit, IL audit. Each folder is built once per test run.
/// </summary>
internal static class ToolchainBuilds
{
    private static readonly Lazy<BotBuilder> Builder = new(() => new BotBuilder(SampleFiles.Rules, [SampleFiles.ApiAssembly]));
    private static readonly Lazy<string> OutputDirectory = new(() => Directory.CreateTempSubdirectory("lightcycles-bots-").FullName);
    private static readonly ConcurrentDictionary<string, Lazy<Task<(BuildResult Result, string? Path)>>> Builds = new();

    public static SubmissionValidator Validator { get; } = new(SampleFiles.Rules, [SampleFiles.ApiAssembly]);

    /// <summary>The build of a folder under the game's directory (e.g. <c>bots/floodfill</c>) and, when it succeeded, the dll.</summary>
    public static Task<(BuildResult Result, string? Path)> BuildAsync(string relativeFolder) =>
        Builds.GetOrAdd(relativeFolder, folder => new(() => Build(folder))).Value;

    /// <summary>The dll of a folder that must build.</summary>
    public static async Task<string> DllAsync(string relativeFolder)
    {
        var (result, path) = await BuildAsync(relativeFolder);
        return path ?? throw new InvalidOperationException(
            $"{relativeFolder} did not build: " + string.Join("; ", result.Diagnostics.Select(d => $"{d.Id} {d.Message}")));
    }

    private static async Task<(BuildResult, string?)> Build(string relativeFolder)
    {
        var result = await Builder.Value.BuildAsync(SampleFiles.Sources(Path.Combine(SampleFiles.Directory, relativeFolder)));
        if (result.Bot is null) return (result, null);
        var path = Path.Combine(OutputDirectory.Value, relativeFolder.Replace('/', '-') + ".dll");
        await result.Bot.WriteAsync(path);
        return (result, path);
    }
}
