using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Benchmarks.Guards;

/// <summary>Compiles <see cref="BotKernels.Source"/> with Roslyn (optimized), guarded or as written, and loads it.</summary>
internal static class KernelAssemblies
{
    public static Func<long> Load(string kernel, bool guarded)
    {
        var assembly = Compile(guarded);
        var method = assembly.GetType("Kernels")!.GetMethod(kernel, BindingFlags.Public | BindingFlags.Static)
            ?? throw new InvalidOperationException($"No kernel named '{kernel}'.");
        return method.CreateDelegate<Func<long>>();
    }

    /// <summary>The kernels' source as the rewriter guards it.</summary>
    public static string GuardedSource() => Guard(Create(guarded: true)).SyntaxTrees.Single().ToString();

    private static Assembly Compile(bool guarded)
    {
        var compilation = Create(guarded);
        if (guarded)
        {
            compilation = Guard(compilation);
        }

        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics));
        }

        image.Position = 0;
        return AssemblyLoadContext.Default.LoadFromStream(image);
    }

    private static CSharpCompilation Create(bool guarded)
        => CSharpCompilation.Create(
            guarded ? "KernelsGuarded" : "KernelsUnguarded",
            [CSharpSyntaxTree.ParseText(BotKernels.Source, path: "Kernels.cs")],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true));

    private static CSharpCompilation Guard(CSharpCompilation compilation)
    {
        var result = GuardRewriter.Rewrite(compilation, DefaultAllocationSizeRules.Create());
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, result.Diagnostics));
        }

        return result.Compilation;
    }

    private static IEnumerable<MetadataReference> References()
    {
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        return ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!)
            .Split(Path.PathSeparator)
            .Where(path => Path.GetDirectoryName(path) == frameworkDirectory)
            .Append(typeof(RestrictedCSharp.Guards.Guard).Assembly.Location)
            .Select(path => MetadataReference.CreateFromFile(path));
    }
}
