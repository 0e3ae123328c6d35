using System.Diagnostics;
using System.Runtime.InteropServices;
using RestrictedCSharp.Benchmarks.Alternatives.Report;
using RestrictedCSharp.Benchmarks.Guards;

namespace RestrictedCSharp.Benchmarks.Alternatives.Validation;

/// <summary>
/// The whole <c>rcsc check</c> process, cold (a new process each time: runtime start, JIT, reference
/// load, validation), on the generated bots, next to the SDK's own <c>csc</c> compiling the same file
/// against the same references (a plain compile, cold; csc always emits). The contestants take turns
/// in every round, the first of each round rotating, so a change of load falls on all of them alike;
/// each run is timed by wall clock and by the CPU time of the process (user plus system, its children included).
/// </summary>
internal static class ColdCheck
{
    public const string ResultsName = "cold-check";

    public const string CscName = "csc";

    /// <summary>One contestant at one size: medians over the rounds, and the medians of its per-round ratios to csc.</summary>
    public sealed record Row(int Lines, string Name, int Rounds, double MedianMs, double CpuMs, double? Ratio, double? CpuRatio);

    /// <summary>A command to time: an executable, or a .dll run by <c>dotnet</c>.</summary>
    public sealed record Contestant(string Name, string Path)
    {
        public string[] Command(params string[] arguments) =>
            Path.EndsWith(".dll", StringComparison.OrdinalIgnoreCase) ? ["dotnet", Path, .. arguments] : [Path, .. arguments];
    }

    /// <summary><c>cold-check RESULTS_DIR [NAME=]RCSC... [--csc CSC_DLL] [--rounds N] [--lines 100,1000]</c>.</summary>
    public static int Main(string resultsFolder, IReadOnlyList<string> arguments)
    {
        var rcscs = new List<Contestant>();
        string? csc = null;
        var rounds = 7;
        int[] sizes = [100, 1_000, 10_000];
        for (var i = 0; i < arguments.Count; i++)
        {
            switch (arguments[i])
            {
                case "--csc" when i + 1 < arguments.Count: csc = arguments[++i]; break;
                case "--rounds" when i + 1 < arguments.Count && int.TryParse(arguments[i + 1], out var r) && r > 0: rounds = r; i++; break;
                case "--lines" when i + 1 < arguments.Count: sizes = arguments[++i].Split(',').Select(int.Parse).ToArray(); break;
                case var a when a.Split('=', 2) is [var name, var path] && !a.StartsWith('-'): rcscs.Add(new Contestant(name, path)); break;
                case var a when !a.StartsWith('-'): rcscs.Add(new Contestant("rcsc check", a)); break;
                default:
                    Console.Error.WriteLine("usage: cold-check RESULTS_DIR [NAME=]RCSC... [--csc CSC_DLL] [--rounds N] [--lines 100,1000,10000]");
                    return 2;
            }
        }

        if (rcscs.Count == 0)
        {
            Console.Error.WriteLine("cold-check: no rcsc to time");
            return 2;
        }

        return Run(resultsFolder, rcscs, csc, rounds, sizes);
    }

