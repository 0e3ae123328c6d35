using RestrictedCSharp.Benchmarks.Guards;
using RestrictedCSharp.Compiler;

namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>
/// The seven bot kernels as one bot submission: the guard suite's five kernels, the two game kernels,
/// and an entry class whose instance methods call them (what the runner calls).
/// </summary>
internal static class Workload
{
    public const string EntryClass = "KernelBot";

    public static readonly string[] Names = [.. BotKernels.Names, .. GameKernels.Names];

    public static IReadOnlyList<SourceFile> Sources { get; } =
    [
        new SourceFile("Kernels.cs", BotKernels.Source),
        new SourceFile("GameKernels.cs", GameKernels.Source),
        new SourceFile("KernelBot.cs", EntrySource()),
    ];

    /// <summary>The static class that holds a kernel.</summary>
    public static string ClassOf(string kernel) => GameKernels.Names.Contains(kernel) ? "GameKernels" : "Kernels";

    private static string EntrySource() =>
        $"public class {EntryClass}\n{{\n" +
        string.Concat(Names.Select(n => $"    public long {n}() => {ClassOf(n)}.{n}();\n")) +
        "}\n";
}
