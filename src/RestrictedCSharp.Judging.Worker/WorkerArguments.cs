using System.Globalization;

namespace RestrictedCSharp.Judging.Worker;

/// <summary>
/// The worker's command line, written by SandboxedJudge: <c>--games FILE --game NAME
/// [--require-sandbox] [--cpu-seconds N] [--max-request-bytes N] [--warm] [--self-test READ-PATH WRITE-FOLDER TCP-PORT]</c>.
/// The game is named here, not taken from the request, so that the sandbox grants that game's files only; the
/// request must name the same game. <c>--warm</c> makes a pooled worker judge a built-in source first and say it is
/// ready (see WorkerWarmUp) before it reads the request. <c>--self-test</c> judges nothing: it attempts the escapes its sandbox must refuse.
/// </summary>
internal sealed record WorkerArguments(string Registry, string Game, bool RequireSandbox, int? CpuSeconds, int MaxRequestBytes)
{
    public SelfTestTargets? SelfTest { get; init; }

    public bool Warm { get; init; }

    public static WorkerArguments Parse(IReadOnlyList<string> args)
    {
        string? registry = null, game = null;
        var requireSandbox = false;
        var warm = false;
        int? cpuSeconds = null;
        SelfTestTargets? selfTest = null;
        var maxRequestBytes = 4 << 20;
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--games": registry = Value(); break;
                case "--game": game = Value(); break;
                case "--require-sandbox": requireSandbox = true; break;
                case "--warm": warm = true; break;
                case "--cpu-seconds": cpuSeconds = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--max-request-bytes": maxRequestBytes = int.Parse(Value(), CultureInfo.InvariantCulture); break;
                case "--self-test": selfTest = new SelfTestTargets(Value(), Value(), int.Parse(Value(), CultureInfo.InvariantCulture)); break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new WorkerArguments(
            registry ?? throw new ArgumentException("--games is required"),
            game ?? throw new ArgumentException("--game is required"),
            requireSandbox, cpuSeconds, maxRequestBytes) { SelfTest = selfTest, Warm = warm };
    }
}

/// <summary>What the self-test tries to reach: a file to read, a folder to write in, a local TCP port to connect to.</summary>
internal sealed record SelfTestTargets(string ReadPath, string WriteFolder, int TcpPort);
