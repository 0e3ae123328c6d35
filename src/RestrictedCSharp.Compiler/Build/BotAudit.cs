using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.Audit;
using RestrictedCSharp.Rules;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Compiler;

/// <summary>Build stage: the IL audit of the emitted assembly, its findings reported like any other diagnostic.</summary>
internal static class BotAudit
{
    public static ImmutableArray<SubmissionDiagnostic> Run(ImmutableArray<byte> assembly, RuleSet rules, Compilation compilation)
    {
        // Members are resolved in the compilation's references to find the denials they inherit, as the analyzer does.
        var policy = new AuditPolicy(
            rules, GuardInsertion.GuardAssembly, InheritedDenials.ResolverFor(compilation, rules.Matcher));
        var result = AssemblyAuditor.Audit(assembly.AsMemory(), policy);
        // The audit's IDs have descriptors (message "{0}"), so findings read like every other diagnostic.
        return result.Findings
            .Select(f => DiagnosticCatalog.TryGet(f.Id, out var descriptor)
                ? SubmissionDescriptors.Nowhere(descriptor, $"{f.Message} ({f.Location})")
                : throw new InvalidOperationException($"The IL audit reported {f.Id}, which has no descriptor."))
            .ToImmutableArray();
    }
}
