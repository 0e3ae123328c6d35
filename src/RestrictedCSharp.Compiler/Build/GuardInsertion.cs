using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Compiler;

/// <summary>Build stage: adds the guard runtime to the validated compilation and inserts the guards.</summary>
internal static class GuardInsertion
{
    private static readonly Lazy<MetadataReference> GuardRuntime = new(
        () => MetadataReference.CreateFromFile(typeof(Guard).Assembly.Location));

    /// <summary>The IL audit's allowance for what this stage inserts: the guard entry points, and nothing else of ours.</summary>
    public static ImmutableArray<string> AuditAllowances { get; } = ImmutableArray.Create("T:" + typeof(Guard).FullName);

    /// <summary>The guard runtime this stage compiles against: every guard call the audit sees must land in it.</summary>
    public static System.Reflection.AssemblyName GuardAssembly { get; } = typeof(Guard).Assembly.GetName();

    public static GuardedCompilation Run(CSharpCompilation validated, IAllocationSizeRules sizeRules) =>
        GuardRewriter.Rewrite(validated.AddReferences(GuardRuntime.Value), sizeRules);
}
