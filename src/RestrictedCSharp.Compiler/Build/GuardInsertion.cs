using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Compiler;

/// <summary>Build stage: inserts the guards into the validated compilation (which references the guard runtime already).</summary>
internal static class GuardInsertion
{
    /// <summary>The guard runtime this stage compiles against: every guard call the audit sees must land in it.</summary>
    public static System.Reflection.AssemblyName GuardAssembly { get; } = typeof(Guard).Assembly.GetName();

    public static GuardedCompilation Run(CSharpCompilation validated, IAllocationSizeRules sizeRules) =>
        GuardRewriter.Rewrite(
            validated.References.Contains(ReferenceSet.GuardRuntime) ? validated : validated.AddReferences(ReferenceSet.GuardRuntime),
            sizeRules);
}
