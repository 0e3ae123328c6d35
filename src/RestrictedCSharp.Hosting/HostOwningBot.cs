using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>A bot that owns the host it was started with, and disposes it with itself.</summary>
internal sealed class HostOwningBot(IBot bot, BotHost host) : IBot
{
    public CallResult Load => bot.Load;

    public bool IsLoaded => bot.IsLoaded;

    public string? EntryType => bot.EntryType;

    public IReadOnlyList<string> Methods => bot.Methods;

    public IReadOnlyList<string> AuditFindings => bot.AuditFindings;

    public SandboxReport? Sandbox => bot.Sandbox;

    public int? ProcessId => bot.ProcessId;

    public int ProcessesUsed => bot.ProcessesUsed;

    public Task<CallResult> CallAsync(string method, IReadOnlyList<JsonElement> arguments, CallBudgets? budgets, CancellationToken cancellationToken = default) =>
        bot.CallAsync(method, arguments, budgets, cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await bot.DisposeAsync().ConfigureAwait(false);
        await host.DisposeAsync().ConfigureAwait(false);
    }
}
