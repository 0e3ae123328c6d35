using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Analyzers;
using RestrictedCSharp.Audit;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Compiler;

/// <summary>Build stage: the IL audit of the emitted assembly, its findings reported like any other diagnostic.</summary>
internal static class BotAudit
{
    public static ImmutableArray<SubmissionDiagnostic> Run(ImmutableArray<byte> assembly, RuleSet rules)
    {
        var policy = new AuditPolicy(rules, GuardInsertion.AuditAllowances);
        var result = AssemblyAuditor.Audit(assembly.AsMemory(), policy);
        return result.Findings
            .Select(f => new SubmissionDiagnostic(
                f.Id,
                DiagnosticSeverity.Error,
                $"{f.Message} ({f.Location})",
                File: string.Empty,
                Line: 0,
                Column: 0,
                EndLine: 0,
                EndColumn: 0,
                Suppressed: false,
                HelpUri: RestrictedDiagnostics.HelpLinkBase + f.Id + ".md"))
            .ToImmutableArray();
    }
}
