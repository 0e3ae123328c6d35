using System.Text.Json;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Artifacts;

/// <summary>
/// What a compiled bot was built from and for: it travels with the assembly (<see cref="BotArtifact"/>), so an
/// operator can tell which bytes, source, rules and budgets a running bot belongs to, and the host runs it under
/// those budgets unless told otherwise. Deterministic (no clock).
/// </summary>
/// <remarks>
/// The manifest is the builder's (the operator's), never the bot author's: a service stores it with the
/// assembly it built. <see cref="ContentHash"/> ties it to those bytes; the budgets only bound the bot; the
/// host's audit stays the trust boundary.
/// </remarks>
/// <param name="ContentHash">SHA-256 of the assembly's bytes, lower-case hex (<see cref="BotArtifact.HashOf"/>).</param>
public sealed record BotManifest(
    string AssemblyName,
    string ContentHash,
    string SourceHash,
    string RulesHash,
    BotBudgets Budgets,
    string ToolVersion)
{
    /// <summary>The manifest file that belongs next to <paramref name="assemblyPath"/>.</summary>
    public static string PathFor(string assemblyPath) => Path.ChangeExtension(assemblyPath, ".manifest.json");

    public string ToJson() => JsonSerializer.Serialize(this, ArtifactsJsonContext.Default.BotManifest);

    /// <exception cref="InvalidDataException">The text is not a manifest, or its budgets are out of range.</exception>
    public static BotManifest FromJson(string json)
    {
        BotManifest? manifest;
        try
        {
            manifest = JsonSerializer.Deserialize(json, ArtifactsJsonContext.Default.BotManifest);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a bot manifest: {e.Message}", e);
        }

        if (manifest is null || manifest.AssemblyName is null || manifest.ContentHash is null || manifest.SourceHash is null
            || manifest.RulesHash is null || manifest.Budgets is null || manifest.ToolVersion is null)
        {
            throw new InvalidDataException("not a bot manifest: a field is missing");
        }

        if (manifest.Budgets.Problem() is { } problem)
        {
            throw new InvalidDataException($"a budget is out of range: {problem}");
        }

        return manifest;
    }

    /// <summary>The manifest beside <paramref name="assemblyPath"/>, or null when there is none.</summary>
    /// <exception cref="InvalidDataException">The file is there but is not a valid manifest (the message names it).</exception>
    public static BotManifest? ReadBeside(string assemblyPath)
    {
        var path = PathFor(assemblyPath);
        if (!File.Exists(path)) return null;
        try
        {
            return FromJson(File.ReadAllText(path));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{path}: {e.Message}", e);
        }
    }
}
