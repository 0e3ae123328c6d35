using System.Text.Json;

namespace RestrictedCSharp.Benchmarks.Alternatives.Report;

/// <summary>The medians of every benchmark in BenchmarkDotNet's JSON exports (<c>*-report-full-compressed.json</c>).</summary>
internal sealed class BenchmarkDotNetResults
{
    private readonly Dictionary<(string Type, string Method, string Parameters), double> _medianNs = [];

    public BenchmarkDotNetResults(string folder)
    {
        if (!Directory.Exists(folder)) return;
        foreach (var file in Directory.GetFiles(folder, "*-report-full-compressed.json"))
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var benchmark in json.RootElement.GetProperty("Benchmarks").EnumerateArray())
            {
                if (benchmark.GetProperty("Statistics").ValueKind != JsonValueKind.Object) continue; // failed benchmark
                var key = (benchmark.GetProperty("Type").GetString()!, benchmark.GetProperty("Method").GetString()!,
                    benchmark.GetProperty("Parameters").GetString() ?? "");
                _medianNs[key] = benchmark.GetProperty("Statistics").GetProperty("Median").GetDouble();
            }
        }
    }

    /// <summary>The median in nanoseconds, or null when the benchmark did not run.</summary>
    public double? Median(string type, string method, string parameters = "") =>
        _medianNs.TryGetValue((type, method, parameters), out var ns) ? ns : null;
}
