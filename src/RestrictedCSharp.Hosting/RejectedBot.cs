using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>A bot that never reached a runner: the audit refused it, or its files could not be read.</summary>
internal sealed class RejectedBot(string message, IReadOnlyList<string> auditFindings) : IBot
{
    public CallResult Load { get; } = CallResult.Failed(CallOutcome.Rejected, message);

    public bool IsLoaded => false;

    public string? EntryType => null;

    public IReadOnlyList<string> Methods => [];

    public IReadOnlyList<string> AuditFindings { get; } = auditFindings;

    public SandboxReport? Sandbox => null;

    public int? ProcessId => null;

    public int ProcessesUsed => 0;

    public Task<CallResult> CallAsync(string method, IReadOnlyList<JsonElement> arguments, CallBudgets? budgets, CancellationToken cancellationToken = default) =>
        Task.FromResult(CallResult.Failed(CallOutcome.Rejected, $"The bot was rejected: {message}"));

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
