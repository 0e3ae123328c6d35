using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>
/// What a plain compile references: the same framework reference assemblies the validator compiles
/// against (shipped next to the compiler in <c>reference-set/</c>), so that only the toolchain differs.
/// </summary>
internal static class PlainCompilation
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> Framework = new(() =>
        Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "reference-set"), "*.dll")
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList());

    public static IReadOnlyList<MetadataReference> References => Framework.Value;
}
