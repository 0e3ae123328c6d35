using RestrictedCSharp.Artifacts;

namespace RestrictedCSharp.Judging;

/// <summary>How a submission was judged.</summary>
public enum JudgeVerdict
{
    /// <summary>The submission passed (and, for <see cref="JudgeMode.Build"/>, built and passed the audit).</summary>
    Accepted,

    /// <summary>The submission was refused; the report says why.</summary>
    Rejected,

    /// <summary>No verdict on the submission: the worker died, ran out of time or memory, or the request was bad.</summary>
    Failed,
}

/// <summary>
/// The outcome of judging one submission. <paramref name="ReportJson"/> is the object <c>rcsc check --format json</c>
/// prints (empty when <paramref name="Verdict"/> is <see cref="JudgeVerdict.Failed"/> before a report was made);
/// <paramref name="Artifact"/> is set only for an accepted build; <paramref name="Failure"/> says why a judgement failed.
/// </summary>
public sealed record Judgement(JudgeVerdict Verdict, string ReportJson, BotArtifact? Artifact, string? Failure);
