using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.TestSupport;

namespace RestrictedCSharp.Analyzers.Tests.Infrastructure;

/// <summary>Compilations of test snippets against the running runtime's own assemblies (no reference packs).</summary>
public static class TestCompilations
{
    // Unsafe code is allowed so that the analyzer, not the compiler, is what refuses it.
    private static readonly SnippetOptions Snippet = new() { AllowUnsafe = true };

    public static readonly CSharpParseOptions ParseOptions = Snippet.ParseOptions;

    public static readonly CSharpCompilationOptions Options = Snippet.CompilationOptions;

    public static ImmutableArray<MetadataReference> References => FrameworkReferences.SharedFramework;

    public static CSharpCompilation Create(params string[] sources) =>
        SnippetCompiler.Create(sources.Select((source, i) => (source, $"/bot/File{i}.cs")), References, Snippet);
}
