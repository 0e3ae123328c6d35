using Jint;

namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>
/// The workload's JavaScript (<c>kernels.js</c>) in one Jint engine with the limits an operator would
/// turn on: statements, memory and recursion. The engine is reused across calls, as an operator keeps
/// one engine per bot, and its limits are reset before every call (a budget per turn).
/// </summary>
/// <remarks>
/// Jint's memory limit counts bytes allocated during a call (the thread's allocation counter), not the
/// live heap, like our per-call allocation budget; the interpreter allocates for every call frame, so
/// RecursiveSearch needs gigabytes of budget where the C# kernel allocates almost nothing.
/// </remarks>
internal sealed class JintKernels
{
    private readonly Engine _engine = new(options => options
        .MaxStatements(1_000_000_000)
        .LimitMemory(16L * 1024 * 1024 * 1024)
        .LimitRecursion(10_000));

    public JintKernels() => _engine.Execute(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Workloads", "kernels.js")));

    public Func<long> Kernel(string name) => () =>
    {
        _engine.Constraints.Reset();
        return (long)_engine.Invoke(name).AsNumber();
    };
}
