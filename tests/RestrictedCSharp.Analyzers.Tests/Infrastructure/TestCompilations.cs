using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace RestrictedCSharp.Analyzers.Tests.Infrastructure;

/// <summary>Compilations of test snippets against the running runtime's own assemblies (no reference packs).</summary>
public static class TestCompilations
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.CSharp12);

    public static readonly CSharpCompilationOptions Options = new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary)
        .WithNullableContextOptions(NullableContextOptions.Enable)
        .WithAllowUnsafe(true);

    public static ImmutableArray<MetadataReference> References { get; } = LoadReferences();

    public static CSharpCompilation Create(params string[] sources) => CSharpCompilation.Create(
        "Bot",
        sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"/bot/File{i}.cs")),
        References,
        Options);

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // Only the shared framework: the test host's own dependencies are not something a bot sees.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var paths = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return paths
            .Where(p => string.Equals(Path.GetDirectoryName(p), frameworkDirectory, StringComparison.Ordinal))
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
