using BenchmarkDotNet.Running;

namespace RestrictedCSharp.Benchmarks.Guards;

internal static class Program
{
    // dotnet run -c Release --project bench/RestrictedCSharp.Benchmarks.Guards -- --filter '*' --job short
    private static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