    public static int Run(string resultsFolder, IReadOnlyList<Contestant> rcscs, string? cscPath, int rounds, IReadOnlyList<int> sizes)
    {
        var folder = Directory.CreateTempSubdirectory("restrictedcsharp-coldcheck-").FullName;
        var references = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "reference-set"), "*.dll").Order(StringComparer.Ordinal).ToList();
        var rows = new List<Row>();
        foreach (var size in sizes)
        {
            var source = Path.Combine(folder, $"Bot{size}.cs");
            var text = BotSourceGenerator.Generate(size);
            File.WriteAllText(source, text);
            var lines = BotSourceGenerator.CountLines(text);
            var runs = rcscs.Select(c => (c.Name, Command: c.Command("check", source), Exit: 0)).ToList();
            if (cscPath is not null)
            {
                runs.Add((CscName, new Contestant(CscName, cscPath).Command(
                    ["-nologo", "-noconfig", "-nostdlib+", "-t:library", "-langversion:12", "-nullable:enable", "-optimize+",
                     $"-out:{Path.Combine(folder, $"Bot{size}.dll")}", .. references.Select(r => $"-r:{r}"), source]), 0));
            }

            // One untimed run each: the files in the page cache, as in an editor's save hook.
            foreach (var run in runs) Time(run.Exit, run.Command);

            var samples = runs.Select(_ => new List<(double Wall, double Cpu)>()).ToList();
            for (var round = 0; round < rounds; round++)
            {
                for (var k = 0; k < runs.Count; k++)
                {
                    var i = (k + round) % runs.Count;
                    samples[i].Add(Time(runs[i].Exit, runs[i].Command));
                }
            }

            var csc = cscPath is null ? null : samples[^1];
            for (var i = 0; i < runs.Count; i++)
            {
                var s = samples[i];
                double? ratio = csc is null ? null : Statistics.Median(s.Zip(csc, (a, b) => a.Wall / b.Wall));
                double? cpuRatio = csc is null ? null : Statistics.Median(s.Zip(csc, (a, b) => a.Cpu / b.Cpu));
                var row = new Row(lines, runs[i].Name, rounds, Statistics.Median(s.Select(x => x.Wall)), Statistics.Median(s.Select(x => x.Cpu)), ratio, cpuRatio);
                rows.Add(row);
                Console.WriteLine($"{lines,6} lines  {row.Name,-40} {row.MedianMs,7:0} ms  CPU {row.CpuMs,7:0} ms" +
                                  (ratio is null ? "" : $"  {ratio:0.00}× csc (CPU {cpuRatio:0.00}×)") +
                                  $"   [{string.Join(' ', s.Select(x => x.Wall.ToString("0")))}]");
            }
        }

        Directory.Delete(folder, recursive: true);
        ResultFiles.Write(resultsFolder, ResultsName, rows);
        return 0;
    }

    /// <summary>The markdown table of a results folder's cold runs.</summary>
    public static void Report(IReadOnlyList<Row> rows, TextWriter o)
    {
        if (rows.Count == 0)
        {
            o.WriteLine("(no cold-check results)");
            return;
        }

        o.WriteLine($"Cold, a new process each time, the contestants in turns (median of {rows[0].Rounds} rounds; ratios are medians of the per-round ratios to `csc`, CPU time in brackets):");
        o.WriteLine();
        o.WriteLine("| lines | command | wall | CPU (user + system) | ratio to `csc` |");
        o.WriteLine("|---:|---|---:|---:|---:|");
        foreach (var row in rows)
        {
            var name = row.Name == CscName ? "`csc` (SDK compiler, same references, emits)" : row.Name;
            var ratio = row.Ratio is null ? "—" : $"{row.Ratio:0.00}× ({row.CpuRatio:0.00}×)";
            o.WriteLine($"| {row.Lines:N0} | {name} | {row.MedianMs:0} ms | {row.CpuMs:0} ms | {ratio} |");
        }

        o.WriteLine();
    }

    /// <summary>Wall time and CPU time of one process run, which must exit with <paramref name="expectedExit"/>.</summary>
    private static (double Wall, double Cpu) Time(int expectedExit, string[] command)
    {
        var start = new ProcessStartInfo(command[0]) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in command.Skip(1)) start.ArgumentList.Add(a);
        var cpuBefore = ChildrenCpuMs();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        var elapsed = clock.Elapsed.TotalMilliseconds;
        var cpu = ChildrenCpuMs() - cpuBefore;
        if (process.ExitCode != expectedExit)
            throw new InvalidOperationException($"{string.Join(' ', command.Take(3))} exited {process.ExitCode}: {output.Result}{error}");
        return (elapsed, cpu);
    }

    /// <summary>CPU time of this process's finished children (getrusage(RUSAGE_CHILDREN)); NaN where it cannot be read.</summary>
    private static double ChildrenCpuMs()
    {
        if (!OperatingSystem.IsLinux() || GetRUsage(-1, out var usage) != 0) return double.NaN;
        return (usage.UserSeconds + usage.SystemSeconds) * 1e3 + (usage.UserMicroseconds + usage.SystemMicroseconds) / 1e3;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxRss, Ixrss, Idrss, Isrss, MinFlt, MajFlt, NSwap, InBlock, OuBlock, MsgSnd, MsgRcv, NSignals, NVcsw, NIvcsw;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);
}
