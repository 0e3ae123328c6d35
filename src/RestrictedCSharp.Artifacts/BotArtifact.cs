using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace RestrictedCSharp.Artifacts;

/// <summary>
/// A compiled bot as it travels from the builder to the host: the assembly's bytes and the manifest they were
/// built under. Whoever makes one checks that the bytes are the ones the manifest names (<see cref="BotManifest.ContentHash"/>),
/// so a manifest cannot lend its budgets to other bytes. The host still audits the bytes: the artifact is a
/// description, not a certificate.
/// </summary>
public sealed class BotArtifact
{
    private BotArtifact(ImmutableArray<byte> assembly, BotManifest manifest)
    {
        Assembly = assembly;
        Manifest = manifest;
    }

    /// <summary>The assembly (guards inserted, portable PDB embedded).</summary>
    public ImmutableArray<byte> Assembly { get; }

    public BotManifest Manifest { get; }

    /// <summary>The content hash of an assembly: SHA-256, lower-case hex.</summary>
    public static string HashOf(ReadOnlySpan<byte> assembly) => Convert.ToHexStringLower(SHA256.HashData(assembly));

    /// <summary>Whether <paramref name="text"/> has the form of a content hash (64 lower-case hex digits), so it may name a file.</summary>
    public static bool IsContentHash(string? text) => text is { Length: 64 } && text.AsSpan().IndexOfAnyExcept("0123456789abcdef") < 0;

    /// <exception cref="InvalidDataException">The bytes are not the ones the manifest names.</exception>
    public static BotArtifact Create(ImmutableArray<byte> assembly, BotManifest manifest)
    {
        ArgumentNullException.ThrowIfNull(manifest);
        if (assembly.IsDefault) throw new ArgumentNullException(nameof(assembly));
        var hash = HashOf(assembly.AsSpan());
        if (!string.Equals(hash, manifest.ContentHash, StringComparison.Ordinal))
            throw new InvalidDataException($"the assembly's content hash is {hash}, not the manifest's {manifest.ContentHash}");
        return new BotArtifact(assembly, manifest);
    }

    /// <summary>Writes the assembly to <paramref name="assemblyPath"/> and the manifest beside it (<see cref="BotManifest.PathFor"/>).</summary>
    public async Task WriteAsync(string assemblyPath, CancellationToken cancellationToken = default)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(assemblyPath));
        if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        await File.WriteAllBytesAsync(assemblyPath, Assembly.ToArray(), cancellationToken).ConfigureAwait(false);
        await File.WriteAllTextAsync(BotManifest.PathFor(assemblyPath), Manifest.ToJson(), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads an artifact written by <see cref="WriteAsync"/>: the assembly and the manifest beside it, checked against each other.</summary>
    /// <exception cref="InvalidDataException">The manifest is missing or not valid, or it names other bytes (the message names the file).</exception>
    /// <exception cref="FileNotFoundException">The assembly does not exist.</exception>
    public static BotArtifact Read(string assemblyPath)
    {
        var assembly = File.ReadAllBytes(assemblyPath);
        var manifest = BotManifest.ReadBeside(assemblyPath)
            ?? throw new InvalidDataException($"{BotManifest.PathFor(assemblyPath)}: no manifest beside the assembly");
        try
        {
            return Create(ImmutableCollectionsMarshal.AsImmutableArray(assembly), manifest);
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"{assemblyPath}: {e.Message}", e);
        }
    }
}
