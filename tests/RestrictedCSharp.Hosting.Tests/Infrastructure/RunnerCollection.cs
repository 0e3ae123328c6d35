using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Hosting.Tests.Infrastructure;

/// <summary>
/// Tests that start runner processes share one host with a warm pool and run one after another: the
/// machine has two cores, and the guards' budget counters are per process anyway.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RunnerCollection : ICollectionFixture<HostFixture>
{
    public const string Name = "runners";
}

public sealed class HostFixture : IAsyncLifetime
{
    public BotHost Host { get; } = new(warmRunners: 2);

    /// <summary>Budgets small enough that a limit trips in milliseconds, deadlines large enough for a loaded machine.</summary>
    public static BotBudgets Budgets { get; } = new(Ticks: 2_000_000, CallDepth: 500, AllocatedBytes: 32L * 1024 * 1024, MemoryMb: 128, TimeoutMs: 10_000);

    public static BotHostOptions Options { get; } = new()
    {
        Ticks = Budgets.Ticks,
        CallDepth = Budgets.CallDepth,
        AllocatedBytes = Budgets.AllocatedBytes,
        MemoryMb = Budgets.MemoryMb,
        TimeoutMs = Budgets.TimeoutMs,
        LoadTimeoutMs = 10_000,
        AuditRules = RuleSetLoader.Preset(Presets.Bots),
    };

    public Task<IBot> StartAsync(string assemblyPath, BotHostOptions? options = null) =>
        Host.StartBotAsync(assemblyPath, options ?? Options);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Host.DisposeAsync();
}
