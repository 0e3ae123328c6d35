namespace RestrictedCSharp.Arena.Jobs;

/// <summary>How a failed attempt is described (in the job's record, a dead letter's reason, a match's failure).</summary>
public static class JobErrors
{
    /// <summary>The most kept of a reason: it comes from a worker and ends on pages and in headers.</summary>
    public const int MaxLength = 2000;

    /// <summary>A judge's own failure speaks for itself; anything else is named by its type.</summary>
    public static string Of(Exception e) => Bounded(e is JudgeFailedException ? e.Message : $"{e.GetType().Name}: {e.Message}");

    public static string Bounded(string reason) => reason.Length <= MaxLength ? reason : reason[..MaxLength] + "…";
}
