using System.Text.Json;
using RestrictedCSharp.Sandbox;
using RestrictedCSharp.Sandbox.Probe;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

// Exit codes: 0 done, 2 bad usage, 3 the lockdown failed.
ProbeOptions options;
try
{
    options = ProbeOptions.Parse(args);
}
catch (Exception e) when (e is ArgumentException or FormatException)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(ProbeOptions.Usage);
    return 2;
}

var json = new JsonSerializerOptions(JsonSerializerDefaults.Web);
void Print(object line) => Console.Out.WriteLine(JsonSerializer.Serialize(line, json));

// Nothing may be printed before the lockdown: in the sandboxed mode this first stage re-executes itself.
SandboxStatus? status = null;
if (options.Sandboxed)
{
    try
    {
        status = SandboxLockdown.Enter(new SandboxPolicy
        {
            ReadOnlyPaths = options.ReadOnlyPaths,
            CpuSeconds = options.CpuSeconds,
            RequireSandbox = options.RequireSandbox,
            ApplyLandlock = options.ApplyLandlock,
            ApplySeccomp = options.ApplySeccomp,
        });
    }
    catch (Exception e) when (e is SandboxUnavailableException or ArgumentException or IOException)
    {
        Console.Error.WriteLine(e.Message);
        return 3;
    }
}

Print(new { status });
Print(new { environment = Environment.GetEnvironmentVariables().Keys.Cast<string>().Order().ToArray() });

if (options.Idle)
{
    Print(new { ready = true });
    Console.In.ReadToEnd();
    return 0;
}
if (options.MeasureGc)
{
    var before = GC.CollectionCount(0);
    object? keep = null;
    for (var i = 0; i < 4_000_000; i++) keep = new byte[64]; // ~350 MB of garbage
    GC.KeepAlive(keep);
    Print(new { gen0Collections = GC.CollectionCount(0) - before });
    return 0;
}
if (options.Spin)
{
    Print(new { spinning = true });
    var x = 0UL;
    while (true) x = x * 6364136223846793005UL + 1;
}

var attempts = new EscapeAttempts(options);
foreach (var attempt in options.Attempts)
    foreach (var thread in options.Threads)
        Print(AttemptThreads.Run(thread, attempt, attempts));
Print(new { done = true });
return 0;
