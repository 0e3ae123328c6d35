using System.Diagnostics;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Judging.Tests;

/// <summary>Everything that is not a judgement of the submission is Failed, with a reason, and never an exception.</summary>
public sealed class FailureTests : IDisposable
{
    private readonly TempFolder _folder = new("restrictedcsharp-judging-fakes-");

    public void Dispose() => _folder.Dispose();

    private async Task<Judgement> JudgeWithFake(string body, Func<SandboxedJudgeOptions, SandboxedJudgeOptions>? adjust = null)
    {
        var worker = FakeWorker.Create(_folder, "fake" + Guid.NewGuid().ToString("N")[..8], body);
        var judge = JudgeSetup.Judge(o => (adjust ?? (x => x))(o with { WorkerPath = worker }));
        return await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Build, JudgeSetup.RandomBot), CancellationToken.None);
    }

    [Fact]
    public async Task A_garbage_reply_is_a_failure()
    {
        var judgement = await JudgeWithFake("""System.Console.Out.Write("{\"verdict\": tru"); return 0;""");

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("reply is not valid");
        judgement.Artifact.Should().BeNull();
    }

    [Fact]
    public async Task A_reply_whose_verdict_its_report_contradicts_is_a_failure()
    {
        var judgement = await JudgeWithFake("""
            System.Console.Out.Write("{\"verdict\": \"accepted\", \"report\": \"{\\\"accepted\\\": false, \\\"diagnostics\\\": []}\"}");
            return 0;
            """);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("does not agree");
    }

    [Fact]
    public async Task An_accepted_build_whose_artifact_does_not_verify_is_a_failure()
    {
        var judgement = await JudgeWithFake("""
            System.Console.Out.Write("{\"verdict\": \"accepted\", \"report\": \"{\\\"accepted\\\": true, \\\"diagnostics\\\": []}\", \"assembly\": \"AAEC\", \"manifest\": \"{\\\"assemblyName\\\": \\\"x\\\", \\\"contentHash\\\": \\\"00\\\", \\\"sourceHash\\\": \\\"00\\\", \\\"rulesHash\\\": \\\"00\\\", \\\"budgets\\\": {\\\"ticks\\\": 1000, \\\"callDepth\\\": 100, \\\"allocatedBytes\\\": 1000000, \\\"memoryMb\\\": 64, \\\"timeoutMs\\\": 100}, \\\"toolVersion\\\": \\\"0\\\"}\"}");
            return 0;
            """);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("artifact is not valid");
    }

    [Fact]
    public async Task A_killed_worker_is_a_failure()
    {
        var judgement = await JudgeWithFake("System.Diagnostics.Process.GetCurrentProcess().Kill(); System.Threading.Thread.Sleep(60000); return 0;");

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("signal 9").And.Contain("without a reply");
    }

    [Fact]
    public async Task A_worker_that_exits_without_a_reply_is_a_failure_that_quotes_its_stderr()
    {
        var judgement = await JudgeWithFake("""System.Console.Error.Write("cannot go on"); return 7;""");

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("exited with code 7").And.Contain("cannot go on");
    }

    [Fact]
    public async Task A_worker_past_its_deadline_is_killed_and_the_judgement_fails_in_time()
    {
        var clock = Stopwatch.StartNew();
        var judgement = await JudgeWithFake("System.Threading.Thread.Sleep(600_000); return 0;", o => o with { Deadline = TimeSpan.FromSeconds(3) });
        clock.Stop();

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("deadline of 3 s");
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_reply_over_its_size_is_cut_off_and_a_failure()
    {
        var judgement = await JudgeWithFake("""
            var chunk = new string('x', 1 << 16);
            for (var i = 0; i < 1024; i++) System.Console.Out.Write(chunk);
            return 0;
            """, o => o with { MaxReplyBytes = 1 << 20 });

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain($"reply passed {1 << 20} bytes");
    }

    [Fact]
    public async Task A_worker_over_its_memory_ceiling_is_a_failure()
    {
        // The real worker: 64 MiB is less than Roslyn needs to judge even a small bot.
        var judge = JudgeSetup.Judge(o => o with { MemoryMegabytes = 64 });

        var judgement = await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Build, JudgeSetup.RandomBot), CancellationToken.None);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Match(f => f.Contains("resident set") || f.Contains("out of memory") || f.Contains("OutOfMemory"));
    }

    [Fact]
    public async Task Cancelling_a_judgement_kills_its_worker_and_throws()
    {
        var worker = FakeWorker.Create(_folder, "sleeper", "System.Threading.Thread.Sleep(600_000); return 0;");
        var judge = JudgeSetup.Judge(o => o with { WorkerPath = worker });
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        var clock = Stopwatch.StartNew();

        var act = () => judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Check, JudgeSetup.RandomBot), cancel.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public async Task A_missing_worker_is_a_failure()
    {
        var judge = JudgeSetup.Judge(o => o with { WorkerPath = _folder.Combine("nowhere.dll") });

        var judgement = await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Check, JudgeSetup.RandomBot), CancellationToken.None);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("not found");
    }
}
