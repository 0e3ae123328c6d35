using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// What came back for one request: the reply, or why there is none (the runner was killed at its
/// deadline or memory ceiling, it died, or it sent garbage). After a failure the runner is dead.
/// </summary>
internal readonly record struct Exchange(Reply? Reply, CallOutcome Failure, string? Message, double WallMs)
{
    public static Exchange Replied(Reply reply, double wallMs) => new(reply, CallOutcome.Ok, null, wallMs);

    public static Exchange Failed(CallOutcome failure, string message, double wallMs) => new(null, failure, message, wallMs);

    public CallResult ToFailedResult() => CallResult.Failed(Failure, Message ?? Failure.ToWireName(), WallMs);
}
