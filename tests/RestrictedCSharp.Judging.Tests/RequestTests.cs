using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Judging.Tests;

/// <summary>Requests that cannot be judged fail with a reason; those a worker need not see never start one.</summary>
public sealed class RequestTests
{
    /// <summary>A worker path that does not exist: a request refused before a worker starts never notices.</summary>
    private static SandboxedJudge NoWorker(Func<SandboxedJudgeOptions, SandboxedJudgeOptions>? adjust = null) =>
        JudgeSetup.Judge(o => (adjust ?? (x => x))(o with { WorkerPath = "/nonexistent/worker.dll" }));

    public static TheoryData<string, JudgeRequest> BadRequests() => new()
    {
        { "no files", new JudgeRequest("lightcycles", [], JudgeMode.Check) },
        { "lower-case letters", new JudgeRequest("../etc", [new("Bot.cs", "")], JudgeMode.Check) },
        { "lower-case letters", new JudgeRequest("LightCycles", [new("Bot.cs", "")], JudgeMode.Check) },
        { "not a C# file name", new JudgeRequest("lightcycles", [new("Bot.txt", "")], JudgeMode.Check) },
        { "not a C# file name", new JudgeRequest("lightcycles", [new("a\nb.cs", "")], JudgeMode.Check) },
        { "not a C# file name", new JudgeRequest("lightcycles", [new("..\\Bot.cs", "")], JudgeMode.Check) },
        { "not a C# file name", new JudgeRequest("lightcycles", [new(new string('a', 200) + ".cs", "")], JudgeMode.Check) },
        { "two files are named", new JudgeRequest("lightcycles", [new("Bot.cs", ""), new("Bot.cs", "")], JudgeMode.Check) },
        { "lacks its name or text", new JudgeRequest("lightcycles", [new("Bot.cs", null!)], JudgeMode.Check) },
        { "more than 64", new JudgeRequest("lightcycles", [.. Enumerable.Range(0, 65).Select(i => new SubmittedFile($"F{i}.cs", ""))], JudgeMode.Check) },
        { "unknown mode", new JudgeRequest("lightcycles", [new("Bot.cs", "")], (JudgeMode)7) },
        { "bytes, more than", new JudgeRequest("lightcycles", [new("Bot.cs", new string('x', 2 << 20))], JudgeMode.Check) },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task A_bad_request_fails_without_a_worker(string reason, JudgeRequest request)
    {
        var judgement = await NoWorker().JudgeAsync(request, CancellationToken.None);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().StartWith("bad request: ").And.Contain(reason);
        judgement.ReportJson.Should().BeEmpty();
    }

    [Fact]
    public async Task No_request_at_all_fails()
    {
        var judgement = await NoWorker().JudgeAsync(null!, CancellationToken.None);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Be("bad request: no request");
    }

    [Fact]
    public async Task A_game_not_judged_here_fails_without_a_worker()
    {
        var judgement = await NoWorker(o => o with { Games = ["lightcycles"] })
            .JudgeAsync(new JudgeRequest("chess", [new("Bot.cs", "")], JudgeMode.Check), CancellationToken.None);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Be("bad request: no game 'chess' is judged here (games: lightcycles)");
    }

    [Fact]
    public async Task A_game_the_registry_lacks_fails_with_the_games_it_has()
    {
        var judgement = await JudgeSetup.Judge().JudgeAsync(new JudgeRequest("chess", [JudgeSetup.RandomBot is var (n, t) ? new(n, t) : null!], JudgeMode.Check), CancellationToken.None);

        judgement.Verdict.Should().Be(JudgeVerdict.Failed);
        judgement.Failure.Should().Contain("no game 'chess'").And.Contain("registered: lightcycles");
        judgement.ReportJson.Should().BeEmpty();
    }
}
