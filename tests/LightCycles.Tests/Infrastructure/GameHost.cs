using System.Text.Json;
using LightCycles.Api;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;

namespace LightCycles.Tests.Infrastructure;

/// <summary>
/// Tests that start runner processes share one host and run one after another (the machine has two
/// cores). Bots are loaded as a match loads them: the game's API as a reference, found by its interface,
/// audited by the game's rules, with a per-turn tick budget.
/// </summary>
[CollectionDefinition(Name)]
public sealed class GameHostCollection : ICollectionFixture<GameHost>
{
    public const string Name = "game host";
}

public sealed class GameHost : IAsyncLifetime
{
    /// <summary>The per-turn budget the sample bots are measured against.</summary>
    public const long TicksPerTurn = 2_000_000;

    public BotHost Host { get; } = new(warmRunners: 1);

    public static BotHostOptions Options { get; } = new()
    {
        Ticks = TicksPerTurn,
        CallDepth = 500,
        AllocatedBytes = 32L * 1024 * 1024,
        MemoryMb = 128,
        // Generous: the machine may be loaded, and ticks, not time, are what these tests measure.
        TimeoutMs = 10_000,
        LoadTimeoutMs = 15_000,
        BotInterfaceName = typeof(ILightCyclesBot).FullName,
        References = [SampleFiles.ApiAssembly],
        AuditRules = SampleFiles.Rules,
    };

    public Task<IBot> StartAsync(string dll) => Host.StartBotAsync(dll, Options);

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await Host.DisposeAsync();
}

/// <summary>Calling <see cref="LightCyclesBot.Play"/> on a hosted bot with the wire format the runner uses.</summary>
internal static class HostedPlay
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static async Task<(CallResult Call, TurnReply? Reply)> PlayAsync(this IBot bot, GameView view)
    {
        var call = await bot.CallAsync("Play", [JsonSerializer.SerializeToElement(view, Json)]);
        var reply = call.IsOk && call.Value is { } value ? value.Deserialize<TurnReply>(Json) : null;
        return (call, reply);
    }
}
