using RestrictedCSharp.Sandbox;

namespace RestrictedCSharp.Sandbox.Tests;

/// <summary>
/// A probe locked down by the library, started the way the host starts a runner, attempts every escape
/// on the main thread, the finalizer thread and a thread-pool thread: every one must be refused.
/// </summary>
public sealed class SandboxEscapeTests(EscapeTargets targets) : IClassFixture<EscapeTargets>
{
    public static readonly string[] AllAttempts =
    [
        "read-file", "write-file", "list-root", "chmod-file", "connect-tcp", "bind-tcp", "send-udp",
        "connect-unix", "connect-abstract", "start-process", "fork", "read-env", "read-proc-environ",
        "read-parent-environ", "signal-parent",
    ];

    public static readonly string[] AllThreads = ["main", "finalizer", "threadpool"];

    [Fact]
    public async Task Every_escape_is_refused_on_every_thread()
    {
        LinuxOnly.Require();
        var output = await ProbeRun.Sandboxed(targets.Arguments("--require-sandbox"));

        output.ExitCode.Should().Be(0, output.Stderr);
        output.Done.Should().BeTrue(output.Stderr);
        output.Attempts.Select(a => (a.Attempt, a.Thread)).Should().BeEquivalentTo(
            AllAttempts.SelectMany(a => AllThreads.Select(t => (a, t))), "every attempt runs on every thread");
        output.Attempts.Where(a => !a.Refused).Should().BeEmpty();

        targets.WrittenFiles().Should().BeEmpty();
        targets.Tcp.Pending().Should().BeFalse("no connection reached the test's listener");
        targets.Udp.Available.Should().Be(0, "no datagram reached the test's socket");
    }

    [Fact]
    public async Task Every_layer_is_active_and_the_environment_holds_only_the_runtime_settings()
    {
        LinuxOnly.Require();
        var output = await ProbeRun.Sandboxed(targets.Arguments("--attempts", "read-env", "--threads", "main"));

        output.ExitCode.Should().Be(0, output.Stderr);
        var status = output.Status!.Value;
        status.GetProperty("landlockAbi").GetInt32().Should().Be(SandboxSupport.Detect().LandlockAbi).And.BeGreaterThan(0);
        status.GetProperty("layers").EnumerateArray()
            .Select(l => (l.GetProperty("name").GetString(), l.GetProperty("active").GetBoolean()))
            .Should().BeEquivalentTo([
                (SandboxStatus.NoNewPrivs, true), (SandboxStatus.Landlock, true),
                (SandboxStatus.ResourceLimits, true), (SandboxStatus.Seccomp, true)]);
        output.EnvironmentNames.Should().BeSubsetOf(
            SandboxedProcessStart.RuntimeEnvironment(new SandboxedProcessOptions()).Keys,
            "the host's variables (and the stage marker) are not visible");
        output.Stderr.Should().BeEmpty();
    }
}

/// <summary>
/// The same attempts without the lockdown and with the test's environment succeed — so the refusals
/// above come from the sandbox and the tests can fail.
/// </summary>
public sealed class ControlRunTests(EscapeTargets targets) : IClassFixture<EscapeTargets>
{
    [Fact]
    public async Task Every_escape_succeeds_without_the_sandbox()
    {
        LinuxOnly.Require();
        var output = await ProbeRun.Control(targets.Arguments());

        output.ExitCode.Should().Be(0, output.Stderr);
        output.Status.Should().BeNull();
        output.Attempts.Should().HaveCount(SandboxEscapeTests.AllAttempts.Length * SandboxEscapeTests.AllThreads.Length);
        output.Attempts.Where(a => a.Refused).Should().BeEmpty();
        targets.WrittenFiles().Should().HaveCount(3);
        targets.Tcp.Pending().Should().BeTrue();
    }
}
