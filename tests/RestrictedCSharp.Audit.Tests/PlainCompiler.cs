using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using RestrictedCSharp.TestSupport;

namespace RestrictedCSharp.Audit.Tests;

/// <summary>Compiles C# with no restrictions at all, the way an attacker's own toolchain would.</summary>
internal static class PlainCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework = new(() =>
        FrameworkReferences.TrustedPlatform(name => name.StartsWith("System.", StringComparison.Ordinal) || name is "netstandard.dll" or "mscorlib.dll"));

    public static byte[] Compile(string source, params MetadataReference[] extra) => Compile(source, "Bot", allowUnsafe: false, extra);

    /// <summary>With <paramref name="allowUnsafe"/> the compiler also marks the module unverifiable, as it would for any unsafe assembly.</summary>
    public static byte[] Compile(string source, string assemblyName, bool allowUnsafe, params MetadataReference[] extra) =>
        SnippetCompiler.Emit(SnippetCompiler.Create(source, Framework.Value.AddRange(extra), new SnippetOptions
        {
            AssemblyName = assemblyName,
            Optimization = OptimizationLevel.Release,
            AllowUnsafe = allowUnsafe,
        })).Assembly;
}
