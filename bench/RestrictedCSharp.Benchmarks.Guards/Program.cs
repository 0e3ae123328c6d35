using BenchmarkDotNet.Running;

namespace RestrictedCSharp.Benchmarks.Guards;

internal static class Program
{
    // dotnet run -c Release --project bench/RestrictedCSharp.Benchmarks.Guards -- --filter '*' --job short
    // ... -- --interleaved [rounds]   alternating batches in one process (see InterleavedRatios)
    // ... -- --show-rewrite           the kernels as the rewriter guards them
    private static void Main(string[] args)
    {
        switch (args)
        {
            case ["--interleaved", ..]:
                InterleavedRatios.Run(args.Length > 1 && int.TryParse(args[1], out int rounds) && rounds > 0 ? rounds : 41);
                break;
            case ["--show-rewrite"]:
                Console.WriteLine(KernelAssemblies.GuardedSource());
                break;
            default:
                BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
                break;
        }
    }
}
