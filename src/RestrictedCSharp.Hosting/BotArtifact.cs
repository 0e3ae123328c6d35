using RestrictedCSharp.Artifacts;
using RestrictedCSharp.Audit;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// A bot's files as read once by the host: the assembly, its PDB if it has a separate one, and the game's
/// assemblies. The bytes that were audited are the bytes placed in each runner's directory, so the file
/// cannot be swapped between the audit and the load.
/// </summary>
internal sealed class BotArtifact
{
    private BotArtifact(NamedFile assembly, NamedFile? pdb, IReadOnlyList<NamedFile> references, BotManifest? manifest)
    {
        Assembly = assembly;
        Pdb = pdb;
        References = references;
        Manifest = manifest;
    }

    public NamedFile Assembly { get; }

    public NamedFile? Pdb { get; }

    public IReadOnlyList<NamedFile> References { get; }

    /// <summary>What the bot was built from and under (<c>rcsc build</c> writes it beside the assembly), or null.</summary>
    public BotManifest? Manifest { get; }

    /// <exception cref="InvalidDataException">A manifest is beside the assembly but is not valid.</exception>
    public static BotArtifact Read(string assemblyPath, IEnumerable<string> referencePaths)
    {
        var assembly = NamedFile.Read(assemblyPath);
        var pdbPath = Path.ChangeExtension(assemblyPath, ".pdb");
        var pdb = File.Exists(pdbPath) ? NamedFile.Read(pdbPath) : null;
        var references = referencePaths.Select(NamedFile.Read).ToList();
        var names = references.Select(r => r.Name).Append(assembly.Name).ToList();
        if (names.Distinct(StringComparer.OrdinalIgnoreCase).Count() != names.Count)
            throw new ArgumentException("The bot and its references must have distinct file names.");
        return new BotArtifact(assembly, pdb, references, BotManifest.ReadBeside(assemblyPath));
    }

    /// <summary>The audit's findings for the bot's assembly; empty when it passes. The game's assemblies
    /// come from the operator, not the author, and are not audited.</summary>
    public IReadOnlyList<string> Audit(AuditPolicy policy) =>
        [.. AssemblyAuditor.Audit(Assembly.Bytes, policy).Findings.Select(f => $"{Assembly.Name}: {f}")];

    /// <summary>Writes the files into a runner's directory; returns the paths the runner loads.</summary>
    public (string AssemblyPath, IReadOnlyList<string> ReferencePaths) PlaceIn(string directory)
    {
        var assemblyPath = Path.Combine(directory, Assembly.Name);
        File.WriteAllBytes(assemblyPath, Assembly.Bytes);
        if (Pdb is not null) File.WriteAllBytes(Path.Combine(directory, Pdb.Name), Pdb.Bytes);
        var referencePaths = new List<string>();
        foreach (var reference in References)
        {
            var path = Path.Combine(directory, reference.Name);
            File.WriteAllBytes(path, reference.Bytes);
            referencePaths.Add(path);
        }
        return (assemblyPath, referencePaths);
    }
}

internal sealed record NamedFile(string Name, byte[] Bytes)
{
    public static NamedFile Read(string path) => new(Path.GetFileName(path), File.ReadAllBytes(path));
}
