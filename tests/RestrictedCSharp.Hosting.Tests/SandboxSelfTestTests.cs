using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Sandbox;
using Xunit.Abstractions;

namespace RestrictedCSharp.Hosting.Tests;

[Collection(RunnerCollection.Name)]
public sealed class SandboxSelfTestTests(ITestOutputHelper output)
{
    [Fact]
    public async Task The_self_test_reports_each_escape_and_a_full_sandbox_refuses_them_all()
    {
        var report = await SandboxSelfTest.RunAsync(new RunnerSettings { MemoryMb = 64 });
        output.WriteLine(report.ToString());

        report.Error.Should().BeNull();
        report.Attempts.Select(a => a.Attempt).Should().BeEquivalentTo(
            "read-file", "write-file", "start-process", "connect-tcp", "bind-tcp", "fork", "read-host-environment");
        report.Attempts.Single(a => a.Attempt == "read-host-environment").Refused.Should().BeTrue("the environment is scrubbed on every machine");
        if (report.Runner!.IsFullySandboxed)
            report.AllRefused.Should().BeTrue();
        else
            output.WriteLine($"SKIPPED the all-refused assertion: this machine's runner lacks a layer ({report.Runner.Warning}).");
    }

    [Fact]
    public async Task Requiring_the_sandbox_starts_runners_only_where_every_layer_is_present()
    {
        var support = SandboxSupport.Detect();
        var settings = new RunnerSettings { MemoryMb = 64, RequireSandbox = true };
        if (support is { IsLinux: true, LandlockAbi: > 0, SeccompFilterAvailable: true })
        {
            await using var runner = await RunnerProcess.StartAsync(settings);
            runner.Sandbox.IsFullySandboxed.Should().BeTrue();
        }
        else
        {
            var start = () => RunnerProcess.StartAsync(settings);
            await start.Should().ThrowAsync<RunnerStartException>();
        }
    }
}
