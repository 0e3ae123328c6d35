using System.Collections.Immutable;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Compiler;

/// <summary>A rule set read from disk (or the default preset), or the RCX0901 diagnostics that prevent one.</summary>
public sealed class RulesFileResult
{
    internal RulesFileResult(string source, RuleSet? rules, ImmutableArray<SubmissionDiagnostic> diagnostics)
    {
        Source = source;
        Rules = rules;
        Diagnostics = diagnostics;
    }

    /// <summary>The rules file's full path, or <c>preset:NAME</c> when no file was used.</summary>
    public string Source { get; }

    /// <summary>Null when there are errors: a policy is never half read.</summary>
    public RuleSet? Rules { get; }

    public ImmutableArray<SubmissionDiagnostic> Diagnostics { get; }

    public bool Succeeded => Rules is not null;
}
