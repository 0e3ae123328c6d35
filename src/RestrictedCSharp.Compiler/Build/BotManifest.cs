using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// What a compiled bot was built from and for: written beside the assembly, so an operator can tell
/// which source, which rules and which budgets a running bot belongs to. Deterministic (no clock).
/// </summary>
public sealed record BotManifest(
    string AssemblyName,
    string SourceHash,
    string RulesHash,
    BotBudgets Budgets,
    string ToolVersion)
{
    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = true,
    };

    /// <summary>The manifest file that belongs next to <paramref name="assemblyPath"/>.</summary>
    public static string PathFor(string assemblyPath) => Path.ChangeExtension(assemblyPath, ".manifest.json");

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static BotManifest? FromJson(string json) => JsonSerializer.Deserialize<BotManifest>(json, Json);
}

/// <summary>The per-call and per-process budgets the rules set for this bot.</summary>
public sealed record BotBudgets(
    long Ticks,
    long CallDepth,
    long AllocatedBytes,
    long MemoryMb,
    long TimeoutMs);
