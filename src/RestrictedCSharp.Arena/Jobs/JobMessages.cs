using System.Text.Json;
using System.Text.Json.Serialization;

namespace RestrictedCSharp.Arena.Jobs;

/// <summary>
/// The orders and outcomes as they travel (JSON, camelCase, source-generated), with the bounds a reader holds them
/// to: whatever arrives from a worker is read as hostile, so a body over its bound is refused before it is parsed.
/// </summary>
public static class JobMessages
{
    /// <summary>The largest order (a judge order carries the submission's source).</summary>
    public const int MaxOrderBytes = 4 << 20;

    /// <summary>The largest outcome (a match's replay, or a judge's build and report).</summary>
    public const int MaxOutcomeBytes = 16 << 20;

    /// <summary>The largest build a judge outcome may carry (assembly), and its manifest.</summary>
    public const int MaxAssemblyBytes = 8 << 20, MaxManifestBytes = 64 << 10;

    public static byte[] Write(JobOrder order) => JsonSerializer.SerializeToUtf8Bytes(order, JobMessagesJson.Default.JobOrder);

    public static byte[] Write(JobOutcome outcome) => JsonSerializer.SerializeToUtf8Bytes(outcome, JobMessagesJson.Default.JobOutcome);

    public static byte[] Write(AttemptFailed report) => JsonSerializer.SerializeToUtf8Bytes(report, JobMessagesJson.Default.AttemptFailed);

    /// <exception cref="InvalidDataException">Too large, not JSON of that shape, or missing what its kind needs.</exception>
    public static JobOrder ReadOrder(ReadOnlySpan<byte> body)
    {
        var order = Read(body, MaxOrderBytes, JobMessagesJson.Default.JobOrder);
        var complete = order.Kind switch
        {
            Data.JobKind.Match => order.Match is { Seats.Count: > 0 } m && m.Game is not null && m.Seed is not null && m.Settings is not null && m.Budgets is not null
                && m.Seats.All(s => s?.Bot is not null && s.Artifact is not null),
            Data.JobKind.Judge => order.Judge is { } j && j.Game is not null && j.Files is not null && j.Files.All(f => f?.Name is not null && f.Text is not null),
            _ => false,
        };
        return complete ? order : throw new InvalidDataException($"not a complete {order.Kind} order");
    }

    /// <exception cref="InvalidDataException">Too large, not JSON of that shape, or missing what its kind needs.</exception>
    public static JobOutcome ReadOutcome(ReadOnlySpan<byte> body)
    {
        var outcome = Read(body, MaxOutcomeBytes, JobMessagesJson.Default.JobOutcome);
        var complete = outcome.Worker is not null && outcome.Kind switch
        {
            Data.JobKind.Match => outcome.Match is { } m && m.Seats is not null && m.Summary is not null && m.Replay is not null && m.Seats.All(s => s?.Bot is not null && s.Artifact is not null),
            Data.JobKind.Judge => outcome.Judge is { ReportJson: not null },
            _ => false,
        };
        return complete ? outcome : throw new InvalidDataException($"not a complete {outcome.Kind} outcome");
    }

    /// <exception cref="InvalidDataException">Too large or not a report.</exception>
    public static AttemptFailed ReadAttemptFailed(ReadOnlySpan<byte> body)
    {
        var report = Read(body, 64 << 10, JobMessagesJson.Default.AttemptFailed);
        return report.Kind is not null && report.Worker is not null && report.Error is not null ? report : throw new InvalidDataException("not a complete report");
    }

    private static T Read<T>(ReadOnlySpan<byte> body, int limit, System.Text.Json.Serialization.Metadata.JsonTypeInfo<T> type)
    {
        if (body.Length > limit) throw new InvalidDataException($"{body.Length} bytes, over the {limit} allowed");
        try
        {
            return JsonSerializer.Deserialize(body, type) ?? throw new InvalidDataException("null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not valid JSON of its kind: {e.Message}", e);
        }
    }
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, MaxDepth = 64)]
[JsonSerializable(typeof(JobOrder))]
[JsonSerializable(typeof(JobOutcome))]
[JsonSerializable(typeof(AttemptFailed))]
internal sealed partial class JobMessagesJson : JsonSerializerContext;
