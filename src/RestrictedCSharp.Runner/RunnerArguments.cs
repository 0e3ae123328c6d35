using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Runner;

/// <summary>
/// The runner's command line, written by the host: <c>--require-sandbox</c>, <c>--cpu-seconds N</c>,
/// <c>--max-open-files N</c>. No option makes a path readable: the bot comes in the load request, so the
/// sandbox reads the runtime's files and nothing else.
/// </summary>
internal sealed record RunnerArguments(SandboxPolicy Policy)
{
    public static RunnerArguments Parse(IReadOnlyList<string> args)
    {
        var policy = new SandboxPolicy();
        for (var i = 0; i < args.Count; i++)
        {
            string Value() => ++i < args.Count ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            switch (args[i])
            {
                case "--require-sandbox": policy = policy with { RequireSandbox = true }; break;
                case "--cpu-seconds": policy = policy with { CpuSeconds = int.Parse(Value()) }; break;
                case "--max-open-files": policy = policy with { MaxOpenFiles = int.Parse(Value()) }; break;
                default: throw new ArgumentException($"unknown option {args[i]}");
            }
        }
        return new RunnerArguments(policy);
    }
}
