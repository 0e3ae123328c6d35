namespace RestrictedCSharp.Judging;

/// <summary>One source file of a submission, as the author sent it.</summary>
public sealed record SubmittedFile(string Name, string Text);

/// <summary>What a judge is asked to do with a submission.</summary>
public enum JudgeMode
{
    /// <summary>Validate only (the playground's check): the report, no artifact.</summary>
    Check,

    /// <summary>Validate, rewrite, compile and audit: the report and, when accepted, the artifact.</summary>
    Build,
}

/// <summary>A submission to judge: the game it is written for, its files, and what to do with it.</summary>
public sealed record JudgeRequest(string Game, IReadOnlyList<SubmittedFile> Files, JudgeMode Mode);
