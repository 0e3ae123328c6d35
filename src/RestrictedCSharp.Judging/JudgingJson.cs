using System.Runtime.InteropServices;
using System.Text.Json;
using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Judging;

/// <summary>
/// The wire forms of a request and a judgement (JSON, UTF-8), the ones the compile worker reads and writes: for a
/// judge in another process or on another machine. A judgement is believed only when it is consistent: its verdict
/// agrees with its report's <c>accepted</c>, and an accepted build carries an artifact whose bytes are the ones its
/// manifest names; anything else reads as <see cref="JudgeVerdict.Failed"/>.
/// </summary>
public static class JudgingJson
{
    public static byte[] WriteRequest(JudgeRequest request) =>
        JsonSerializer.SerializeToUtf8Bytes(request, JudgingJsonContext.Default.JudgeRequest);

    /// <exception cref="InvalidDataException">The bytes are not a request.</exception>
    public static JudgeRequest ReadRequest(ReadOnlySpan<byte> json)
    {
        try
        {
            return JsonSerializer.Deserialize(json, JudgingJsonContext.Default.JudgeRequest) ?? throw new InvalidDataException("not a request: null");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"not a request: {e.Message}", e);
        }
    }

    public static byte[] WriteJudgement(Judgement judgement)
    {
        ArgumentNullException.ThrowIfNull(judgement);
        var reply = new WorkerReply(
            judgement.Verdict switch
            {
                JudgeVerdict.Accepted => WorkerReply.Accepted,
                JudgeVerdict.Rejected => WorkerReply.Rejected,
                _ => WorkerReply.Failed,
            },
            judgement.ReportJson,
            judgement.Artifact is { } artifact ? Convert.ToBase64String(artifact.Assembly.AsSpan()) : null,
            judgement.Artifact?.Manifest.ToJson(),
            judgement.Failure);
        return JsonSerializer.SerializeToUtf8Bytes(reply, JudgingJsonContext.Default.WorkerReply);
    }

    /// <summary>A judgement of a request made in <paramref name="mode"/>; never throws: what is not a consistent judgement is a failure.</summary>
    public static Judgement ReadJudgement(ReadOnlySpan<byte> json, JudgeMode mode)
    {
        WorkerReply? reply;
        try
        {
            reply = JsonSerializer.Deserialize(json, JudgingJsonContext.Default.WorkerReply);
        }
        catch (JsonException e)
        {
            return Failed($"the compile worker's reply is not valid: {e.Message}");
        }
        if (reply?.Verdict is null) return Failed(json.IsEmpty ? "the compile worker exited without a reply" : "the compile worker's reply has no verdict");
        if (reply.Verdict == WorkerReply.Failed) return new Judgement(JudgeVerdict.Failed, reply.Report ?? "", null, reply.Failure ?? "the compile worker failed");

        var accepted = reply.Verdict == WorkerReply.Accepted;
        if (!accepted && reply.Verdict != WorkerReply.Rejected) return Failed($"the compile worker's reply has an unknown verdict '{reply.Verdict}'");
        if (ReportSaysAccepted(reply.Report) != accepted) return Failed("the compile worker's report does not agree with its verdict");
        if (!accepted) return new Judgement(JudgeVerdict.Rejected, reply.Report!, null, null);
        if (mode == JudgeMode.Check) return new Judgement(JudgeVerdict.Accepted, reply.Report!, null, null);

        if (reply.Assembly is null || reply.Manifest is null) return Failed("the compile worker accepted the build but sent no artifact");
        try
        {
            var assembly = ImmutableCollectionsMarshal.AsImmutableArray(Convert.FromBase64String(reply.Assembly));
            return new Judgement(JudgeVerdict.Accepted, reply.Report!, BotArtifact.Create(assembly, BotManifest.FromJson(reply.Manifest)), null);
        }
        catch (Exception e) when (e is FormatException or InvalidDataException)
        {
            return Failed($"the compile worker's artifact is not valid: {e.Message}");
        }
    }

    /// <summary>The report's <c>accepted</c>; null when the text is not a report.</summary>
    private static bool? ReportSaysAccepted(string? report)
    {
        if (report is null) return null;
        try
        {
            using var document = JsonDocument.Parse(report);
            return document.RootElement.ValueKind == JsonValueKind.Object
                && document.RootElement.TryGetProperty("accepted", out var value)
                && value.ValueKind is JsonValueKind.True or JsonValueKind.False
                    ? value.GetBoolean()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static Judgement Failed(string reason) => new(JudgeVerdict.Failed, "", null, reason);
}
