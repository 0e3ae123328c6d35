using System.Runtime.InteropServices;
using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Audit;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// A bot as the host holds it: the assembly's bytes (and its PDB, when separate), the game's assemblies, and the
/// manifest when there is one. The bytes the host audits are the bytes it sends each runner in the load request:
/// nothing is read again between the audit and the load, and the runner reads no file of the bot's.
/// </summary>
internal sealed class BotPayload
{
    private BotPayload(AssemblyImage assembly, IReadOnlyList<AssemblyImage> references, BotManifest? manifest)
    {
        Assembly = assembly;
        References = references;
        Manifest = manifest;
    }

    public AssemblyImage Assembly { get; }

    /// <summary>The game's assemblies (the operator's, not audited).</summary>
    public IReadOnlyList<AssemblyImage> References { get; }

    /// <summary>What the bot was built from and under, or null for an assembly without one.</summary>
    public BotManifest? Manifest { get; }

    /// <summary>The bytes of every image the load request will carry.</summary>
    public long ImageBytes => Assembly.Length + References.Sum(r => r.Length);

    /// <summary>A built bot, received as bytes with its manifest (checked against each other when the artifact was made).</summary>
    public static BotPayload FromArtifact(BotArtifact artifact, IEnumerable<string> referencePaths) =>
        Checked(new AssemblyImage(artifact.Manifest.AssemblyName + ".dll", BytesOf(artifact)), referencePaths, artifact.Manifest);

    /// <summary>
    /// An assembly on disk, read once: the operator's start for an assembly of their own. A manifest beside it
    /// (<c>rcsc build</c> writes one) must name these bytes.
    /// </summary>
    /// <exception cref="InvalidDataException">A manifest is beside the assembly but is not valid, or names other bytes.</exception>
    public static BotPayload FromFile(string assemblyPath, IEnumerable<string> referencePaths)
    {
        var built = BotManifest.ReadBeside(assemblyPath) is null ? null : BotArtifact.Read(assemblyPath);
        var bytes = built is null ? File.ReadAllBytes(assemblyPath) : BytesOf(built);
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        var pdb = File.Exists(pdbPath) ? File.ReadAllBytes(pdbPath) : null;
        return Checked(new AssemblyImage(Path.GetFileName(assemblyPath), bytes, pdb), referencePaths, built?.Manifest);
    }

    // The artifact's bytes are immutable and nothing here writes to them: every seat of every game shares one array.
    private static byte[] BytesOf(BotArtifact artifact) => ImmutableCollectionsMarshal.AsArray(artifact.Assembly)!;

    private static BotPayload Checked(AssemblyImage assembly, IEnumerable<string> referencePaths, BotManifest? manifest)
    {
        var references = referencePaths.Select(p => new AssemblyImage(Path.GetFileName(p), File.ReadAllBytes(p))).ToList();
        var names = references.Select(r => r.Name).Append(assembly.Name).ToList();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
            throw new ArgumentException("The bot and its references must have distinct file names.");
        return new BotPayload(assembly, references, manifest);
    }

    /// <summary>The audit's findings for the bot's assembly; empty when it passes. The game's assemblies
    /// come from the operator, not the author, and are not audited.</summary>
    public IReadOnlyList<string> Audit(AuditPolicy policy) =>
        [.. AssemblyAuditor.Audit(Assembly.Bytes, policy).Findings.Select(f => $"{Assembly.Name}: {f}")];

    /// <summary>The load request that carries this bot to a runner.</summary>
    public LoadRequest LoadRequest(string? entryTypeName, string? botInterfaceName, CallBudgets budgets) =>
        new(Assembly, entryTypeName, botInterfaceName, References, budgets);
}
