using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.TestSupport;

/// <summary>The sets of framework assemblies test snippets compile against.</summary>
public static class FrameworkReferences
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> s_shared = new(() =>
        FromFiles(Trusted().Where(path => Path.GetDirectoryName(path) == SharedFrameworkDirectory)));

    /// <summary>The running runtime's shared framework; the test host's own dependencies are not something a bot sees.</summary>
    public static ImmutableArray<MetadataReference> SharedFramework => s_shared.Value;

    /// <summary>The shared framework plus the assemblies at <paramref name="paths"/> (the guard runtime, say).</summary>
    public static ImmutableArray<MetadataReference> SharedFrameworkWith(params string[] paths) =>
        SharedFramework.AddRange(FromFiles(paths));

    /// <summary>The trusted platform assemblies (the test host's, its dependencies included) whose file name passes <paramref name="include"/>.</summary>
    public static ImmutableArray<MetadataReference> TrustedPlatform(Func<string, bool> include) =>
        FromFiles(Trusted().Where(path => include(Path.GetFileName(path))));

    public static ImmutableArray<MetadataReference> FromFiles(IEnumerable<string> paths) =>
        [.. paths.Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))];

    private static string SharedFrameworkDirectory => Path.GetDirectoryName(typeof(object).Assembly.Location)!;

    private static string[] Trusted() => ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
}
