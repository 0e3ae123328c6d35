using System.Diagnostics;
using System.Text.Json;
using RestrictedCSharp.Benchmarks.Alternatives.Report;

namespace RestrictedCSharp.Benchmarks.Alternatives.Workloads;

/// <summary>
/// CPython against plain C#, timed by the same harness protocol on both sides (warm-up runs and timed runs,
/// each until both a minimum count and a minimum time are reached; the median; the warm-up's time lets
/// the JIT reach its optimized code, as a long-running game server would): <c>kernels.py</c> times
/// itself in its own process, and this class times the plain C# build the same way, alternating per kernel.
/// RestrictedPython is not installable here; plain CPython is its upper bound (its guards only add work).
/// </summary>
internal static class PythonComparison
{
    private const int Warmup = 3, MinReps = 5;
    private const double MinSeconds = 1.0;

    public sealed record Row(string Kernel, long Checksum, double PlainCSharpMs, int PlainCSharpReps, double PythonMs, int PythonReps, string PythonVersion);

    public static int Run(string resultsFolder)
    {
        var version = Python("--version").Trim();
        var rows = new List<Row>();
        foreach (var kernel in Workload.Names)
        {
            var plain = WorkloadAssemblies.Plain(kernel);
            var (checksum, plainMs, plainReps) = Time(plain);
            using var python = JsonDocument.Parse(Python(
                Path.Combine(AppContext.BaseDirectory, "Workloads", "kernels.py"), $"{Warmup}", $"{MinReps}", $"{MinSeconds}", kernel));
            var p = python.RootElement;
            if (p.GetProperty("checksum").GetInt64() != checksum)
                throw new InvalidOperationException($"{kernel}: Python computed {p.GetProperty("checksum")}, plain C# {checksum}.");
            var row = new Row(kernel, checksum, plainMs, plainReps, p.GetProperty("medianMs").GetDouble(), p.GetProperty("reps").GetInt32(), version);
            rows.Add(row);
            Console.WriteLine($"{kernel,-16} plain C# {plainMs,9:0.000} ms ({plainReps} runs)   CPython {row.PythonMs,9:0.0} ms ({row.PythonReps} runs)   ratio {row.PythonMs / plainMs,6:0}");
        }
        ResultFiles.Write(resultsFolder, "python", rows);
        return 0;
    }

    /// <summary>The protocol of <c>time_kernel</c> in kernels.py.</summary>
    private static (long Checksum, double MedianMs, int Reps) Time(Func<long> kernel)
    {
        var warming = Stopwatch.StartNew();
        for (var i = 0; i < Warmup || warming.Elapsed.TotalSeconds < MinSeconds; i++) kernel();
        var samples = new List<double>();
        long checksum = 0;
        var started = Stopwatch.StartNew();
        while (samples.Count < MinReps || started.Elapsed.TotalSeconds < MinSeconds)
        {
            var t0 = Stopwatch.GetTimestamp();
            checksum = kernel();
            samples.Add(Stopwatch.GetElapsedTime(t0).TotalMilliseconds);
        }
        samples.Sort();
        var n = samples.Count;
        var median = n % 2 == 1 ? samples[n / 2] : (samples[n / 2 - 1] + samples[n / 2]) / 2;
        return (checksum, median, n);
    }

    private static string Python(params string[] arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start.");
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"python3 {string.Join(' ', arguments)} exited {process.ExitCode}: {error}");
        return output.Length > 0 ? output : error; // python3 --version prints to stdout since 3.4, stderr before
    }
}
