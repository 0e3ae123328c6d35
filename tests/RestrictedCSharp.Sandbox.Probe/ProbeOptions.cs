namespace RestrictedCSharp.Sandbox.Probe;

/// <summary>The probe's command line.</summary>
internal sealed record ProbeOptions
{
    public bool Sandboxed { get; private init; } = true;
    public bool ApplyLandlock { get; private init; } = true;
    public bool ApplySeccomp { get; private init; } = true;
    public bool RequireSandbox { get; private init; }
    public int? CpuSeconds { get; private init; }
    public IReadOnlyList<string> ReadOnlyPaths { get; private init; } = [];
    public List<string> Attempts { get; private init; } = [.. EscapeAttempts.Names];
    public List<string> Threads { get; private init; } = [.. AttemptThreads.Names];
    public string? ReadPath { get; private init; }
    public string? WritePath { get; private init; }
    public int TcpPort { get; private init; }
    public int UdpPort { get; private init; }
    public string? UnixPath { get; private init; }
    public string? AbstractName { get; private init; }
    public string? SecretName { get; private init; }
    /// <summary>After lockdown, report readiness and wait for stdin to close (for RSS measurements).</summary>
    public bool Idle { get; private init; }
    /// <summary>After lockdown, burn CPU until the CPU-seconds limit ends the process.</summary>
    public bool Spin { get; private init; }
    /// <summary>After lockdown, allocate a fixed amount of short-lived objects and report the gen0
    /// collection count (the GC sizes gen0 from what it can read of the CPU caches).</summary>
    public bool MeasureGc { get; private init; }

    public static string Usage =>
        "usage: probe [--mode sandbox|control] [--attempts a,b,…] [--threads main,finalizer,threadpool]\n" +
        "             [--read-path P] [--write-path P] [--tcp-port N] [--udp-port N] [--unix-path P]\n" +
        "             [--abstract-name N] [--secret-name N] [--readable P]… [--cpu-seconds N]\n" +
        "             [--no-landlock] [--no-seccomp] [--require-sandbox] [--idle] [--spin] [--measure-gc]\n" +
        "attempts: " + string.Join(' ', EscapeAttempts.Names);

    public static ProbeOptions Parse(string[] args)
    {
        var o = new ProbeOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => ++i < args.Length ? args[i] : throw new ArgumentException($"{args[i - 1]} needs a value");
            List<string> List() => [.. Value().Split(',', StringSplitOptions.RemoveEmptyEntries)];
            o = args[i] switch
            {
                "--mode" => o with { Sandboxed = Value() switch
                {
                    "sandbox" => true,
                    "control" => false,
                    var m => throw new ArgumentException($"unknown mode {m}"),
                } },
                "--attempts" => o with { Attempts = List() },
                "--threads" => o with { Threads = List() },
                "--read-path" => o with { ReadPath = Value() },
                "--write-path" => o with { WritePath = Value() },
                "--tcp-port" => o with { TcpPort = int.Parse(Value()) },
                "--udp-port" => o with { UdpPort = int.Parse(Value()) },
                "--unix-path" => o with { UnixPath = Value() },
                "--abstract-name" => o with { AbstractName = Value() },
                "--secret-name" => o with { SecretName = Value() },
                "--cpu-seconds" => o with { CpuSeconds = int.Parse(Value()) },
                "--no-landlock" => o with { ApplyLandlock = false },
                "--no-seccomp" => o with { ApplySeccomp = false },
                "--require-sandbox" => o with { RequireSandbox = true },
                "--idle" => o with { Idle = true },
                "--spin" => o with { Spin = true },
                "--measure-gc" => o with { MeasureGc = true },
                "--readable" => o with { ReadOnlyPaths = [.. o.ReadOnlyPaths, Value()] },
                var unknown => throw new ArgumentException($"unknown option {unknown}"),
            };
        }
        foreach (var a in o.Attempts)
            if (!EscapeAttempts.Names.Contains(a)) throw new ArgumentException($"unknown attempt {a}");
        foreach (var t in o.Threads)
            if (!AttemptThreads.Names.Contains(t)) throw new ArgumentException($"unknown thread {t}");
        return o;
    }
}
