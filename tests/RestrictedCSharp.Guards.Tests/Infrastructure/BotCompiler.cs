using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Guards.Tests.Infrastructure;

/// <summary>Compiles test bots with Roslyn, guarded or as written, to an in-memory assembly and PDB.</summary>
internal static class BotCompiler
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_references = new(LoadReferences);

    /// <summary>The running framework's assemblies plus the guard runtime.</summary>
    public static ImmutableArray<MetadataReference> References => s_references.Value;

    public static CSharpCompilation CreateCompilation(string source, string path = "Bot.cs", OptimizationLevel optimization = OptimizationLevel.Release)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Preview), path, System.Text.Encoding.UTF8);
        return CSharpCompilation.Create(
            "Bot" + Guid.NewGuid().ToString("N"),
            [tree],
            References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: optimization, deterministic: true, nullableContextOptions: NullableContextOptions.Disable));
    }

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
        using var assembly = new MemoryStream();
        using var pdb = new MemoryStream();
        var result = compilation.Emit(assembly, pdb, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.PortablePdb));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success)
        {
            var text = string.Join(Environment.NewLine, errors.Select(e => e.ToString()));
            var source = string.Join(Environment.NewLine + "----" + Environment.NewLine, compilation.SyntaxTrees.Select(t => t.ToString()));
            throw new InvalidOperationException($"The bot did not compile:{Environment.NewLine}{text}{Environment.NewLine}{source}");
        }

        return new CompiledBot(assembly.ToArray(), pdb.ToArray());
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return trusted
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Append(typeof(Guards.Guard).Assembly.Location)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToImmutableArray();
    }
}

/// <summary>An emitted bot: its assembly and portable PDB images.</summary>
internal sealed record CompiledBot(byte[] Assembly, byte[] Pdb);
