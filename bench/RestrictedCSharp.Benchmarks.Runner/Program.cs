using BenchmarkDotNet.Running;
using RestrictedCSharp.Benchmarks.Runner;

// `memory`: idle runner RSS and the warm pool's behaviour; `latency`: round-trip distribution;
// anything else goes to BenchmarkDotNet.
if (args is ["memory"]) return await IdleMemory.RunAsync();
if (args is ["latency"]) return await Latency.RunAsync();
BenchmarkSwitcher.FromAssembly(typeof(BenchmarkBot).Assembly).Run(args);
return 0;
