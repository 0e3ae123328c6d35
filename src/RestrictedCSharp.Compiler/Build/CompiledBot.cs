using System.Collections.Immutable;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Compiler;

/// <summary>The artifact of a build: the guarded, audited assembly (with its portable PDB embedded) and its manifest.</summary>
public sealed class CompiledBot
{
    internal CompiledBot(ImmutableArray<byte> assembly, BotManifest manifest)
    {
        Assembly = assembly;
        Manifest = manifest;
    }

    public ImmutableArray<byte> Assembly { get; }

    public BotManifest Manifest { get; }

    /// <summary>Writes the assembly to <paramref name="assemblyPath"/> and the manifest beside it.</summary>
    public async Task WriteAsync(string assemblyPath, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(assemblyPath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        await File.WriteAllBytesAsync(assemblyPath, Assembly.ToArray(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(BotManifest.PathFor(assemblyPath), Manifest.ToJson(), cancellationToken).ConfigureAwait(false);
    }
}
