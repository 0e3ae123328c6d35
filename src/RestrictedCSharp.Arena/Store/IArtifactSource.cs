using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Store;

/// <summary>Where a player of matches reads compiled bots by content hash: the server's store, or a worker's verified copy of it.</summary>
public interface IArtifactSource
{
    /// <summary>The artifact of that hash, checked against it.</summary>
    /// <exception cref="InvalidDataException">It is missing or its bytes are not the ones the hash names.</exception>
    Task<BotArtifact> GetAsync(string contentHash, CancellationToken cancellationToken);
}
