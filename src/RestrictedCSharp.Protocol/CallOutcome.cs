using System.Text.Json.Serialization;

namespace RestrictedCSharp.Protocol;

/// <summary>How a call into a bot ended. On the wire and in reports each has the kebab-case name shown.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CallOutcome>))]
public enum CallOutcome
{
    /// <summary><c>ok</c>: the method returned; the value is its result.</summary>
    [JsonStringEnumMemberName("ok")] Ok,

    /// <summary><c>exception</c>: the bot threw; message and the bot's own frames are reported.</summary>
    [JsonStringEnumMemberName("exception")] Exception,

    /// <summary><c>tick-limit</c>: the call spent its deterministic tick budget.</summary>
    [JsonStringEnumMemberName("tick-limit")] TickLimit,

    /// <summary><c>stack-limit</c>: the call nested deeper than its call-depth budget.</summary>
    [JsonStringEnumMemberName("stack-limit")] StackLimit,

    /// <summary><c>alloc-limit</c>: the call allocated more bytes than its budget.</summary>
    [JsonStringEnumMemberName("alloc-limit")] AllocLimit,

    /// <summary><c>memory-limit</c>: the process reached its heap or RSS ceiling; it was replaced.</summary>
    [JsonStringEnumMemberName("memory-limit")] MemoryLimit,

    /// <summary><c>timeout</c>: the call passed its wall-clock deadline; the process was killed and replaced.</summary>
    [JsonStringEnumMemberName("timeout")] Timeout,

    /// <summary><c>crashed</c>: the process died (fail-fast, exit, stack overflow, signal); it was replaced.</summary>
    [JsonStringEnumMemberName("crashed")] Crashed,

    /// <summary><c>protocol-error</c>: the runner sent something that is not a valid reply; it was replaced.</summary>
    [JsonStringEnumMemberName("protocol-error")] ProtocolError,

    /// <summary><c>rejected</c>: the bot never ran (the audit refused it, or it could not be loaded).</summary>
    [JsonStringEnumMemberName("rejected")] Rejected,
}

public static class CallOutcomeNames
{
    /// <summary>The outcome's kebab-case name, as on the wire.</summary>
    public static string ToWireName(this CallOutcome outcome) => outcome switch
    {
        CallOutcome.Ok => "ok",
        CallOutcome.Exception => "exception",
        CallOutcome.TickLimit => "tick-limit",
        CallOutcome.StackLimit => "stack-limit",
        CallOutcome.AllocLimit => "alloc-limit",
        CallOutcome.MemoryLimit => "memory-limit",
        CallOutcome.Timeout => "timeout",
        CallOutcome.Crashed => "crashed",
        CallOutcome.ProtocolError => "protocol-error",
        CallOutcome.Rejected => "rejected",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
