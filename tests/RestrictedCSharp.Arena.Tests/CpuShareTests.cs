using System.Diagnostics;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// TestSupport's <see cref="CpuShare"/>, the harness the scale benchmark limits each worker with: the group's files
/// hold the quota asked for, a process started in it (and its children) is in it, and disposing kills them and removes
/// the group. Nothing is measured by time. Needs root and a cgroup cpu controller (skipped otherwise, failed under CI=true).
/// </summary>
public sealed class CpuShareTests
{
    [SkippableFact]
    public void A_process_started_in_a_share_is_in_the_group_whose_files_hold_the_quota()
    {
        Harnesses.Require(CpuShare.Unavailable());
        var share = CpuShare.Create(0.5);
        try
        {
            share.QuotaMicroseconds.Should().Be(50_000);
            share.Limit().Should().Be((50_000L, CpuShare.PeriodMicroseconds));
            var file = share.IsCgroupV2 ? "cpu.max" : "cpu.cfs_quota_us";
            File.ReadAllText(Path.Combine(share.Path, file)).Trim().Should().StartWith("50000");

            // A shell in the group that starts a child: both are in it.
            using var process = Process.Start(share.StartInfo("sh", ["-c", "sleep 300 & echo $!; wait"]))!;
            var child = int.Parse(process.StandardOutput.ReadLine()!);
            share.Processes().Should().Contain([process.Id, child]);
            var name = Path.GetFileName(share.Path);
            File.ReadAllLines($"/proc/{child}/cgroup").Should().Contain(line =>
                line.EndsWith("/" + name, StringComparison.Ordinal) && (share.IsCgroupV2 ? line.StartsWith("0::", StringComparison.Ordinal) : line.Split(':')[1].Split(',').Contains("cpu")));

            share.Dispose();
            process.WaitForExit(10_000).Should().BeTrue("disposing kills what is in the group");
            Directory.Exists(share.Path).Should().BeFalse();
            GoneOrDead(child).Should().BeTrue("the child is killed too");
        }
        finally
        {
            share.Dispose();
        }
    }

    [SkippableFact]
    public void When_its_owner_dies_without_disposing_it_a_watcher_kills_the_group_and_removes_it()
    {
        Harnesses.Require(CpuShare.Unavailable());
        // A process that stands in for a test host killed mid-run.
        using var owner = Process.Start("sleep", "300");
        var share = CpuShare.Create(0.5, owner.Id);
        try
        {
            using var process = Process.Start(share.StartInfo("sleep", ["300"]))!;
            var joined = false;
            for (var i = 0; i < 100 && !(joined = share.Processes().Contains(process.Id)); i++) Thread.Sleep(100);
            joined.Should().BeTrue();

            owner.Kill();
            owner.WaitForExit();

            process.WaitForExit(20_000).Should().BeTrue("the watcher kills what is in the group once the owner is gone");
            var removed = false;
            for (var i = 0; i < 200 && !(removed = !Directory.Exists(share.Path)); i++) Thread.Sleep(100);
            removed.Should().BeTrue("and removes the group");
        }
        finally
        {
            share.Dispose();
        }
    }

    /// <summary>True once the process has ended (gone, or a zombie its parent has not reaped yet), within 10 s.</summary>
    private static bool GoneOrDead(int pid)
    {
        for (var i = 0; i < 100; i++)
        {
            try
            {
                var stat = File.ReadAllText($"/proc/{pid}/stat");
                if (stat[(stat.LastIndexOf(')') + 2)..].StartsWith('Z')) return true;
            }
            catch (IOException)
            {
                return true;
            }
            Thread.Sleep(100);
        }
        return false;
    }

    [SkippableFact]
    public void Shares_are_given_in_cores()
    {
        Harnesses.Require(CpuShare.Unavailable());
        using var two = CpuShare.Create(2);
        two.Limit().Should().Be((200_000L, CpuShare.PeriodMicroseconds), "two cores' share is twice the period every period");
        var act = () => CpuShare.Create(0);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
