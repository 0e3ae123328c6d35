using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>
/// The workload compiled two ways: plain (Roslyn, optimized, no analysis or guards: what an operator
/// without RestrictedCSharp would run) and through RestrictedCSharp (<see cref="BotBuilder"/> with the
/// <c>bots</c> preset: validation, guards, emit, IL audit). Each is built once per process.
/// </summary>
internal static class WorkloadAssemblies
{
    private static readonly Lazy<byte[]> PlainImage = new(CompilePlain);
    private static readonly Lazy<Assembly> PlainAssembly = new(() => Load("plain", PlainImage.Value));
    private static readonly Lazy<byte[]> RestrictedImage = new(BuildRestricted);
    private static readonly Lazy<Assembly> RestrictedAssembly = new(() => Load("restricted", RestrictedImage.Value));

    public static Func<long> Plain(string kernel) => Kernel(PlainAssembly.Value, kernel);

    /// <summary>The guarded kernel; the caller opens a guard budget (<c>GuardBudget.Begin</c>) first.</summary>
    public static Func<long> Restricted(string kernel) => Kernel(RestrictedAssembly.Value, kernel);

    private static readonly Lazy<string> RestrictedFile = new(() => TemporaryFiles.Write("KernelBot.dll", RestrictedImage.Value));

    /// <summary>The built bot, written to a file for <c>BotHost</c> (removed when the process exits).</summary>
    public static string RestrictedBotPath() => RestrictedFile.Value;

    private static readonly Lazy<string> PlainFile = new(() => TemporaryFiles.Write("KernelBot.dll", PlainImage.Value));

    /// <summary>
    /// The plain build as a file, for a diagnostic only: a runner serving it (with the audit skipped, since it
    /// has no guards) shows what the runner process costs apart from the guards.
    /// </summary>
    public static string PlainBotPath() => PlainFile.Value;

    private static Func<long> Kernel(Assembly assembly, string kernel) =>
        assembly.GetType(Workload.ClassOf(kernel))!.GetMethod(kernel, BindingFlags.Public | BindingFlags.Static)!
            .CreateDelegate<Func<long>>();

    private static byte[] CompilePlain()
    {
        var compilation = CSharpCompilation.Create(
            "KernelsPlain",
            Workload.Sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Path)),
            PlainCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true));
        using var image = new MemoryStream();
        var emit = compilation.Emit(image);
        if (!emit.Success) throw new InvalidOperationException(string.Join(Environment.NewLine, emit.Diagnostics));
        return image.ToArray();
    }

    private static byte[] BuildRestricted()
    {
        var result = new BotBuilder(RuleSetLoader.Preset(Presets.Bots)).BuildAsync(Workload.Sources).GetAwaiter().GetResult();
        if (!result.Succeeded)
            throw new InvalidOperationException("The bots preset refused the workload:" + Environment.NewLine +
                string.Join(Environment.NewLine, result.Diagnostics.Select(d => $"{d.File}({d.Line},{d.Column}): {d.Id}: {d.Message}")));
        return result.Bot!.Assembly.ToArray();
    }

    private static Assembly Load(string name, byte[] image) =>
        new AssemblyLoadContext(name).LoadFromStream(new MemoryStream(image));
}
