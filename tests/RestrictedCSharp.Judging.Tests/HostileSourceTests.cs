using System.Diagnostics;
using System.Text;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Judging.Tests;

/// <summary>Sources that make a compiler work hard end as a verdict or a failure within the deadline, in the worker.</summary>
public sealed class HostileSourceTests
{
    private static readonly TimeSpan Deadline = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_deeply_nested_expression_ends_within_the_deadline()
    {
        const int depth = 20_000;
        var source = $$"""
            using LightCycles.Api;

            public sealed class Deep : LightCyclesBot
            {
                public override Direction Move(GameView view) => (Direction)({{new string('(', depth)}}0{{new string(')', depth)}});
            }
            """;

        await JudgedWithinDeadline(("Deep.cs", source));
    }

    [Fact]
    public async Task A_source_exponential_to_bind_ends_within_the_deadline()
    {
        // Each lambda is bound once per overload of M, for each binding of the lambda around it: 2^depth bindings.
        const int depth = 24;
        var body = new StringBuilder("0");
        for (var i = depth - 1; i >= 0; i--) body.Insert(0, $"M(x{i} => ").Append(')');
        var source = $$"""
            using System;
            using LightCycles.Api;

            public sealed class Exponential : LightCyclesBot
            {
                private static int M(Func<int, int> f) => 0;
                private static int M(Func<string, int> f) => 1;

                public override Direction Move(GameView view)
                {
                    var unused = {{body}};
                    return view.Me.Heading;
                }
            }
            """;

        await JudgedWithinDeadline(("Exponential.cs", source));
    }

    [Theory]
    [InlineData(JudgeMode.Check)]
    [InlineData(JudgeMode.Build)]
    public async Task Overloaded_lambdas_run_the_worker_to_its_deadline_and_no_further(JudgeMode mode)
    {
        // Passes the front door (no nesting, no long constant, 190 KB) and the validation's own time limit cannot
        // stop it (the compiler looks at its cancellation between method bodies): only the judge's deadline does.
        var deadline = TimeSpan.FromSeconds(20);
        var judge = JudgeSetup.Judge(o => o with { Deadline = deadline });
        var clock = Stopwatch.StartNew();

        var judgement = await judge.JudgeAsync(JudgeSetup.Request(mode, ("Overloaded.cs", HostileSources.OverloadedLambdas())), CancellationToken.None);

        clock.Stop();
        judgement.Verdict.Should().Be(JudgeVerdict.Failed, judgement.ReportJson);
        judgement.Failure.Should().MatchRegex("deadline|resident set|out of memory");
        clock.Elapsed.Should().BeLessThan(deadline + TimeSpan.FromSeconds(15));
    }

    private static async Task JudgedWithinDeadline((string Name, string Text) file)
    {
        var judge = JudgeSetup.Judge(o => o with { Deadline = Deadline });
        var clock = Stopwatch.StartNew();

        var judgement = await judge.JudgeAsync(JudgeSetup.Request(JudgeMode.Build, file), CancellationToken.None);

        clock.Stop();
        judgement.Verdict.Should().BeOneOf(JudgeVerdict.Rejected, JudgeVerdict.Failed);
        // The deadline plus the time to kill and reap the worker.
        clock.Elapsed.Should().BeLessThan(Deadline + TimeSpan.FromSeconds(15));
        if (judgement.Verdict == JudgeVerdict.Rejected) JudgeSetup.Ids(judgement.ReportJson).Should().NotBeEmpty();
        else judgement.Failure.Should().NotBeNullOrEmpty();
        // This process did none of the work: its heap is what a test's is.
        GC.GetTotalMemory(forceFullCollection: true).Should().BeLessThan(256L << 20);
    }
}
