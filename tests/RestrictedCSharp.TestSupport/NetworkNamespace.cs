using System.Diagnostics;
using System.Net;

namespace RestrictedCSharp.TestSupport;

/// <summary>
/// A Linux network namespace joined to this machine by a veth pair: the host side has <see cref="HostAddress"/>, the
/// inside <see cref="InsideAddress"/> (a /30 of 10.213.0.0/16), and the inside has its own loopback and no other
/// route. A process started with <see cref="StartInfo"/> runs inside it: it reaches what listens on the host side's
/// address and nothing else of the machine, not even what listens on the host's 127.0.0.1. Made with iproute2's
/// <c>ip</c>, so it needs root. Disposing kills what runs inside and removes the namespace and the pair; a detached
/// watcher does the same if the test process dies first.
/// </summary>
public sealed class NetworkNamespace : IDisposable
{
    private readonly string _ip;
    private readonly string _flag;
    private readonly List<Process> _started = [];
    private bool _disposed;

    private NetworkNamespace(string ip, string name, string hostInterface, IPAddress hostAddress, IPAddress insideAddress, string flag)
    {
        _ip = ip;
        Name = name;
        HostInterface = hostInterface;
        HostAddress = hostAddress;
        InsideAddress = insideAddress;
        _flag = flag;
    }

    public string Name { get; }

    /// <summary>The host's end of the veth pair.</summary>
    public string HostInterface { get; }

    public IPAddress HostAddress { get; }

    public IPAddress InsideAddress { get; }

    /// <summary>Why a namespace cannot be made here (null: it can).</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux()) return "network namespaces are Linux's";
        if (!SystemCommand.IsRoot) return "making a network namespace and a veth pair needs root";
        if (SystemCommand.Find("ip") is null) return "iproute2's ip is not installed (apt-get install iproute2)";
        if (SystemCommand.Find("setsid") is null) return "setsid is missing to watch the namespace";
        return null;
    }

    /// <summary>A new namespace, its veth pair up and addressed.</summary>
    /// <param name="ownerProcessId">The process whose end takes the namespace down if it was not disposed (default: this one).</param>
    /// <exception cref="InvalidOperationException">Not possible here (<see cref="Unavailable"/>), or ip failed (the message says how).</exception>
    public static NetworkNamespace Create(int? ownerProcessId = null)
    {
        if (Unavailable() is { } reason) throw new InvalidOperationException(reason);
        var ip = SystemCommand.Find("ip")!;
        // Interface names are at most 15 bytes: "rcsc" + 8 hex + "h"/"n".
        var id = Guid.NewGuid().ToString("N")[..8];
        var name = $"rcsc-{id}";
        var (hostAddress, insideAddress) = FreeSubnet(ip);
        var flag = Path.Combine(Path.GetTempPath(), $"{name}.netns");
        var space = new NetworkNamespace(ip, name, $"rcsc{id}h", hostAddress, insideAddress, flag);
        try
        {
            // The watcher first, so that even a failure half-way is cleaned up when this process dies.
            SystemCommand.WatchAfterExit(ownerProcessId ?? Environment.ProcessId, flag, """
                ip=$1; name=$2; veth=$3
                for pid in $("$ip" netns pids "$name"); do kill -KILL "$pid"; done
                sleep 1
                "$ip" netns delete "$name"; "$ip" link delete "$veth"
                """, ip, name, space.HostInterface);
            var inside = $"rcsc{id}n";
            space.Ip("netns", "add", name);
            space.Ip("link", "add", space.HostInterface, "type", "veth", "peer", "name", inside);
            space.Ip("link", "set", inside, "netns", name);
            space.Ip("addr", "add", $"{hostAddress}/30", "dev", space.HostInterface);
            space.Ip("link", "set", space.HostInterface, "up");
            space.Ip("-n", name, "addr", "add", $"{insideAddress}/30", "dev", inside);
            space.Ip("-n", name, "link", "set", inside, "up");
            space.Ip("-n", name, "link", "set", "lo", "up");
            return space;
        }
        catch
        {
            space.Dispose();
            throw;
        }
    }

    /// <summary>How to start <paramref name="file"/> inside the namespace (<c>ip netns exec</c>), all streams redirected.</summary>
    public ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(_ip)
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["netns", "exec", Name, file, .. arguments]) start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>Starts a process inside; it is killed when the namespace is disposed, if still running.</summary>
    public Process Start(string file, params string[] arguments)
    {
        var process = Process.Start(StartInfo(file, arguments)) ?? throw new InvalidOperationException($"{file} did not start");
        lock (_started) _started.Add(process);
        return process;
    }

    /// <summary>Runs a command inside to its end: its exit code and output (stdout then stderr).</summary>
    public (int ExitCode, string Output) Run(TimeSpan timeout, string file, params string[] arguments)
    {
        using var process = Start(file, arguments);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return (-1, $"{file} did not finish in {timeout.TotalSeconds:0} s");
        }
        return (process.ExitCode, output.Result + error.Result);
    }

    /// <summary>Whether a TCP connection from inside to <paramref name="address"/>:<paramref name="port"/> opens (within 5 s).</summary>
    public bool CanConnect(IPAddress address, int port) =>
        Run(TimeSpan.FromSeconds(10), "timeout", "5", "bash", "-c", $"exec 3<>/dev/tcp/{address}/{port}").ExitCode == 0;

    /// <summary>The processes running inside now (ip netns pids).</summary>
    public IReadOnlyList<int> Processes() =>
        Ip("netns", "pids", Name).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(int.Parse).ToList();

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        lock (_started)
        {
            foreach (var process in _started)
            {
                try
                {
                    if (!process.HasExited) process.Kill(entireProcessTree: true);
                    process.WaitForExit(5000);
                }
                catch (InvalidOperationException)
                {
                }
            }
        }
        // Anything else left inside (a process's child that escaped its tree) keeps the namespace alive: kill it too.
        try
        {
            foreach (var pid in Processes()) SystemCommand.Run("kill", ["-KILL", pid.ToString()]);
        }
        catch (InvalidOperationException)
        {
        }
        Quietly("netns", "delete", Name);
        Quietly("link", "delete", HostInterface); // gone with the namespace's end already, unless that failed
        File.Delete(_flag);
    }

    private string Ip(params string[] arguments) => SystemCommand.Run(_ip, arguments);

    private void Quietly(params string[] arguments)
    {
        try
        {
            Ip(arguments);
        }
        catch (InvalidOperationException)
        {
        }
    }

    /// <summary>A /30 of 10.213.0.0/16 that no interface of this machine uses yet.</summary>
    private static (IPAddress Host, IPAddress Inside) FreeSubnet(string ip)
    {
        var used = SystemCommand.Run(ip, ["-o", "-4", "addr", "show"]);
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var third = Random.Shared.Next(0, 256);
            var fourth = Random.Shared.Next(0, 64) * 4;
            if (used.Contains($"10.213.{third}.{fourth + 1}/", StringComparison.Ordinal)) continue;
            return (IPAddress.Parse($"10.213.{third}.{fourth + 1}"), IPAddress.Parse($"10.213.{third}.{fourth + 2}"));
        }
        throw new InvalidOperationException("no free /30 in 10.213.0.0/16");
    }
}
