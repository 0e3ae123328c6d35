using System.Text.Json;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// A bot served by one runner process at a time. It loads the bot into a runner from its pool, calls it
/// with a wall-clock deadline and a resident-set ceiling, and when a call ends the process (timeout, crash,
/// memory limit, protocol error) loads the bot into a fresh runner before the next call — the bot's state
/// starts over then, as after any restart. Nothing a bot does makes it throw.
/// </summary>
public sealed class BotProcess : IBot
{
    private readonly RunnerPool _pool;
    private readonly LoadRequest _load;
    private readonly BotHostOptions _options;
    private readonly BotBudgets _budgets;
    private readonly SemaphoreSlim _callGate = new(1, 1);
    private RunnerProcess? _runner;
    private int _processesUsed;
    private bool _disposed;

    private BotProcess(RunnerPool pool, BotPayload payload, BotHostOptions options, BotBudgets budgets)
    {
        _pool = pool;
        _options = options;
        _budgets = budgets;
        // Made once: every fresh runner gets the same audited bytes.
        _load = payload.LoadRequest(options.EntryTypeName, options.BotInterfaceName, ForCall(budgets));
    }

    private TimeSpan CallTimeout => TimeSpan.FromMilliseconds(_budgets.TimeoutMs);

    /// <summary>What the runner's resident set may reach: the heap ceiling plus the runtime's own headroom.</summary>
    private long ResidentLimitBytes => ((long)_budgets.MemoryMb + _options.ResidentHeadroomMb) * 1024 * 1024;

    private static CallBudgets ForCall(BotBudgets budgets) => new(budgets.Ticks, budgets.CallDepth, budgets.AllocatedBytes);

    public CallResult Load { get; private set; } = null!;

    public bool IsLoaded => Load.IsOk;

    public string? EntryType { get; private set; }

    public IReadOnlyList<string> Methods { get; private set; } = [];

    public IReadOnlyList<string> AuditFindings => [];

    public SandboxReport? Sandbox { get; private set; }

    public int? ProcessId => _runner?.ProcessId;

    public int ProcessesUsed => Volatile.Read(ref _processesUsed);

    /// <summary>Loads an already audited (or deliberately unaudited) bot into a runner from the pool.</summary>
    internal static async Task<BotProcess> StartAsync(RunnerPool pool, BotPayload payload, BotHostOptions options, BotBudgets budgets, CancellationToken cancellationToken)
    {
        var bot = new BotProcess(pool, payload, options, budgets);
        bot.Load = await bot.LoadIntoFreshRunnerAsync(cancellationToken).ConfigureAwait(false);
        if (bot.Load.IsOk && bot.Load.Value is { } value && Messages.LoadedBotFrom(value) is { } loaded)
        {
            bot.EntryType = loaded.EntryType;
            bot.Methods = loaded.Methods;
        }
        return bot;
    }

    public Task<CallResult> CallAsync(string method, IReadOnlyList<JsonElement> arguments, CancellationToken cancellationToken = default) =>
        CallAsync(method, arguments, budgets: null, cancellationToken);

    public async Task<CallResult> CallAsync(string method, IReadOnlyList<JsonElement> arguments, CallBudgets? budgets, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(method);
        ArgumentNullException.ThrowIfNull(arguments);
        // A call's own budgets are checked against the same limits as the bot's.
        if (budgets is not null)
            _ = (_budgets with { Ticks = budgets.Ticks, CallDepth = budgets.CallDepth, AllocatedBytes = budgets.AllocatedBytes }).Validate();
        await _callGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            if (!IsLoaded)
                return CallResult.Failed(CallOutcome.Rejected, $"The bot is not loaded: {Load.Message}");
            if (_runner is not { IsUsable: true })
            {
                // The last runner died with its call; the bot starts over in a fresh one.
                var reload = await LoadIntoFreshRunnerAsync(cancellationToken).ConfigureAwait(false);
                if (!reload.IsOk) return reload with { Message = $"Reloading the bot into a fresh runner failed: {reload.Message}" };
            }

            var request = new CallRequest(method, arguments as JsonElement[] ?? [.. arguments], budgets);
            var exchange = await _runner!.ExchangeAsync(request, CallTimeout, ResidentLimitBytes, cancellationToken)
                .ConfigureAwait(false);
            var result = ToResult(exchange);
            if (RunnerLifetime.EndsTheRunner(result.Outcome) || exchange.Reply is CallResultReply { RunnerExits: true })
                await RetireRunnerAsync().ConfigureAwait(false);
            return result;
        }
        finally
        {
            _callGate.Release();
        }
    }

    /// <summary>The runner's reply as a result, its text bounded again here: the runner is the bot's process.</summary>
    private static CallResult ToResult(Exchange exchange) => BotText.Bound(exchange.Reply switch
    {
        null => exchange.ToFailedResult(),
        CallResultReply { Result: var result } => result,
        ErrorReply error => CallResult.Failed(CallOutcome.Rejected, $"{error.Code}: {error.Message}", exchange.WallMs),
        var other => CallResult.Failed(CallOutcome.ProtocolError, $"The runner answered a call with {other.GetType().Name}.", exchange.WallMs),
    });

    private async Task<CallResult> LoadIntoFreshRunnerAsync(CancellationToken cancellationToken)
    {
        await RetireRunnerAsync().ConfigureAwait(false);
        RunnerProcess runner;
        try
        {
            runner = await _pool.AcquireAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (RunnerStartException e)
        {
            return CallResult.Failed(CallOutcome.Crashed, $"No runner could be started: {e.Message}");
        }
        Interlocked.Increment(ref _processesUsed);
        _runner = runner;
        Sandbox = runner.Sandbox;

        var exchange = await runner.ExchangeAsync(_load, _options.LoadTimeout, ResidentLimitBytes, cancellationToken)
            .ConfigureAwait(false);
        var result = exchange.Reply is ErrorReply { Code: ErrorCodes.LoadFailed } failed
            ? CallResult.Failed(CallOutcome.Rejected, BotText.Truncate(failed.Message ?? "", BotText.MaxMessageChars), exchange.WallMs)
            : ToResult(exchange);
        if (!result.IsOk) await RetireRunnerAsync().ConfigureAwait(false);
        return result;
    }

    private async Task RetireRunnerAsync()
    {
        if (Interlocked.Exchange(ref _runner, null) is { } runner)
            await runner.DisposeAsync().ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        // Wait (bounded by the call deadline and the kill that ends it) for a call in progress.
        var entered = await _callGate.WaitAsync(CallTimeout + _options.LoadTimeout + TimeSpan.FromSeconds(5)).ConfigureAwait(false);
        try
        {
            if (_disposed) return;
            _disposed = true;
            if (!entered) _runner?.Kill();
            await RetireRunnerAsync().ConfigureAwait(false);
        }
        finally
        {
            if (entered) _callGate.Release();
        }
    }
}
