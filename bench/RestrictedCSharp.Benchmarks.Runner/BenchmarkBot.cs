using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Rewriting;

namespace RestrictedCSharp.Benchmarks.Runner;

/// <summary>The bot the benchmarks call: guarded by the rewriter like any submission, compiled once per process.</summary>
internal static class BenchmarkBot
{
    private const string Source = """
        public class SmallBot
        {
            public int Add(int a, int b) => a + b;
        }
        """;

    private static readonly Lazy<string> CompiledPath = new(Compile);

    public static string Path => CompiledPath.Value;

    /// <summary>How the benchmarks load it: audited by the rules it was built under.</summary>
    public static BotHostOptions Options { get; } = new() { AuditRules = RestrictedCSharp.Rules.RuleSetLoader.Preset(RestrictedCSharp.Rules.Presets.Bots) };

    private static string Compile()
    {
        var frameworkDirectory = System.IO.Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(System.IO.Path.PathSeparator)
            .Where(p => System.IO.Path.GetDirectoryName(p) == frameworkDirectory)
            .Append(typeof(Guards.Guard).Assembly.Location)
            .Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("SmallBot",
            [CSharpSyntaxTree.ParseText(Source, path: "SmallBot.cs", encoding: Encoding.UTF8)], references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release));
        var guarded = GuardRewriter.Rewrite(compilation, DefaultAllocationSizeRules.Create());
        if (!guarded.Success) throw new InvalidOperationException(string.Join("; ", guarded.Diagnostics));

        var path = System.IO.Path.Combine(Directory.CreateTempSubdirectory("restrictedcsharp-bench-").FullName, "SmallBot.dll");
        using var output = File.Create(path);
        var emitted = guarded.Compilation.Emit(output, options: new EmitOptions(debugInformationFormat: DebugInformationFormat.Embedded));
        if (!emitted.Success) throw new InvalidOperationException(string.Join("; ", emitted.Diagnostics));
        return path;
    }
}
