using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.InteropServices;
using System.Text;
using Microsoft.Extensions.Logging;
using RestrictedCSharp.Arena.Api;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Workers;

/// <summary>
/// A worker's compiled bots: fetched from the server by content hash (<c>GET /api/artifacts/{hash}</c>, with the
/// worker key) and kept in a disk cache. Every read, from the cache or the server, is checked against the hash; a
/// cached copy that does not match is deleted and fetched again, once: a server copy that does not match fails the
/// attempt.
/// </summary>
public sealed class HttpArtifactSource(HttpClient server, string key, string cacheDirectory, ILogger<HttpArtifactSource> logger) : IArtifactSource
{
    private readonly FolderArtifactStore _cache = new(cacheDirectory);

    /// <summary>The largest answer read from the server (a build in base64, with its manifest).</summary>
    public const int MaxResponseBytes = JobMessages.MaxAssemblyBytes * 2;

    public async Task<BotArtifact> GetAsync(string contentHash, CancellationToken cancellationToken)
    {
        if (!BotArtifact.IsContentHash(contentHash)) throw new InvalidDataException($"'{contentHash}' is not a content hash");
        if (_cache.Contains(contentHash))
        {
            try
            {
                return await _cache.GetAsync(contentHash, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is InvalidDataException or IOException)
            {
                logger.LogWarning("the cached {Hash} is damaged ({Error}); fetched again", contentHash, e.Message);
                _cache.Remove(contentHash);
            }
        }
        var artifact = await FetchAsync(contentHash, cancellationToken).ConfigureAwait(false);
        await _cache.PutAsync(artifact, cancellationToken).ConfigureAwait(false);
        return artifact;
    }

    private async Task<BotArtifact> FetchAsync(string hash, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/artifacts/{hash}");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", key);
        using var response = await server.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound) throw new InvalidDataException($"the server has no artifact {hash}");
        if (!response.IsSuccessStatusCode) throw new HttpRequestException($"the server answered {(int)response.StatusCode} for artifact {hash}", null, response.StatusCode);
        if (response.Content.Headers.ContentLength > MaxResponseBytes) throw new InvalidDataException($"the server's artifact {hash} is too large");
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxResponseBytes) throw new InvalidDataException($"the server's artifact {hash} is too large");
            buffer.Write(chunk, 0, read);
        }
        ArtifactDocument? document;
        try
        {
            document = System.Text.Json.JsonSerializer.Deserialize(buffer.ToArray(), ArtifactJson.Default.ArtifactDocument);
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"the server's artifact {hash} is not an artifact: {e.Message}", e);
        }
        if (document?.Assembly is null || document.Manifest is null) throw new InvalidDataException($"the server's artifact {hash} is incomplete");
        var artifact = BotArtifact.Create(ImmutableCollectionsMarshal.AsImmutableArray(document.Assembly), BotManifest.FromJson(Encoding.UTF8.GetString(document.Manifest)));
        if (artifact.Manifest.ContentHash != hash) throw new InvalidDataException($"the server's artifact {hash} holds {artifact.Manifest.ContentHash}");
        return artifact;
    }
}
