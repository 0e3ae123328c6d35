using System.Diagnostics;
using System.Globalization;

namespace RestrictedCSharp.TestSupport;

/// <summary>
/// A cgroup that limits the processes in it to a share of the machine's CPU: <see cref="Cores"/> cores' worth of time
/// every period (cgroup v1: <c>cpu.cfs_quota_us</c> and <c>cpu.cfs_period_us</c> under the cpu controller's mount;
/// cgroup v2: <c>cpu.max</c>). A process started with <see cref="StartInfo"/> joins the group before it runs its
/// program (a shell writes its own pid into <c>cgroup.procs</c>, then execs), so every child follows it. Disposing
/// kills what is left in the group and removes it; a detached watcher does the same if the test process dies first.
/// Needs write access to the cgroup tree (root, here).
/// </summary>
public sealed class CpuShare : IDisposable
{
    public const long PeriodMicroseconds = 100_000;

    private readonly string _flag;
    private bool _disposed;

    private CpuShare(string path, bool isV2, double cores, string flag)
    {
        Path = path;
        IsCgroupV2 = isV2;
        Cores = cores;
        _flag = flag;
    }

    /// <summary>The group's folder in the cgroup file system.</summary>
    public string Path { get; }

    public bool IsCgroupV2 { get; }

    /// <summary>The share, in cores (0.5: half of one core's time).</summary>
    public double Cores { get; }

    public long QuotaMicroseconds => (long)Math.Round(Cores * PeriodMicroseconds);

    /// <summary>Why a group cannot be made here (null: it can).</summary>
    public static string? Unavailable()
    {
        if (!OperatingSystem.IsLinux()) return "cgroups are Linux's";
        if (Parent() is not { } parent) return "no cgroup cpu controller is mounted (neither /sys/fs/cgroup/cpu for cgroup v1 nor cpu in a cgroup v2 tree)";
        if (!SystemCommand.IsRoot) return $"making a cgroup under {parent.Path} needs root";
        if (SystemCommand.Find("setsid") is null) return "setsid is missing to watch the group";
        return null;
    }

