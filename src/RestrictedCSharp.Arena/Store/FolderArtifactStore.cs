using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Store;

/// <summary>
/// Artifacts as files under one folder: <c>ab/abcdef….dll</c> and its manifest beside it, named by the assembly's
/// SHA-256. Written to a temporary name and moved into place, so a crash never leaves half a bot under a real name;
/// read back through <see cref="BotArtifact.Read"/>, which checks the bytes against the manifest, and checked
/// against the name asked for.
/// </summary>
public sealed class FolderArtifactStore(string root) : IArtifactStore
{
    public async Task<string> PutAsync(BotArtifact artifact, CancellationToken cancellationToken)
    {
        var hash = artifact.Manifest.ContentHash;
        var path = PathOf(hash);
        if (File.Exists(path)) return hash;
        var staging = Path.Combine(root, "staging", Guid.NewGuid().ToString("N"), Path.GetFileName(path));
        await artifact.WriteAsync(staging, cancellationToken).ConfigureAwait(false);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        // The manifest first: a present assembly always has its manifest.
        File.Move(BotManifest.PathFor(staging), BotManifest.PathFor(path), overwrite: true);
        File.Move(staging, path, overwrite: true);
        Directory.Delete(Path.GetDirectoryName(staging)!, recursive: true);
        return hash;
    }

    public Task<BotArtifact> GetAsync(string contentHash, CancellationToken cancellationToken)
    {
        var path = PathOf(contentHash);
        if (!File.Exists(path)) throw new InvalidDataException($"no artifact {contentHash} in the bot store");
        var artifact = BotArtifact.Read(path);
        if (artifact.Manifest.ContentHash != contentHash)
            throw new InvalidDataException($"the bot store's {contentHash} holds {artifact.Manifest.ContentHash}");
        return Task.FromResult(artifact);
    }

    /// <summary>Whether the store holds an artifact of that hash (not yet checked: <see cref="GetAsync"/> checks it).</summary>
    public bool Contains(string contentHash) => File.Exists(PathOf(contentHash));

    /// <summary>Removes the artifact of that hash, its manifest first (a damaged copy, to be put again).</summary>
    public void Remove(string contentHash)
    {
        var path = PathOf(contentHash);
        File.Delete(BotManifest.PathFor(path));
        File.Delete(path);
    }

    private string PathOf(string hash)
    {
        if (!BotArtifact.IsContentHash(hash)) throw new InvalidDataException($"'{hash}' is not a content hash");
        return Path.Combine(root, hash[..2], hash + ".dll");
    }
}
