using System.Runtime.InteropServices;
using System.Text;
using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>
/// Runs the current program again, in place (execve), with the same command line and environment plus
/// a marker variable that tells the new image it is the sandboxed second stage. Landlock restricts only
/// the thread that asks for it, while a .NET process already has several threads at Main; a restricted
/// thread that execs, however, gives the new image — every thread the new runtime starts — its domain.
/// Everything is captured before the restriction, since /proc/self/cmdline is unreadable afterwards.
/// </summary>
internal sealed unsafe class ReexecCommand
{
    public const string StageVariable = "RESTRICTEDCSHARP_SANDBOX_STAGE";
    public const string SecondStageValue = "2";

    private readonly string executable;
    private readonly string[] arguments;
    private readonly string[] environment;

    private ReexecCommand(string executable, string[] arguments, string[] environment)
    {
        this.executable = executable;
        this.arguments = arguments;
        this.environment = environment;
    }

    public static bool IsSecondStage =>
        Environment.GetEnvironmentVariable(StageVariable) == SecondStageValue;

    public static ReexecCommand ForCurrentProcess()
    {
        // The exact argv of this process (dotnet host + dll + arguments, or the apphost + arguments).
        var cmdline = File.ReadAllBytes("/proc/self/cmdline");
        var arguments = Encoding.UTF8.GetString(cmdline).TrimEnd('\0').Split('\0');
        var executable = Environment.ProcessPath
            ?? throw new SandboxUnavailableException("The path of the running executable is unknown.");

        var environment = new List<string>();
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
            if ((string)entry.Key != StageVariable)
                environment.Add($"{entry.Key}={entry.Value}");
        environment.Add($"{StageVariable}={SecondStageValue}");
        return new ReexecCommand(executable, arguments, [.. environment]);
    }

    /// <summary>Replaces the process image. Returns only on failure, with the errno.</summary>
    public int Execute()
    {
        var allocations = new List<nint>();
        nint Utf8(string s)
        {
            var p = Marshal.StringToCoTaskMemUTF8(s);
            allocations.Add(p);
            return p;
        }
        nint Vector(string[] items)
        {
            var vector = (nint*)NativeMemory.Alloc((nuint)(items.Length + 1), (nuint)sizeof(nint));
            for (var i = 0; i < items.Length; i++) vector[i] = Utf8(items[i]);
            vector[items.Length] = 0;
            return (nint)vector;
        }

        var argv = Vector(arguments);
        var envp = Vector(environment);
        try
        {
            LibC.Execve((byte*)Utf8(executable), (byte**)argv, (byte**)envp);
            return Errno.Last;
        }
        finally
        {
            foreach (var p in allocations) Marshal.FreeCoTaskMem(p);
            NativeMemory.Free((void*)argv);
            NativeMemory.Free((void*)envp);
        }
    }
}