    /// <summary>A new group limited to <paramref name="cores"/> cores' share (more than 0, at most the machine's cores × 1000).</summary>
    /// <param name="ownerProcessId">The process whose end takes the group down if it was not disposed (default: this one).</param>
    public static CpuShare Create(double cores, int? ownerProcessId = null)
    {
        if (!(cores > 0) || cores > Environment.ProcessorCount * 1000.0) throw new ArgumentOutOfRangeException(nameof(cores), cores, "a share of CPU is more than 0 cores");
        if (Unavailable() is { } reason) throw new InvalidOperationException(reason);
        var (parent, isV2) = Parent()!.Value;
        var name = $"rcsc-cpu-{Guid.NewGuid():N}"[..21];
        var path = System.IO.Path.Combine(parent, name);
        var flag = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"{name}.cgroup");
        Directory.CreateDirectory(path);
        var share = new CpuShare(path, isV2, cores, flag);
        try
        {
            SystemCommand.WatchAfterExit(ownerProcessId ?? Environment.ProcessId, flag, """
                group=$1
                for pid in $(cat "$group/cgroup.procs"); do kill -KILL "$pid"; done
                for i in 1 2 3 4 5 6 7 8 9 10; do rmdir "$group" && break; sleep 1; done
                """, path);
            if (isV2)
            {
                File.WriteAllText(System.IO.Path.Combine(path, "cpu.max"), $"{share.QuotaMicroseconds} {PeriodMicroseconds}");
            }
            else
            {
                File.WriteAllText(System.IO.Path.Combine(path, "cpu.cfs_period_us"), PeriodMicroseconds.ToString(CultureInfo.InvariantCulture));
                File.WriteAllText(System.IO.Path.Combine(path, "cpu.cfs_quota_us"), share.QuotaMicroseconds.ToString(CultureInfo.InvariantCulture));
            }
            return share;
        }
        catch
        {
            share.Dispose();
            throw;
        }
    }

    /// <summary>The quota and period the kernel holds for the group now, in microseconds (read back from its files).</summary>
    public (long Quota, long Period) Limit()
    {
        if (IsCgroupV2)
        {
            var parts = File.ReadAllText(System.IO.Path.Combine(Path, "cpu.max")).Split(' ', StringSplitOptions.TrimEntries);
            return (parts[0] == "max" ? -1 : long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }
        return (long.Parse(File.ReadAllText(System.IO.Path.Combine(Path, "cpu.cfs_quota_us")).Trim(), CultureInfo.InvariantCulture),
            long.Parse(File.ReadAllText(System.IO.Path.Combine(Path, "cpu.cfs_period_us")).Trim(), CultureInfo.InvariantCulture));
    }

    /// <summary>The processes in the group now.</summary>
    public IReadOnlyList<int> Processes() =>
        File.ReadAllLines(System.IO.Path.Combine(Path, "cgroup.procs")).Where(l => l.Length > 0).Select(l => int.Parse(l, CultureInfo.InvariantCulture)).ToList();

    /// <summary>Moves a running process (not its existing children) into the group.</summary>
    public void Add(int processId) => File.WriteAllText(System.IO.Path.Combine(Path, "cgroup.procs"), processId.ToString(CultureInfo.InvariantCulture));

    /// <summary>How to start <paramref name="file"/> inside the group (through sh, which joins it and execs), all streams redirected.</summary>
    public ProcessStartInfo StartInfo(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in (string[])["-c", "echo $$ > \"$0\" && exec \"$@\"", System.IO.Path.Combine(Path, "cgroup.procs"), file, .. arguments])
            start.ArgumentList.Add(argument);
        return start;
    }

    public void Dispose()
    {
        if (_disposed) return;
        _disposed = true;
        for (var attempt = 0; attempt < 50 && Directory.Exists(Path); attempt++)
        {
            try
            {
                foreach (var pid in Processes())
                {
                    try
                    {
                        Process.GetProcessById(pid).Kill(entireProcessTree: true);
                    }
                    catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
                    {
                        // Gone already.
                    }
                }
                Directory.Delete(Path); // rmdir: a cgroup's folder is removed empty of processes, its files and all
            }
            catch (IOException)
            {
                Thread.Sleep(100); // processes still leaving the group
            }
        }
        File.Delete(_flag);
    }

    /// <summary>Where new groups go: the cpu controller's folder of this process's own group (v1), or this process's v2 group's parent's cpu-enabled folder.</summary>
    private static (string Path, bool IsV2)? Parent()
    {
        var own = File.Exists("/proc/self/cgroup") ? File.ReadAllLines("/proc/self/cgroup") : [];
        // cgroup v1: a line "N:cpu,cpuacct:/path" (or "N:cpu:/path") and the controller's own mount.
        foreach (var line in own)
        {
            var parts = line.Split(':', 3);
            if (parts.Length == 3 && parts[1].Split(',').Contains("cpu"))
            {
                foreach (var mount in new[] { "/sys/fs/cgroup/cpu", "/sys/fs/cgroup/cpu,cpuacct" })
                {
                    var folder = mount + parts[2].TrimEnd('/');
                    if (File.Exists(System.IO.Path.Combine(folder, "cpu.cfs_quota_us"))) return (folder, false);
                }
            }
        }
        // cgroup v2: "0::/path", the unified tree at /sys/fs/cgroup with the cpu controller delegated to children.
        foreach (var line in own)
        {
            if (!line.StartsWith("0::", StringComparison.Ordinal)) continue;
            var folder = "/sys/fs/cgroup" + line[3..].TrimEnd('/');
            var control = System.IO.Path.Combine(folder, "cgroup.subtree_control");
            if (File.Exists(control) && File.ReadAllText(control).Split(' ', StringSplitOptions.TrimEntries).Contains("cpu")) return (folder, true);
        }
        return null;
    }
}
