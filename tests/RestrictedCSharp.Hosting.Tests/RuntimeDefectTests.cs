using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// A runtime defect that plain C# can reach must not crash a runner: the runner's runtime settings
/// (<c>SandboxedProcessStart.RuntimeEnvironment</c>) keep .NET 10.0.12 out of the shapes that crash its
/// PGO-compiled tier-1 code. The bot is unguarded (the rewriter avoids these shapes in guarded code) and
/// optimized, so only the settings stand between it and a SIGSEGV; 30,000 rounds run long enough that the
/// methods are always recompiled at tier 1 during the call (with 3,000, whether they were depended on timing).
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class RuntimeDefectTests(HostFixture fixture)
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Loops_in_a_try_and_its_finally_that_throw_thousands_of_times_do_not_crash_the_runner(int shape)
    {
        await using var bot = await fixture.StartAsync(TestBotCompiler.PlainOptimized(TestBots.JitDefect),
            HostFixture.Options with { SkipAudit = true, TimeoutMs = 30_000, AllocatedBytes = 1L << 30 }); // 30,000 exceptions allocate past the default budget

        var result = await bot.CallAsync("Run", Args(shape));

        result.Outcome.Should().Be(CallOutcome.Ok, result.Message);
        result.Value!.Value.GetInt32().Should().Be(30_000, "every round ends in the exception it was built to throw");
        bot.ProcessesUsed.Should().Be(1);
    }
}
