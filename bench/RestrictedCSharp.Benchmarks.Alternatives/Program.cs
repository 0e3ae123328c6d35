using BenchmarkDotNet.Running;
using RestrictedCSharp.Benchmarks.Alternatives.Workloads;

// Temporary: checksums of every implementation.
foreach (var name in Workload.Names)
{
    RestrictedCSharp.Guards.GuardBudget.Begin(new RestrictedCSharp.Guards.GuardLimits(long.MaxValue, 100_000, long.MaxValue));
    var jint = new JintKernels();
    Console.WriteLine($"{name}: plain {WorkloadAssemblies.Plain(name)()} restricted {WorkloadAssemblies.Restricted(name)()} jint {jint.Kernel(name)()}");
}
return 0;
