using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// The assemblies a submission compiles against: the framework reference assemblies shipped next to
/// the compiler in <c>reference-set/</c> (loaded once per process), plus the game's API assemblies.
/// A submission never chooses its own references.
/// </summary>
internal static class ReferenceSet
{
    public const string FolderName = "reference-set";

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework =
        new(LoadFramework, LazyThreadSafetyMode.ExecutionAndPublication);

    public static string FrameworkDirectory => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>The framework references followed by the game's.</summary>
    /// <exception cref="FileNotFoundException">A game assembly does not exist.</exception>
    /// <exception cref="InvalidDataException">A game assembly is not a .NET assembly.</exception>
    public static ImmutableArray<MetadataReference> Create(IEnumerable<string>? gameReferencePaths) =>
        Framework.Value.AddRange((gameReferencePaths ?? Array.Empty<string>()).Select(LoadGameAssembly));

    /// <summary>
    /// Reads a game assembly into memory (no file stays open or locked while a server runs) and checks
    /// that it has metadata, so that a wrong file fails here with its name rather than later as a
    /// compiler error in every submission.
    /// </summary>
    private static MetadataReference LoadGameAssembly(string path)
    {
        var fullPath = Path.GetFullPath(path);
        if (!File.Exists(fullPath))
        {
            throw new FileNotFoundException($"game reference '{path}' does not exist", fullPath);
        }

        var image = File.ReadAllBytes(fullPath);
        try
        {
            var metadata = AssemblyMetadata.CreateFromImage(image);
            _ = metadata.GetModules();
            return metadata.GetReference(filePath: fullPath, display: Path.GetFileName(fullPath));
        }
        catch (BadImageFormatException e)
        {
            throw new InvalidDataException($"game reference '{path}' is not a .NET assembly: {e.Message}", e);
        }
    }

    private static ImmutableArray<MetadataReference> LoadFramework()
    {
        var directory = FrameworkDirectory;
        var files = Directory.Exists(directory) ? Directory.GetFiles(directory, "*.dll") : Array.Empty<string>();
        if (files.Length == 0)
        {
            throw new InvalidOperationException(
                $"the fixed reference set is missing: no assemblies in '{directory}' (the compiler's build output is incomplete)");
        }

        Array.Sort(files, StringComparer.Ordinal);
        return files.Select(f => (MetadataReference)MetadataReference.CreateFromFile(f)).ToImmutableArray();
    }
}
