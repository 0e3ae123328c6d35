using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace RestrictedCSharp.Compiler;

/// <summary>
/// The assemblies a submission compiles against: the framework reference assemblies shipped next to
/// the compiler in <c>reference-set/</c> (loaded once per process), the guard runtime (bots may read
/// <c>RestrictedCSharp.Budget</c>; the rules refuse the rest of it), plus the game's API assemblies.
/// <c>check</c> and <c>build</c> compile against the same set. A submission never chooses its own references.
/// </summary>
internal static class ReferenceSet
{
    public const string FolderName = "reference-set";

    private static readonly Lazy<ImmutableArray<MetadataReference>> Framework =
        new(LoadFramework, LazyThreadSafetyMode.ExecutionAndPublication);

    private static readonly Lazy<MetadataReference> LazyGuardRuntime = new(
        () => MetadataReference.CreateFromFile(typeof(RestrictedCSharp.Guards.Guard).Assembly.Location),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static string FrameworkDirectory => Path.Combine(AppContext.BaseDirectory, FolderName);

    /// <summary>The guard runtime: the one assembly of ours that compiled bots reference.</summary>
    public static MetadataReference GuardRuntime => LazyGuardRuntime.Value;

    /// <summary>The framework references, the guard runtime, then the game's.</summary>
    /// <exception cref="FileNotFoundException">A game assembly does not exist.</exception>
    /// <exception cref="InvalidDataException">A game assembly is not a .NET assembly.</exception>
    public static ImmutableArray<MetadataReference> Create(IEnumerable<string>? gameReferencePaths) =>
        Framework.Value.Add(GuardRuntime).AddRange((gameReferencePaths ?? Array.Empty<string>()).Select(LoadGameAssembly));

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
