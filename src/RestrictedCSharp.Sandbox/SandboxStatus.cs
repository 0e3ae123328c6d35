using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Sandbox;

/// <summary>One layer of the lockdown: whether it is in force, and what it does or why it is absent.</summary>
public sealed record SandboxLayerStatus(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("active")] bool Active,
    [property: JsonPropertyName("detail")] string Detail);

/// <summary>The state of the lockdown of this process.</summary>
public sealed record SandboxStatus
{
    public const string NoNewPrivs = "no_new_privs";
    public const string Landlock = "landlock";
    public const string Seccomp = "seccomp";
    public const string ResourceLimits = "rlimits";

    [JsonPropertyName("linux")]
    public required bool IsLinux { get; init; }

    /// <summary>The Landlock ABI of the kernel; 0 when the kernel has no Landlock.</summary>
    [JsonPropertyName("landlockAbi")]
    public required int LandlockAbi { get; init; }

    [JsonPropertyName("layers")]
    public required IReadOnlyList<SandboxLayerStatus> Layers { get; init; }

    /// <summary>Set when the process is not fully sandboxed; meant to be shown to the operator.</summary>
    [JsonPropertyName("warning")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Warning { get; init; }

    [JsonIgnore]
    public bool IsFullySandboxed => IsLinux && Layers.Count == 4 && Layers.All(l => l.Active);

    public SandboxLayerStatus? this[string layer] => Layers.FirstOrDefault(l => l.Name == layer);

    public string ToJson() => JsonSerializer.Serialize(this);

    public override string ToString() => string.Join(Environment.NewLine,
        Layers.Select(l => $"{l.Name,-13} {(l.Active ? "active" : "ABSENT"),-7} {l.Detail}")
              .Prepend(Warning is null ? "sandbox: all layers active" : $"WARNING: {Warning}"));

    internal static SandboxStatus NotLinux() => new()
    {
        IsLinux = false,
        LandlockAbi = 0,
        Layers = [],
        Warning = "not Linux: NO operating-system sandbox layer is applied; the process runs with every right of its user",
    };
}
