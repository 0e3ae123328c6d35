using System.Diagnostics;
using RestrictedCSharp.Benchmarks.Alternatives.Report;

namespace RestrictedCSharp.Benchmarks.Alternatives.Validation;

/// <summary>
/// The whole <c>rcsc check</c> process, cold (a new process each time: runtime start, JIT, reference
/// load, validation), on the generated bots, next to the SDK's own <c>csc</c> compiling the same file
/// against the same references (a plain compile, cold; csc always emits).
/// </summary>
internal static class ColdCheck
{
    private const int Runs = 3;

    public sealed record Row(int Lines, double RcscCheckMs, double? CscMs);

    public static int Run(string resultsFolder, string rcscPath, string? cscPath)
    {
        var folder = Directory.CreateTempSubdirectory("restrictedcsharp-coldcheck-").FullName;
        var references = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "reference-set"), "*.dll").Order(StringComparer.Ordinal).ToList();
        var rows = new List<Row>();
        foreach (var size in new[] { 100, 1_000, 10_000 })
        {
            var source = Path.Combine(folder, $"Bot{size}.cs");
            var text = BotSourceGenerator.Generate(size);
            File.WriteAllText(source, text);
            var check = Median(() => Time(0, "dotnet", rcscPath, "check", source));
            double? csc = cscPath is null ? null : Median(() => Time(0, "dotnet",
                [cscPath, "-nologo", "-noconfig", "-nostdlib+", "-t:library", "-langversion:12", "-nullable:enable", "-optimize+",
                 $"-out:{Path.Combine(folder, $"Bot{size}.dll")}", .. references.Select(r => $"-r:{r}"), source]));
            rows.Add(new Row(BotSourceGenerator.CountLines(text), check, csc));
            Console.WriteLine($"{BotSourceGenerator.CountLines(text),6} lines: rcsc check {check,7:0} ms   csc {csc,7:0} ms");
        }
        Directory.Delete(folder, recursive: true);
        ResultFiles.Write(resultsFolder, "cold-check", rows);
        return 0;
    }

    private static double Median(Func<double> run)
    {
        var samples = Enumerable.Range(0, Runs).Select(_ => run()).Order().ToList();
        return samples[Runs / 2];
    }

    /// <summary>Wall time of one process run, which must exit with <paramref name="expectedExit"/>.</summary>
    private static double Time(int expectedExit, string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in arguments) start.ArgumentList.Add(a);
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        if (process.ExitCode != expectedExit)
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments.Take(3))} exited {process.ExitCode}: {output.Result}{error}");
        return elapsed;
    }
}
