using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// A loaded bot. Calls never throw for anything the bot does: every misbehaviour is an outcome, and a
/// runner that had to be killed is replaced before the next call. Calls on one bot run one at a time.
/// </summary>
public interface IBot : IAsyncDisposable
{
    /// <summary>How loading went: <c>ok</c> (the value names the entry class), <c>rejected</c> (the audit
    /// refused the assembly, or it could not be loaded), or what the constructor did.</summary>
    CallResult Load { get; }

    /// <summary>True when the bot was loaded and can be called.</summary>
    bool IsLoaded { get; }

    /// <summary>The entry class's full name, when loaded.</summary>
    string? EntryType { get; }

    /// <summary>The public methods of the entry class, when loaded.</summary>
    IReadOnlyList<string> Methods { get; }

    /// <summary>The IL audit's findings (empty when it passed or was skipped).</summary>
    IReadOnlyList<string> AuditFindings { get; }

    /// <summary>The sandbox of the runner that loaded the bot (null when it never reached one).</summary>
    SandboxReport? Sandbox { get; }

    /// <summary>The process id of the runner serving the bot now (null when none is).</summary>
    int? ProcessId { get; }

    /// <summary>How many runner processes have served this bot (more than one after a replacement).</summary>
    int ProcessesUsed { get; }

    /// <summary>Calls a public instance method of the entry class with one JSON value per parameter, under the
    /// budgets the bot was loaded with.</summary>
    /// <remarks>
    /// A reply that comes back within about a millisecond is read on the calling thread, and the task returned
    /// is already complete: a small call costs one thread wake-up in the host. A slower call hands the wait
    /// to a thread of its own and releases the caller, so calls to many bots still run at once.
    /// </remarks>
    /// <exception cref="OperationCanceledException">The caller cancelled; the runner was killed.</exception>
    Task<CallResult> CallAsync(string method, IReadOnlyList<JsonElement> arguments, CancellationToken cancellationToken = default) =>
        CallAsync(method, arguments, budgets: null, cancellationToken);

    /// <summary>Calls a public instance method of the entry class under this call's own budgets (null for the
    /// load's), so a game can give each turn a different tick budget (a tick bank).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A budget is not positive.</exception>
    /// <exception cref="OperationCanceledException">The caller cancelled; the runner was killed.</exception>
    Task<CallResult> CallAsync(string method, IReadOnlyList<JsonElement> arguments, CallBudgets? budgets, CancellationToken cancellationToken = default);
}
