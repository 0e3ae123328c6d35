using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Workers;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// <c>GET /api/artifacts/{hash}</c> under attack: only the worker key opens it (not an author's token, and nothing while
/// the arena has no key); a hash is 64 lower-case hex digits before any path is made of it; an unknown one is 404.
/// </summary>
public sealed class WorkerEndpointTests : IDisposable
{
    private readonly TempFolder _data = new("arena-artifacts-");

    public void Dispose() => _data.Dispose();

    private static HttpClient With(HttpClient client, string? bearer)
    {
        if (bearer is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        return client;
    }

    [Fact]
    public async Task Only_the_worker_key_reads_a_build_and_only_by_a_real_hash()
    {
        var alice = await Arena.AddAuthorAsync(_data.Path, "alice");
        await using var arena = new ArenaFactory(_data.Path, configure: o => o with { MatchSlots = 0 });
        var submission = await Arena.SubmitAsync(arena.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
        await Arena.WaitForAsync(arena.ClientFor(alice), $"/api/submissions/{submission}", s => s.GetProperty("status").GetString() == "accepted");
        string hash;
        await using (var db = await arena.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync())
            hash = (await db.Versions.SingleAsync()).ArtifactHash!;

        var noKey = await arena.ClientFor(null).GetAsync($"/api/artifacts/{hash}");
        noKey.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await noKey.Content.ReadAsStringAsync()).Should().Contain("rcsc workers key", "an arena with no key says how to make one");

        // The server reads the key as it starts: an arena started with one.
        await arena.DisposeAsync();
        var key = WorkerKey.Create(_data.Path);
        await using var keyed = new ArenaFactory(_data.Path, configure: o => o with { MatchSlots = 0 });
        (await keyed.ClientFor(null).GetAsync($"/api/artifacts/{hash}")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        foreach (var bearer in new[] { alice, "not-the-key", key + "x" })
            (await With(keyed.CreateClient(), bearer).GetAsync($"/api/artifacts/{hash}")).StatusCode.Should().Be(HttpStatusCode.Forbidden, $"'{bearer}' is not the worker key");
        (await With(keyed.CreateClient(), key).GetAsync("/api/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the worker key is not an author's token");

        var worker = With(keyed.CreateClient(), key);
        foreach (var bad in new[] { "..%2F..%2Farena.db", "..", "abc", hash.ToUpperInvariant(), hash + "0", hash[..63] + "g", "%2e%2e" })
        {
            var response = await worker.GetAsync($"/api/artifacts/{bad}");
            response.StatusCode.Should().BeOneOf([HttpStatusCode.BadRequest, HttpStatusCode.NotFound], $"'{bad}' is not a content hash");
            (await response.Content.ReadAsByteArrayAsync()).Length.Should().BeLessThan(2000, "no file is served for it");
        }
        (await worker.GetAsync("/api/artifacts/abc")).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await worker.GetAsync($"/api/artifacts/{new string('0', 64)}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var found = await worker.GetAsync($"/api/artifacts/{hash}");
        found.StatusCode.Should().Be(HttpStatusCode.OK);
        var document = System.Text.Json.JsonSerializer.Deserialize<Api.ArtifactDocument>(await found.Content.ReadAsStringAsync(), ArenaJson.Options)!;
        BotArtifact.HashOf(document.Assembly).Should().Be(hash);
    }

    [Fact]
    public async Task A_worker_fetches_a_build_once_and_fetches_a_damaged_copy_again()
    {
        var alice = await Arena.AddAuthorAsync(_data.Path, "alice");
        var key = WorkerKey.Create(_data.Path);
        await using var arena = new ArenaFactory(_data.Path, configure: o => o with { MatchSlots = 0 });
        var submission = await Arena.SubmitAsync(arena.ClientFor(alice), "walls", Arena.SampleBot("wallfollower"));
        await Arena.WaitForAsync(arena.ClientFor(alice), $"/api/submissions/{submission}", s => s.GetProperty("status").GetString() == "accepted");
        string hash;
        await using (var db = await arena.Services.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContextAsync())
            hash = (await db.Versions.SingleAsync()).ArtifactHash!;
        var cache = Path.Combine(_data.Path, "worker-cache");
        var source = new HttpArtifactSource(arena.CreateClient(), key, cache, Microsoft.Extensions.Logging.Abstractions.NullLogger<HttpArtifactSource>.Instance);

        (await source.GetAsync(hash, CancellationToken.None)).Manifest.ContentHash.Should().Be(hash);
        var cached = Path.Combine(cache, hash[..2], hash + ".dll");
        File.Exists(cached).Should().BeTrue();
        var bytes = File.ReadAllBytes(cached);
        bytes[bytes.Length / 2] ^= 0x5A;
        File.WriteAllBytes(cached, bytes);
        (await source.GetAsync(hash, CancellationToken.None)).Manifest.ContentHash.Should().Be(hash, "the damaged copy was fetched again");
        BotArtifact.Read(cached).Manifest.ContentHash.Should().Be(hash, "and the cache repaired");

        await new Func<Task>(() => source.GetAsync(new string('1', 64), CancellationToken.None)).Should().ThrowAsync<InvalidDataException>().WithMessage("*server has no artifact*");
        await new Func<Task>(() => source.GetAsync("../../etc/passwd", CancellationToken.None)).Should().ThrowAsync<InvalidDataException>();
        var wrongKey = new HttpArtifactSource(arena.CreateClient(), "wrong", Path.Combine(_data.Path, "other-cache"),
            Microsoft.Extensions.Logging.Abstractions.NullLogger<HttpArtifactSource>.Instance);
        await new Func<Task>(() => wrongKey.GetAsync(hash, CancellationToken.None)).Should().ThrowAsync<HttpRequestException>();
    }
}
