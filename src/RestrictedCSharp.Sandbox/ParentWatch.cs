using System.Globalization;
using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox;

/// <summary>
/// Ends this process soon after its parent dies. A parent killed with SIGKILL cannot stop its children, and nothing
/// tells a child that has read its input: a compile worker would judge on to the end (half a minute on a busy
/// machine) for nobody. The parent's death is seen as the child being re-parented (getppid changes).
/// </summary>
/// <remarks>
/// <para>Two calls: <see cref="Remember"/> first thing (before the lockdown's re-exec, which keeps the environment),
/// <see cref="Start"/> once locked down; a parent that died in between (while a cold process started) is then seen
/// at once.</para>
/// <para>Not PR_SET_PDEATHSIG: it fires when the parent's <em>thread</em> that started the child ends, and .NET
/// starts children from pool threads, which end when idle, so a child would be killed while its parent lives on.
/// getppid is a plain system call that the seccomp filter allows.</para>
/// </remarks>
public static class ParentWatch
{
    /// <summary>The exit code of a process that stopped because its parent died.</summary>
    public const int ParentGoneExitCode = 125;

    /// <summary>Carries the parent's pid across the lockdown's re-exec.</summary>
    public const string ParentVariable = "RESTRICTEDCSHARP_PARENT_PID";

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(250);

    /// <summary>Notes the parent this process was started by (in the first stage; the second keeps the note).</summary>
    public static void Remember()
    {
        if (!OperatingSystem.IsLinux() || SandboxLockdown.IsSecondStage) return;
        Environment.SetEnvironmentVariable(ParentVariable, LibC.Getppid().ToString(CultureInfo.InvariantCulture));
    }

    /// <summary>Exits now if the remembered parent is gone, else watches it from a background thread (Linux only).</summary>
    public static void Start()
    {
        if (!OperatingSystem.IsLinux()) return;
        var parent = int.TryParse(Environment.GetEnvironmentVariable(ParentVariable), NumberStyles.None, CultureInfo.InvariantCulture, out var remembered)
            ? remembered
            : LibC.Getppid();
        Environment.SetEnvironmentVariable(ParentVariable, null);
        if (LibC.Getppid() != parent) Environment.Exit(ParentGoneExitCode);
        var watch = new Thread(() =>
        {
            while (LibC.Getppid() == parent) Thread.Sleep(Interval);
            Environment.Exit(ParentGoneExitCode);
        })
        {
            IsBackground = true,
            Name = "parent watch",
        };
        watch.Start();
    }
}
