using RestrictedCSharp.Compiler;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Benchmarks.Runner;

/// <summary>
/// The bot the runner benchmarks call, in place of the runner suite's own: the same <c>SmallBot.Add</c>,
/// plus a method that takes a game state (a grid), built through the whole pipeline (<see cref="BotBuilder"/>,
/// <c>bots</c> preset) once per process.
/// </summary>
internal static class BenchmarkBot
{
    private const string Source = """
        public class SmallBot
        {
            public int Add(int a, int b) => a + b;

            // A light pass over the state the game sends each turn: the call's cost is the transfer.
            public long Score(int[][] grid)
            {
                long score = 0;
                for (int y = 0; y < grid.Length; y++)
                    for (int x = 0; x < grid[y].Length; x++)
                        score += grid[y][x] * (x + y);
                return score;
            }
        }
        """;

    private static readonly Lazy<string> CompiledPath = new(Build);

    public static string Path => CompiledPath.Value;

    /// <summary>How the benchmarks load it: audited by the rules it was built under.</summary>
    public static BotHostOptions Options { get; } = new() { AuditRules = RuleSetLoader.Preset(Presets.Bots) };

    private static string Build()
    {
        var result = new BotBuilder(RuleSetLoader.Preset(Presets.Bots))
            .BuildAsync([new SourceFile("SmallBot.cs", Source)]).GetAwaiter().GetResult();
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Diagnostics.Select(d => d.Message)));
        return Alternatives.Workloads.TemporaryFiles.Write("SmallBot.dll", result.Bot!.Assembly.ToArray());
    }
}
