namespace RestrictedCSharp.Hosting.Tests.Infrastructure;

/// <summary>
/// An assembly compiled with no restriction at all (unsafe code, any API) that tries to leave the sandbox
/// from the bot thread, a thread-pool thread and the finalizer thread — threads the runtime started itself.
/// Each attempt returns "escaped: …" or "refused: …" with the error.
/// </summary>
internal static class EscapeBot
{
    public static readonly string[] Threads = ["bot", "threadpool", "finalizer"];

    public const string Source = """
        using System;
        using System.Diagnostics;
        using System.IO;
        using System.Net;
        using System.Net.Sockets;
        using System.Runtime.CompilerServices;
        using System.Runtime.InteropServices;
        using System.Threading;
        using System.Threading.Tasks;

        public class Escaper
        {
            public string Attempt(string attempt, string thread, string argument)
            {
                Func<string> action = attempt switch
                {
                    "read-file" => () => "read " + File.ReadAllText(argument),
                    "write-file" => () => { File.WriteAllText(argument + "." + thread, "escaped"); return "wrote"; },
                    "list-root" => () => string.Join(",", Directory.GetFileSystemEntries("/")),
                    "connect-tcp" => () =>
                    {
                        using var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        s.Connect(new IPEndPoint(IPAddress.Loopback, int.Parse(argument)));
                        return "connected";
                    },
                    "bind-tcp" => () =>
                    {
                        using var s = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
                        s.Bind(new IPEndPoint(IPAddress.Loopback, 0));
                        s.Listen();
                        return "listening on " + s.LocalEndPoint;
                    },
                    "send-udp" => () =>
                    {
                        using var s = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
                        s.SendTo(new byte[] { 1, 2, 3 }, new IPEndPoint(IPAddress.Loopback, int.Parse(argument)));
                        return "sent";
                    },
                    "connect-unix" => () =>
                    {
                        using var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
                        s.Connect(new UnixDomainSocketEndPoint(argument));
                        return "connected";
                    },
                    "start-process" => () =>
                    {
                        using var p = Process.Start(new ProcessStartInfo("/bin/true") { UseShellExecute = false });
                        p.WaitForExit();
                        return "started " + p.Id;
                    },
                    "fork" => Fork,
                    "read-env" => () => Environment.GetEnvironmentVariable(argument) ?? throw new Exception("not visible"),
                    "read-proc-environ" => () => File.ReadAllText("/proc/self/environ").Contains(argument) ? "found" : throw new Exception("not in /proc/self/environ"),
                    "read-parent-environ" => () => "read " + File.ReadAllBytes("/proc/" + argument + "/environ").Length + " bytes",
                    _ => throw new ArgumentException(attempt),
                };
                return thread switch
                {
                    "bot" => Run(action),
                    "threadpool" => Task.Run(() => Thread.CurrentThread.IsThreadPoolThread ? Run(action) : "error: not a pool thread").GetAwaiter().GetResult(),
                    "finalizer" => OnFinalizer(action),
                    _ => throw new ArgumentException(thread),
                };
            }

            private static string Run(Func<string> action)
            {
                try { return "escaped: " + action(); }
                catch (Exception e) { return "refused: " + e.GetType().Name + ": " + e.Message; }
            }

            private static string OnFinalizer(Func<string> action)
            {
                var box = new StrongBox<string>();
                Abandon(action, box);
                for (int i = 0; i < 20 && box.Value == null; i++) { GC.Collect(); GC.WaitForPendingFinalizers(); }
                return box.Value ?? "error: the finalizer did not run";
            }

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static void Abandon(Func<string> action, StrongBox<string> box) => new InFinalizer(action, box);

            private sealed class InFinalizer
            {
                private readonly Func<string> _action;
                private readonly StrongBox<string> _box;
                public InFinalizer(Func<string> action, StrongBox<string> box) { _action = action; _box = box; }
                ~InFinalizer() => _box.Value = Run(_action);
            }

            private static readonly unsafe delegate* unmanaged<int> ForkFunction =
                (delegate* unmanaged<int>)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "fork");
            private static readonly unsafe delegate* unmanaged<int, void> ExitFunction =
                (delegate* unmanaged<int, void>)NativeLibrary.GetExport(NativeLibrary.Load("libc.so.6"), "_exit");

            [MethodImpl(MethodImplOptions.NoInlining)]
            private static unsafe string Fork()
            {
                Marshal.SetLastSystemError(0);
                int pid = ForkFunction();
                if (pid == 0) ExitFunction(0);
                if (pid < 0) throw new IOException("fork failed with errno " + Marshal.GetLastSystemError());
                return "forked " + pid;
            }
        }
        """;
}
