using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Runner;

/// <summary>
/// The escapes a locked-down runner must refuse, attempted by the runner itself before any bot is loaded:
/// what an operator's self-test shows. Each attempt reports whether it was refused and by what error.
/// </summary>
internal static class EscapeSelfTest
{
    public static IReadOnlyList<EscapeAttemptReport> Run(SelfTestRequest request) =>
    [
        Attempt("read-file", () => $"read {File.ReadAllBytes(request.ReadPath).Length} bytes of {request.ReadPath}"),
        Attempt("write-file", () =>
        {
            var path = Path.Combine(request.WriteDirectory, $"escape-{Environment.ProcessId}");
            File.WriteAllText(path, "escaped");
            return $"wrote {path}";
        }),
        Attempt("start-process", () =>
        {
            using var process = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false })!;
            process.WaitForExit(2000);
            return $"started process {process.Id}";
        }),
        Attempt("connect-tcp", () =>
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(new IPEndPoint(IPAddress.Loopback, request.TcpPort));
            return $"connected to 127.0.0.1:{request.TcpPort}";
        }),
        Attempt("bind-tcp", () =>
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
            return $"bound {socket.LocalEndPoint}";
        }),
        Attempt("fork", Fork),
        // The host sets only the runtime's variables for a runner; anything else came from the host's environment.
        Attempt("read-host-environment", () =>
        {
            var foreign = Environment.GetEnvironmentVariables().Keys.Cast<string>().Where(k => !SandboxedProcessStart.RuntimeVariableNames.Contains(k)).Order().ToList();
            return foreign.Count == 0
                ? throw new RefusedException("only the runner's own variables are visible")
                : $"visible: {string.Join(", ", foreign)}";
        }),
    ];

    private static EscapeAttemptReport Attempt(string name, Func<string> attempt)
    {
        try
        {
            return new EscapeAttemptReport(name, Refused: false, attempt());
        }
        catch (Exception e)
        {
            return new EscapeAttemptReport(name, Refused: true, e is RefusedException ? e.Message : $"{e.GetType().Name}: {e.Message}");
        }
    }

    private sealed class RefusedException(string message) : Exception(message);

    // fork(2) through function pointers resolved before the call: a forked child of a .NET process must not
    // JIT-compile or bind anything (its code heap is shared with the parent), so it calls _exit at once.
    private static readonly unsafe delegate* unmanaged<int> ForkFunction =
        (delegate* unmanaged<int>)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "fork");
    private static readonly unsafe delegate* unmanaged<int, void> ExitFunction =
        (delegate* unmanaged<int, void>)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "_exit");
    private static readonly unsafe delegate* unmanaged<int, int*, int, int> WaitPidFunction =
        (delegate* unmanaged<int, int*, int, int>)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "waitpid");

    private static string Fork()
    {
        if (!OperatingSystem.IsLinux()) throw new PlatformNotSupportedException("fork is only attempted on Linux");
        var pid = ForkAndExitChild(out var errno);
        if (pid < 0) throw new IOException($"fork failed with errno {errno}");
        return $"forked child {pid}";
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static unsafe int ForkAndExitChild(out int errno)
    {
        Marshal.SetLastSystemError(0);
        var pid = ForkFunction();
        if (pid == 0) ExitFunction(0);
        errno = Marshal.GetLastSystemError();
        if (pid > 0)
        {
            int status;
            WaitPidFunction(pid, &status, 0);
        }
        return pid;
    }
}
