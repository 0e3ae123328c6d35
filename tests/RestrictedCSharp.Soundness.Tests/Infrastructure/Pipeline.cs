using RestrictedCSharp.Compiler;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Soundness.Tests.Infrastructure;

/// <summary>
/// The whole toolchain as a game server uses it, under the <c>bots</c> preset: check (validation), build
/// (rewrite, emit, audit), and runs in runner processes from a warm pool. Shared by the tests of a
/// collection: Roslyn warms up once, and the machine's two cores are not asked to start many runners at once.
/// </summary>
public sealed class Pipeline : IAsyncLifetime
{
    private readonly BotHost _host = new(warmRunners: 2);

    public RuleSet Rules { get; } = RuleSetLoader.Preset(Presets.Bots);

    /// <summary>
    /// Small budgets, so that a limit trips in milliseconds; a deadline hundreds of times longer than the tick
    /// budget takes honest code even on a loaded machine, so that a timeout means work the meter did not see.
    /// </summary>
    public BotHostOptions Options => new()
    {
        Ticks = 2_000_000,
        CallDepth = 1_000,
        AllocatedBytes = 64L * 1024 * 1024,
        MemoryMb = 256,
        TimeoutMs = 5_000,
        LoadTimeoutMs = 10_000,
        AuditRules = Rules,
    };

    public Task<ValidationResult> CheckAsync(string source) =>
        new SubmissionValidator(Rules).ValidateAsync([new SourceFile("Bot.cs", source)]);

    public Task<BuildResult> BuildAsync(string source) =>
        new BotBuilder(Rules).BuildAsync([new SourceFile("Bot.cs", source)]);

    /// <summary>Sends the bot to a runner process of its own, as a server does, and calls <c>Act(n)</c> once.</summary>
    public async Task<CallResult> RunOnceAsync(CompiledBot bot, int n)
    {
        await using var loaded = await _host.StartBotAsync(bot.Artifact, Options);
        if (!loaded.IsLoaded)
        {
            return loaded.Load;
        }

        return await loaded.CallAsync("Act", [System.Text.Json.JsonSerializer.SerializeToElement(n)]);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class PipelineCollection : ICollectionFixture<Pipeline>
{
    public const string Name = "pipeline";
}
