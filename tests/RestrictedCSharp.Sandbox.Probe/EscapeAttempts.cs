using System.ComponentModel;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using RestrictedCSharp.Sandbox.Native;

namespace RestrictedCSharp.Sandbox.Probe;

/// <summary>An attempt was refused without an exception of its own (e.g. a variable was not visible).</summary>
internal sealed class RefusedException(string reason) : Exception(reason);

/// <summary>
/// The escapes the probe tries. Each attempt returns normally when it succeeded and throws when it was
/// refused; the exception says by what.
/// </summary>
internal sealed class EscapeAttempts(ProbeOptions options)
{
    public static readonly string[] Names =
    [
        "read-file", "write-file", "list-root", "chmod-file", "connect-tcp", "bind-tcp", "send-udp",
        "connect-unix", "connect-abstract", "start-process", "fork", "read-env", "read-proc-environ",
        "read-parent-environ", "signal-parent",
    ];

    public void Run(string attempt, string thread)
    {
        switch (attempt)
        {
            case "read-file":
                File.ReadAllBytes(Required(options.ReadPath, "--read-path"));
                break;
            case "write-file":
                File.WriteAllText($"{Required(options.WritePath, "--write-path")}.{thread}", "escaped");
                break;
            case "list-root":
                Directory.GetFileSystemEntries("/");
                break;
            case "chmod-file":
                // Landlock does not cover file metadata; the seccomp filter refuses chmod and friends.
                File.SetUnixFileMode(Required(options.ReadPath, "--read-path"), File.GetUnixFileMode(options.ReadPath!));
                break;
            case "connect-tcp":
                using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
                    socket.Connect(new IPEndPoint(IPAddress.Loopback, options.TcpPort));
                break;
            case "bind-tcp":
                using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp))
                    socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                break;
            case "send-udp":
                using (var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp))
                    socket.SendTo("escaped"u8, new IPEndPoint(IPAddress.Loopback, options.UdpPort));
                break;
            case "connect-unix":
                using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
                    socket.Connect(new UnixDomainSocketEndPoint(Required(options.UnixPath, "--unix-path")));
                break;
            case "connect-abstract":
                using (var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified))
                    socket.Connect(new UnixDomainSocketEndPoint("\0" + Required(options.AbstractName, "--abstract-name")));
                break;
            case "start-process":
                using (var process = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false })!)
                    process.WaitForExit();
                break;
            case "fork":
                Fork();
                break;
            case "read-env":
                if (Environment.GetEnvironmentVariable(Required(options.SecretName, "--secret-name")) is null)
                    throw new RefusedException("the host's variable is not visible");
                break;
            case "read-proc-environ":
                RequireSecretIn(File.ReadAllBytes("/proc/self/environ"));
                break;
            case "read-parent-environ":
                File.ReadAllBytes($"/proc/{NativeEscapes.GetParentProcessId()}/environ");
                break;
            case "signal-parent":
                // Signal 0 checks permission without delivering anything.
                if (NativeEscapes.Kill(NativeEscapes.GetParentProcessId(), 0) != 0) throw LastErrno();
                break;
            default:
                throw new ArgumentException($"unknown attempt {attempt}");
        }
    }

    private static void Fork()
    {
        var pid = NativeEscapes.ForkAndExitChild();
        if (pid < 0) throw new Win32Exception(Marshal.GetLastSystemError());
        // Reap the child; one that has not left within two seconds (a forked .NET child can hang) is killed.
        const int noHang = 1, sigkill = 9;
        for (var waited = 0; NativeEscapes.WaitPid(pid, out _, noHang) == 0; waited += 10)
        {
            if (waited >= 2000) NativeEscapes.Kill(pid, sigkill);
            Thread.Sleep(10);
        }
    }

    private void RequireSecretIn(byte[] environ)
    {
        var name = Required(options.SecretName, "--secret-name");
        if (!Encoding.UTF8.GetString(environ).Split('\0').Any(v => v.StartsWith(name + "=", StringComparison.Ordinal)))
            throw new RefusedException("the host's variable is not in /proc/self/environ");
    }

    private static string Required(string? value, string option) =>
        value ?? throw new ArgumentException($"this attempt needs {option}");

    private static Win32Exception LastErrno() => new(Marshal.GetLastPInvokeError());

    /// <summary>A short, stable description of why an attempt was refused: the errno name where known.</summary>
    public static string Describe(Exception e) => e switch
    {
        RefusedException r => r.Message,
        SocketException s => $"{s.SocketErrorCode} (native {s.NativeErrorCode})",
        Win32Exception w => Errno.Name(w.NativeErrorCode),
        _ when e.InnerException is Win32Exception w => Errno.Name(w.NativeErrorCode),
        _ => $"{e.GetType().Name}: {e.Message}",
    };
}
