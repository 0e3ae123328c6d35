using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Protocol;

/// <summary>A message from a runner to the host.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ReadyReply), "ready")]
[JsonDerivedType(typeof(CallResultReply), "result")]
[JsonDerivedType(typeof(PongReply), "pong")]
[JsonDerivedType(typeof(SelfTestReply), "self-test")]
[JsonDerivedType(typeof(ErrorReply), "error")]
public abstract record Reply;

/// <summary>Sent once, unasked, when the runner has locked itself down and waits for a bot.</summary>
public sealed record ReadyReply(SandboxReport Sandbox) : Reply;

/// <param name="RunnerExits">The runner ends after this reply (its bot thread is parked or its heap exhausted): never send it another request.</param>
public sealed record CallResultReply(CallResult Result, bool RunnerExits = false) : Reply;

public sealed record PongReply : Reply;

public sealed record SelfTestReply(IReadOnlyList<EscapeAttemptReport> Attempts) : Reply;

/// <summary>
/// The request could not be served. After a <see cref="ErrorCodes.ProtocolError"/> the runner exits.
/// </summary>
public sealed record ErrorReply(string Code, string Message) : Reply;

public static class ErrorCodes
{
    /// <summary>The bytes received were not a valid frame or request.</summary>
    public const string ProtocolError = "protocol-error";

    /// <summary>The bot could not be loaded (missing file, bad image, no entry class, …).</summary>
    public const string LoadFailed = "load-failed";

    /// <summary>The request is not valid in the runner's state (a call before a load, a second load).</summary>
    public const string InvalidState = "invalid-state";

    /// <summary>The call names no suitable public method, or its arguments do not fit.</summary>
    public const string BadCall = "bad-call";

    /// <summary>The runner could not lock itself down and the policy requires it; the runner exits.</summary>
    public const string SandboxUnavailable = "sandbox-unavailable";
}

/// <summary>The value of a successful load.</summary>
/// <param name="EntryType">The full name of the bot's entry class.</param>
/// <param name="Methods">Its public instance methods' names.</param>
public sealed record LoadedBot(string EntryType, IReadOnlyList<string> Methods);

/// <summary>The runner's lockdown, layer by layer.</summary>
public sealed record SandboxReport(bool Linux, int LandlockAbi, IReadOnlyList<SandboxLayerReport> Layers, string? Warning)
{
    [JsonIgnore]
    public bool IsFullySandboxed => Linux && Layers.Count > 0 && Layers.All(l => l.Active);

    public bool IsActive(string layer) => Layers.Any(l => l.Name == layer && l.Active);
}

public sealed record SandboxLayerReport(string Name, bool Active, string Detail);

/// <summary>One escape attempted by <see cref="SelfTestRequest"/>.</summary>
/// <param name="Attempt">What was tried, e.g. <c>read-file</c>.</param>
/// <param name="Refused">True when the sandbox stopped it.</param>
/// <param name="Detail">The error that stopped it, or what happened.</param>
public sealed record EscapeAttemptReport(string Attempt, bool Refused, string Detail);
