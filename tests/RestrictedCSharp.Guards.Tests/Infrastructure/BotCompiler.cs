using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Rewriting;
using RestrictedCSharp.TestSupport;

namespace RestrictedCSharp.Guards.Tests.Infrastructure;

/// <summary>Compiles test bots with Roslyn, guarded or as written, to an in-memory assembly and PDB.</summary>
internal static class BotCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(() =>
        FrameworkReferences.SharedFrameworkWith(typeof(Guards.Guard).Assembly.Location));

    /// <summary>The running framework's assemblies plus the guard runtime.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilation CreateCompilation(string source, string path = "Bot.cs", OptimizationLevel optimization = OptimizationLevel.Release) =>
        SnippetCompiler.Create(source, References, new SnippetOptions
        {
            AssemblyName = "Bot" + Guid.NewGuid().ToString("N"),
            LanguageVersion = LanguageVersion.Preview,
            Optimization = optimization,
            Deterministic = true,
            Nullable = NullableContextOptions.Disable,
        }, path);

    public static GuardedCompilation Guard(string source, string path = "Bot.cs")
    {
        var result = GuardRewriter.Rewrite(CreateCompilation(source, path), DefaultAllocationSizeRules.Create());
        result.Diagnostics.Should().BeEmpty();
        return result;
    }

    public static CompiledBot Compile(string source, bool guarded)
    {
        var compilation = guarded ? Guard(source).Compilation : CreateCompilation(source);
        return Emit(compilation);
    }

    public static CompiledBot Emit(Compilation compilation)
    {
        var emitted = SnippetCompiler.Emit(compilation, DebugInformationFormat.PortablePdb);
        return new CompiledBot(emitted.Assembly, emitted.Pdb!);
    }
}

/// <summary>An emitted bot: its assembly and portable PDB images.</summary>
internal sealed record CompiledBot(byte[] Assembly, byte[] Pdb);
