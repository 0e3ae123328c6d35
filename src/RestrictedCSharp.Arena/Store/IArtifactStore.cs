using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Store;

/// <summary>Compiled bots by content hash. The embedded store is a folder; a distributed one may be anything that keeps bytes by hash.</summary>
public interface IArtifactStore
{
    /// <summary>Keeps the artifact (once per hash) and returns its content hash.</summary>
    Task<string> PutAsync(BotArtifact artifact, CancellationToken cancellationToken);

    /// <summary>The artifact of that hash, checked against it.</summary>
    /// <exception cref="InvalidDataException">It is missing or its bytes are not the ones the hash names.</exception>
    Task<BotArtifact> GetAsync(string contentHash, CancellationToken cancellationToken);
}
