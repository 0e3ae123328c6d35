using System.Collections.Concurrent;
using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Audit;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// The front door of the host: audits a compiled bot (unless the operator skipped the audit), then sends its
/// bytes to a runner from a warm pool. The audit is the trust boundary: a built bot's manifest only says which
/// bytes and budgets it came with. One pool per distinct <see cref="RunnerSettings"/> (the heap ceiling and
/// the sandbox requirement are fixed when a process starts). Many bots can run at once; each has its own
/// process.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly ConcurrentDictionary<RunnerSettings, Lazy<RunnerPool>> _pools = new();
    private readonly int _warmRunners;

    /// <param name="warmRunners">Ready runners kept per pool, so a bot's load does not wait for a process start.</param>
    public BotHost(int warmRunners = 2)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmRunners);
        _warmRunners = warmRunners;
    }

    /// <summary>The warm pool for runners of these settings (created on first use).</summary>
    public RunnerPool PoolFor(RunnerSettings settings) =>
        _pools.GetOrAdd(settings, s => new Lazy<RunnerPool>(() => new RunnerPool(s, _warmRunners))).Value;

    /// <summary>
    /// Audits and loads a built bot, received as bytes with its manifest. Never throws for the bot's content: a
    /// refused or unloadable bot comes back with <see cref="IBot.Load"/> = <c>rejected</c>, a misbehaving
    /// constructor with its outcome.
    /// </summary>
    /// <remarks>The bot runs under the budgets in its manifest where <paramref name="options"/> leave them null.</remarks>
    /// <exception cref="ArgumentException">The options are invalid, or a budget is out of range.</exception>
    /// <exception cref="FileNotFoundException">A reference does not exist.</exception>
    public Task<IBot> StartBotAsync(BotArtifact artifact, BotHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifact);
        options ??= new BotHostOptions();
        options.Validate();
        return StartAsync(BotPayload.FromArtifact(artifact, options.References), options, cancellationToken);
    }

    /// <summary>
    /// Audits and loads an assembly from a file: for the operator's own assemblies (a bot built without a
    /// manifest, a test, a deliberately hostile assembly). Read once; the runner gets the bytes that were audited.
    /// </summary>
    /// <remarks>
    /// The bot runs under the budgets in its build manifest (<c>NAME.manifest.json</c> beside the assembly) where
    /// <paramref name="options"/> leave them null; without a manifest, under the audit rules'.
    /// </remarks>
    /// <exception cref="ArgumentException">The options are invalid (no audit rules unless the audit is skipped), or a budget is out of range.</exception>
    /// <exception cref="FileNotFoundException">The assembly or a reference does not exist.</exception>
    /// <exception cref="InvalidDataException">The manifest beside the assembly is not valid, or names other bytes.</exception>
    public Task<IBot> StartBotAsync(string assemblyPath, BotHostOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new BotHostOptions();
        options.Validate();
        return StartAsync(BotPayload.FromFile(assemblyPath, options.References), options, cancellationToken);
    }

    private async Task<IBot> StartAsync(BotPayload payload, BotHostOptions options, CancellationToken cancellationToken)
    {
        var budgets = options.BudgetsFor(payload.Manifest?.Budgets);
        if (payload.ImageBytes > LoadRequest.MaxImageBytes)
            return new RejectedBot(
                $"The bot and the game's assemblies are {payload.ImageBytes} bytes; a runner takes at most {LoadRequest.MaxImageBytes} in one load.", []);
        if (!options.SkipAudit)
        {
            IReadOnlyList<string> findings;
            try
            {
                findings = payload.Audit(StoredBotAuditPolicy.Create(options.AuditRules!, payload.References));
            }
            catch (Exception e) when (e is BadImageFormatException or InvalidOperationException)
            {
                return new RejectedBot($"The assembly could not be audited: {e.Message}", []);
            }
            if (findings.Count > 0)
                return new RejectedBot($"The IL audit refused the assembly ({findings.Count} finding(s)).", findings);
        }
        return await BotProcess.StartAsync(PoolFor(options.RunnerSettingsFor(budgets)), payload, options, budgets, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Starts one built bot with a host of its own, which ends when the bot is disposed; runners are started on
    /// demand (no warm pool). For tools that run one bot; a game server keeps one <see cref="BotHost"/>.
    /// </summary>
    public static Task<IBot> StartAsync(BotArtifact artifact, BotHostOptions? options = null, CancellationToken cancellationToken = default) =>
        StartOwnedAsync(host => host.StartBotAsync(artifact, options, cancellationToken));

    /// <summary>As <see cref="StartAsync(BotArtifact, BotHostOptions?, CancellationToken)"/>, for an assembly file (<see cref="StartBotAsync(string, BotHostOptions?, CancellationToken)"/>).</summary>
    public static Task<IBot> StartAsync(string assemblyPath, BotHostOptions? options = null, CancellationToken cancellationToken = default) =>
        StartOwnedAsync(host => host.StartBotAsync(assemblyPath, options, cancellationToken));

    private static async Task<IBot> StartOwnedAsync(Func<BotHost, Task<IBot>> start)
    {
        var host = new BotHost(warmRunners: 0);
        try
        {
            return new HostOwningBot(await start(host).ConfigureAwait(false), host);
        }
        catch
        {
            await host.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Disposes the pools and their waiting runners. Bots already started are disposed by their owners.</summary>
    public async ValueTask DisposeAsync()
    {
        foreach (var pool in _pools.Values.Where(p => p.IsValueCreated))
            await pool.Value.DisposeAsync().ConfigureAwait(false);
        _pools.Clear();
    }
}
