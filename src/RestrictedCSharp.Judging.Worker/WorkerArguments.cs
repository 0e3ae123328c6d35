using System.Globalization;

namespace RestrictedCSharp.Judging.Worker;

/// <summary>
/// The worker's command line, written by SandboxedJudge: <c>--games FILE --game NAME
/// [--require-sandbox] [--cpu-seconds N] [--max-request-bytes N]</c>. The game is named here, not taken from the
/// request, so that the sandbox grants that game's files only; the request must name the same game.
/// </summary>
internal sealed record WorkerArguments(string Registry, string Game, bool RequireSandbox, int? CpuSeconds, int MaxRequestBytes)
{
    public static WorkerArguments Parse(IReadOnlyList<string> args)
    {
        string? registry = null, game = null;
        var requireSandbox = false;
        int? cpuSeconds = null;
        var maxRequestBytes = 4 << 20;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--games": registry = Value(); break;
                case "--game": game = Value(); break;
                case "--require-sandbox": requireSandbox = true; break;
                case "--cpu-seconds": cpuSeconds = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--max-request-bytes": maxRequestBytes = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new WorkerArguments(
            registry ?? throw new ArgumentException("--games is required"),
            game ?? throw new ArgumentException("--game is required"),
            requireSandbox, cpuSeconds, maxRequestBytes);
    }
}
