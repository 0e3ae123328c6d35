using BenchmarkDotNet.Running;
using RestrictedCSharp.Benchmarks.Alternatives.Validation;

if (args is ["gen", var n]) { Console.Write(BotSourceGenerator.Generate(int.Parse(n))); return 0; }
BenchmarkSwitcher.FromAssembly(typeof(RestrictedCSharp.Benchmarks.Alternatives.BotWorkloadBenchmarks).Assembly).Run(args);
return 0;
