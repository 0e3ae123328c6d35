namespace RestrictedCSharp.Protocol;

/// <summary>Which calls end a runner process: the host never sends such a runner another request.</summary>
public static class RunnerLifetime
{
    /// <summary>
    /// The host killed the runner (timeout, or its resident set passed the ceiling), it died (crashed), its
    /// channel cannot be trusted (protocol-error), or its heap may be poisoned (memory-limit: the runner exits
    /// by itself with <see cref="RunnerExitCodes.MemoryLimit"/>). A reply can also say so for one call
    /// (<see cref="CallResultReply.RunnerExits"/>: the bot thread parked itself).
    /// </summary>
    public static bool EndsTheRunner(CallOutcome outcome) =>
        outcome is CallOutcome.Timeout or CallOutcome.Crashed or CallOutcome.MemoryLimit or CallOutcome.ProtocolError;

    /// <summary>Whether the runner that sent <paramref name="reply"/> to a call must not be used again.</summary>
    public static bool EndsTheRunner(CallResultReply reply) => reply.RunnerExits || EndsTheRunner(reply.Result.Outcome);
}
