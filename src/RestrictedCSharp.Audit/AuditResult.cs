using System.Collections.Immutable;

namespace RestrictedCSharp.Audit;

/// <summary>The audit's verdict on an assembly: it passes only with no findings at all.</summary>
public sealed class AuditResult
{
    internal AuditResult(ImmutableArray<AuditFinding> findings) => Findings = findings;

    public bool Passed => Findings.IsEmpty;

    public ImmutableArray<AuditFinding> Findings { get; }
}
