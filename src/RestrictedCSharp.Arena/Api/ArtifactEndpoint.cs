using System.Text;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Arena.Workers;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Arena.Api;

/// <summary>A compiled bot as the server hands it to a worker: the assembly and its manifest's bytes (base64 in JSON).</summary>
public sealed record ArtifactDocument(byte[] Assembly, byte[] Manifest);

/// <summary>
/// <c>GET /api/artifacts/{hash}</c>: a compiled bot by content hash, for workers only (<see cref="WorkerGate"/>: the
/// worker key, never an author's token). The hash is checked to be 64 lower-case hex
/// digits before the store builds any path from it (400); an unknown one is 404.
/// </summary>
public static class ArtifactEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/artifacts/{hash}", async (string hash, HttpContext context, WorkerGate gate, IArtifactStore store, ILoggerFactory logs) =>
        {
            if (gate.Refuse(context.Request) is { } refusal) return refusal;
            if (!BotArtifact.IsContentHash(hash)) return Problems.BadRequest("an artifact is named by its content hash: 64 lower-case hex digits");
            try
            {
                var artifact = await store.GetAsync(hash, context.RequestAborted);
                return Results.Json(
                    new ArtifactDocument([.. artifact.Assembly], Encoding.UTF8.GetBytes(artifact.Manifest.ToJson())), ArtifactJson.Default.ArtifactDocument);
            }
            catch (InvalidDataException e)
            {
                logs.CreateLogger(typeof(ArtifactEndpoint)).LogInformation("artifact {Hash} asked for: {Error}", hash, e.Message);
                return Problems.NotFound("no such artifact");
            }
        })
        .WithName("GetArtifact")
        .WithSummary("A compiled bot by content hash, for the arena's workers (worker key).")
        .Produces<ArtifactDocument>();
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ArtifactDocument))]
internal sealed partial class ArtifactJson : JsonSerializerContext;
