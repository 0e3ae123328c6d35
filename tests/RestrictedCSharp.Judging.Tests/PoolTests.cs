using System.Collections.Concurrent;
using System.Diagnostics;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Judging.Tests;

/// <summary>The pool of warm workers: the same judgements as cold workers, each worker used once, idle workers replaced and killed.</summary>
public sealed class PoolTests
{
    private static readonly TimeSpan ReadyWait = TimeSpan.FromSeconds(120);

    private static SandboxedJudge PooledJudge(int size) =>
        JudgeSetup.Judge(o => o with { Games = ["lightcycles"], PoolSize = size });

    [Fact]
    public async Task A_pooled_judgement_gives_the_verdict_and_report_of_a_cold_one()
    {
        using var pooled = PooledJudge(1);
        using var cold = JudgeSetup.Judge(o => o with { Games = ["lightcycles"] });
        cold.Pool.Should().BeNull();

        foreach (var bot in new[] { JudgeSetup.RandomBot, JudgeSetup.FileReadingBot })
        {
            foreach (var mode in new[] { JudgeMode.Check, JudgeMode.Build })
            {
                await ReadyWorkers(pooled, 1);
                var warm = await pooled.JudgeAsync(JudgeSetup.Request(mode, bot), CancellationToken.None);
                var fresh = await cold.JudgeAsync(JudgeSetup.Request(mode, bot), CancellationToken.None);

                warm.Verdict.Should().Be(fresh.Verdict, warm.Failure);
                warm.Verdict.Should().NotBe(JudgeVerdict.Failed);
                warm.ReportJson.Should().Be(fresh.ReportJson);
                warm.Failure.Should().Be(fresh.Failure);
                warm.Artifact?.Manifest.Should().Be(fresh.Artifact!.Manifest);
                warm.Artifact?.Assembly.Should().Equal(fresh.Artifact!.Assembly);
            }
        }
        pooled.WarmJudgements.Should().Be(4);
    }

    [Fact]
    public async Task A_worker_is_never_given_twice_and_ends_with_its_judgement()
    {
        using var judge = PooledJudge(1);
        var given = new ConcurrentQueue<(int Id, bool Warm)>();
        judge.WorkerGiven += (id, warm) => given.Enqueue((id, warm));

        for (var i = 0; i < 3; i++)
        {
            await ReadyWorkers(judge, 1);
            var judgement = await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Check, JudgeSetup.RandomBot), CancellationToken.None);
            judgement.Verdict.Should().Be(JudgeVerdict.Accepted, judgement.Failure);
            var (id, warm) = given.Last();
            warm.Should().BeTrue();
            Gone(id).Should().BeTrue("a worker exits after its one judgement");
            judge.Pool!.ReadyIds("lightcycles").Should().NotContain(id);
        }
        given.Select(g => g.Id).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task A_killed_idle_worker_is_replaced()
    {
        using var judge = PooledJudge(1);
        var first = (await ReadyWorkers(judge, 1)).Single();

        Process.GetProcessById(first).Kill();

        var clock = Stopwatch.StartNew();
        while (judge.Pool!.ReadyIds("lightcycles") is not [var replacement] || replacement == first)
        {
            clock.Elapsed.Should().BeLessThan(ReadyWait, "the pool starts a replacement for a worker that died");
            await Task.Delay(100);
        }
        var judgement = await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Check, JudgeSetup.RandomBot), CancellationToken.None);
        judgement.Verdict.Should().Be(JudgeVerdict.Accepted, judgement.Failure);
        judge.WarmJudgements.Should().Be(1);
    }

    [Fact]
    public async Task Disposing_the_judge_leaves_no_worker()
    {
        var judge = PooledJudge(2);
        var ready = await ReadyWorkers(judge, 2);
        var all = judge.Pool!.AllIds();
        all.Should().Contain(ready);
        var given = new ConcurrentQueue<int>();
        judge.WorkerGiven += (id, _) => given.Enqueue(id);
        // A judgement in progress when the judge goes: its worker is killed too, and it answers Failed.
        var inProgress = judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Build, JudgeSetup.RandomBot), CancellationToken.None);
        while (given.IsEmpty) await Task.Delay(10);

        judge.Dispose();

        var judgement = await inProgress;
        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("disposed");
        foreach (var id in all.Concat(given)) Gone(id).Should().BeTrue($"worker {id} was killed");
        judge.Pool.AllIds().Should().BeEmpty();
        (await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Check, JudgeSetup.RandomBot), CancellationToken.None)).Failure.Should().Contain("disposed");
    }

    [Fact]
    public async Task Many_judgements_at_once_with_a_pool_of_one_are_all_judged()
    {
        using var judge = PooledJudge(1);
        await ReadyWorkers(judge, 1);
        var given = new ConcurrentQueue<int>();
        judge.WorkerGiven += (id, _) => given.Enqueue(id);

        var judgements = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => judge.JudgeAsync(
            JudgeSetup.Request(JudgeMode.Check, i % 2 == 0 ? JudgeSetup.RandomBot : JudgeSetup.FileReadingBot), CancellationToken.None)));

        for (var i = 0; i < judgements.Length; i++)
        {
            var judgement = judgements[i];
            judgement.Verdict.Should().NotBe(JudgeVerdict.Failed, judgement.Failure);
            if (i % 2 == 1) JudgeSetup.Ids(judgement.ReportJson).Should().Contain(id => id.StartsWith("RCX", StringComparison.Ordinal));
            // Four compilers at once on a machine shared by several builds may pass the validation's time limit (RCX1008).
            else if (judgement.Verdict != JudgeVerdict.Accepted) JudgeSetup.Ids(judgement.ReportJson).Should().Equal(["RCX1008"], judgement.ReportJson);
        }
        given.Should().HaveCount(4).And.OnlyHaveUniqueItems();
        judge.WarmJudgements.Should().BeInRange(1, 4);
    }

    private static async Task<IReadOnlyList<int>> ReadyWorkers(SandboxedJudge judge, int count)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            var ready = judge.Pool!.ReadyIds("lightcycles");
            if (ready.Count >= count) return ready;
            clock.Elapsed.Should().BeLessThan(ReadyWait, "the pool warms its workers");
            await Task.Delay(100);
        }
    }

    private static bool Gone(int id)
    {
        try
        {
            using var process = Process.GetProcessById(id);
            return process.HasExited || process.WaitForExit(TimeSpan.FromSeconds(10));
        }
        catch (ArgumentException)
        {
            return true;
        }
    }
}
