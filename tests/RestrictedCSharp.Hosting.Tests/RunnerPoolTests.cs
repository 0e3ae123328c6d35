using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>The warm pool: ready runners are handed out without a process start, refilled, and disposed.</summary>
[Collection(RunnerCollection.Name)]
public sealed class RunnerPoolTests
{
    private static readonly RunnerSettings Settings = new() { MemoryMb = 64 };

    [Fact]
    public async Task An_acquire_from_a_warm_pool_never_starts_a_process()
    {
        await using var pool = new RunnerPool(Settings, warmRunners: 2);
        (await pool.WaitUntilWarmAsync(TimeSpan.FromSeconds(30))).Should().BeTrue(pool.LastStartFailure?.Message);

        await using var first = await pool.AcquireAsync();
        await using var second = await pool.AcquireAsync();

        pool.ColdStarts.Should().Be(0);
        pool.WarmAcquires.Should().Be(2);
        first.ProcessId.Should().NotBe(second.ProcessId);
        first.Sandbox.Layers.Should().NotBeEmpty("a pooled runner is already locked down");
        (await pool.WaitUntilWarmAsync(TimeSpan.FromSeconds(30))).Should().BeTrue("the pool refills in the background");
    }

    [Fact]
    public async Task An_empty_pool_starts_a_runner_on_demand()
    {
        await using var pool = new RunnerPool(Settings, warmRunners: 0);

        await using var runner = await pool.AcquireAsync();

        pool.ColdStarts.Should().Be(1);
        runner.IsUsable.Should().BeTrue();
    }

    [Fact]
    public async Task Disposing_the_pool_ends_its_waiting_runners()
    {
        var pool = new RunnerPool(Settings, warmRunners: 2);
        (await pool.WaitUntilWarmAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        var runner = await pool.AcquireAsync();
        await runner.DisposeAsync();

        await pool.DisposeAsync();

        pool.Available.Should().Be(0);
        var act = () => pool.AcquireAsync();
        await act.Should().ThrowAsync<ObjectDisposedException>();
    }

    [Fact]
    public async Task A_runner_that_died_while_waiting_is_not_handed_out()
    {
        await using var pool = new RunnerPool(Settings, warmRunners: 1);
        (await pool.WaitUntilWarmAsync(TimeSpan.FromSeconds(30))).Should().BeTrue();
        var dead = pool.WaitingRunners.Single();
        using (var process = System.Diagnostics.Process.GetProcessById(dead.ProcessId))
        {
            process.Kill();
            process.WaitForExit(10_000).Should().BeTrue();
        }

        await using var runner = await pool.AcquireAsync();

        runner.ProcessId.Should().NotBe(dead.ProcessId);
        runner.IsUsable.Should().BeTrue();
    }

    [Fact]
    public async Task A_bot_from_a_warm_host_and_its_replacement_runner_never_wait_for_a_process_start()
    {
        await using var host = new BotHost(warmRunners: 2);
        var options = HostFixture.Options with { SkipAudit = true, MemoryMb = Settings.MemoryMb };
        var pool = host.PoolFor(options.RunnerSettings);
        (await pool.WaitUntilWarmAsync(TimeSpan.FromSeconds(60))).Should().BeTrue(pool.LastStartFailure?.Message);

        await using var bot = await host.StartBotAsync(TestBotCompiler.Plain(TestBots.Crasher), options);
        var crashed = await bot.CallAsync("Exit", Json.None);
        var next = await bot.CallAsync("Ping", Json.None);

        crashed.Outcome.Should().Be(CallOutcome.Crashed);
        next.Outcome.Should().Be(CallOutcome.Ok, next.Message);
        bot.ProcessesUsed.Should().Be(2);
        pool.ColdStarts.Should().Be(0, "the load and the reload both took a runner that was already locked down");
        pool.WarmAcquires.Should().Be(2);
    }

    [Fact]
    public async Task A_runner_reports_its_sandbox_and_answers_pings()
    {
        await using var runner = await RunnerProcess.StartAsync(Settings);

        var exchange = await runner.ExchangeAsync(new PingRequest(), TimeSpan.FromSeconds(10), 0, CancellationToken.None);

        exchange.Reply.Should().BeOfType<PongReply>();
        runner.Sandbox.Linux.Should().Be(OperatingSystem.IsLinux());
        runner.ResidentBytes.Should().BePositive();
    }
}
