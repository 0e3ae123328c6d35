namespace RestrictedCSharp.Judging;

/// <summary>Judges submissions. Implementations never throw for bad input or a failed worker: they answer <see cref="JudgeVerdict.Failed"/>.</summary>
public interface ISubmissionJudge
{
    Task<Judgement> JudgeAsync(JudgeRequest request, CancellationToken cancellationToken);
}
