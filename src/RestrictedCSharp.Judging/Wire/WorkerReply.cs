using System.Text.Json.Serialization;

namespace RestrictedCSharp.Judging;

/// <summary>
/// What the compile worker writes to stdout, once, before it exits: its verdict (<c>accepted</c>, <c>rejected</c>
/// or <c>failed</c>), the report (the JSON object <c>rcsc check --format json</c> prints), for an accepted build
/// the assembly (base64) and its manifest (JSON), and for a failure the reason.
/// </summary>
internal sealed record WorkerReply(string Verdict, string? Report, string? Assembly, string? Manifest, string? Failure)
{
    public const string Accepted = "accepted";
    public const string Rejected = "rejected";
    public const string Failed = "failed";
}

/// <summary>
/// The worker's wire: the request as the client serializes it (stdin) and the reply (stdout). Compiled into both
/// the client and the worker, so that the two read and write the same shapes.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(JudgeRequest))]
[JsonSerializable(typeof(WorkerReply))]
internal sealed partial class JudgingJsonContext : JsonSerializerContext;
