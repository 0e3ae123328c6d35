using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Protocol;

/// <summary>How one call into a bot ended, and what it spent.</summary>
public sealed record CallResult
{
    public required CallOutcome Outcome { get; init; }

    /// <summary>The method's result as JSON (<c>ok</c> only; null for void).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public JsonElement? Value { get; init; }

    /// <summary>Deterministic ticks the call spent.</summary>
    public long Ticks { get; init; }

    /// <summary>Managed bytes the bot's thread allocated during the call.</summary>
    public long AllocatedBytes { get; init; }

    /// <summary>Wall time of the call in milliseconds (inside the runner; the host's deadline when it timed out).</summary>
    public double WallMs { get; init; }

    /// <summary>What went wrong, for every outcome but <c>ok</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Message { get; init; }

    /// <summary>The bot's own frames of the exception, innermost first (<c>exception</c> only).</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public IReadOnlyList<BotStackFrame>? StackFrames { get; init; }

    [JsonIgnore]
    public bool IsOk => Outcome == CallOutcome.Ok;

    public static CallResult Failed(CallOutcome outcome, string message, double wallMs = 0) =>
        new() { Outcome = outcome, Message = message, WallMs = wallMs };
}

/// <summary>A frame of the bot's own code: method, and the author's file and line from the portable PDB.</summary>
public sealed record BotStackFrame(string Method, string? File, int? Line)
{
    public override string ToString() => File is null ? $"at {Method}" : $"at {Method} in {File}:line {Line}";
}
