using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Store;

/// <summary>Compiled bots by content hash. The embedded store is a folder; a distributed one may be anything that keeps bytes by hash.</summary>
public interface IArtifactStore : IArtifactSource
{
    /// <summary>Keeps the artifact (once per hash) and returns its content hash.</summary>
    Task<string> PutAsync(BotArtifact artifact, CancellationToken cancellationToken);
}
