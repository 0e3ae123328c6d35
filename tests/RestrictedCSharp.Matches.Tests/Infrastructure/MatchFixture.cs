using System.Collections.Concurrent;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches.Bots;
using RestrictedCSharp.Matches.Results;
using BotBudgets = RestrictedCSharp.Rules.BotBudgets;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Matches.Tests.Infrastructure;

/// <summary>
/// Tests that play matches share one host and compile each bot once: the machine has two cores, and a
/// Roslyn build of a bot costs more than a small match.
/// </summary>
[CollectionDefinition(Name)]
public sealed class MatchCollection : ICollectionFixture<MatchFixture>
{
    public const string Name = "matches";
}

public sealed class MatchFixture : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<BotBuilds>>> _builds = new();

    public BotHost Host { get; } = new(warmRunners: 2);

    public RuleSet Rules { get; } = RulesFiles.Load(LightCyclesMatch.RulesPath).Rules
        ?? throw new InvalidOperationException($"The game's rules file does not load: {LightCyclesMatch.RulesPath}");

    /// <summary>Small limits that trip in milliseconds; deadlines generous enough for a loaded two-core machine.</summary>
    public static MatchBudgets Budgets { get; } = new(
        new BotBudgets(Ticks: 2_000_000, CallDepth: 500, AllocatedBytes: 32L * 1024 * 1024, MemoryMb: 128, TimeoutMs: 15_000),
        BankCap: 0, MaxFailures: 3);

    public GameMatchOptions Options(ulong seed = 1, int size = 12, int maxTurns = 300, MatchBudgets? budgets = null) =>
        new(seed, new Dictionary<string, string> { ["width"] = $"{size}", ["height"] = $"{size}", ["max-turns"] = $"{maxTurns}" }, budgets ?? Budgets, Rules);

    /// <summary>The bot in a folder, compiled once.</summary>
    public async Task<MatchEntrant> BotAsync(string folder, string? name = null)
    {
        var builds = await BuildAsync(folder, () => new BotSubmission(name ?? Path.GetFileName(folder), ReadFolder(folder)));
        builds.Rejections.Should().BeEmpty($"{folder} should compile: {string.Join("; ", builds.Rejections.SelectMany(r => r.Diagnostics).Select(d => d.Message))}");
        return builds.Entrants.Single() with { Name = name ?? Path.GetFileName(folder) };
    }

    /// <summary>A bot from source text, compiled once per distinct text.</summary>
    public async Task<MatchEntrant> BotFromSourceAsync(string name, string source)
    {
        var builds = await BuildAsync("source:" + source, () => new BotSubmission(name, [new SourceFile($"{name}.cs", source)]));
        builds.Rejections.Should().BeEmpty($"{name} should compile: {string.Join("; ", builds.Rejections.SelectMany(r => r.Diagnostics).Select(d => d.Message))}");
        return builds.Entrants.Single() with { Name = name };
    }

    public async Task<BotBuilds> BuildAsync(string key, Func<BotSubmission> submission) =>
        await _builds.GetOrAdd(key, _ => new Lazy<Task<BotBuilds>>(() =>
            MatchBotBuilder.BuildAllAsync(new BotBuilder(Rules, [LightCyclesMatch.ApiAssemblyPath]), [submission()]))).Value;

    public Task<MatchResult> PlayAsync(IReadOnlyList<MatchEntrant> bots, GameMatchOptions options) =>
        GameMatch.PlayAsync(Host, LightCyclesMatch.Game, bots, options);

    private static IReadOnlyList<SourceFile> ReadFolder(string folder) =>
        SourceFileReader.ReadAll(Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories).Order(StringComparer.Ordinal));

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
