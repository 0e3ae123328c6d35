using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Runner;

/// <summary>
/// The runner's command line, written by the host: <c>--readable PATH</c> (repeatable; the directory the
/// bot will be placed in), <c>--require-sandbox</c>, <c>--cpu-seconds N</c>, <c>--max-open-files N</c>.
/// </summary>
internal sealed record RunnerArguments(SandboxPolicy Policy)
{
    public static RunnerArguments Parse(IReadOnlyList<string> args)
    {
        var readable = new List<string>();
        var policy = new SandboxPolicy();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--readable": readable.Add(Value()); break;
                case "--require-sandbox": policy = policy with { RequireSandbox = true }; break;
                case "--cpu-seconds": policy = policy with { CpuSeconds = int.Parse(Value()) }; break;
                case "--max-open-files": policy = policy with { MaxOpenFiles = int.Parse(Value()) }; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new RunnerArguments(policy with { ReadOnlyPaths = readable });
    }
}
