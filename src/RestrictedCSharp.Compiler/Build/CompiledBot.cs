using System.Collections.Immutable;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Compiler;

/// <summary>The product of a build: the guarded, audited assembly (with its portable PDB embedded) and its manifest, as one <see cref="BotArtifact"/>.</summary>
public sealed class CompiledBot
{
    internal CompiledBot(BotArtifact artifact)
    {
        Artifact = artifact;
    }

    /// <summary>What the host runs: the bytes and the manifest, checked against each other.</summary>
    public BotArtifact Artifact { get; }

    public ImmutableArray<byte> Assembly => Artifact.Assembly;

    public BotManifest Manifest => Artifact.Manifest;

    /// <summary>Writes the assembly to <paramref name="assemblyPath"/> and the manifest beside it.</summary>
    public Task WriteAsync(string assemblyPath, CancellationToken cancellationToken = default) =>
        Artifact.WriteAsync(assemblyPath, cancellationToken);
}
