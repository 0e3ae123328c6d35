namespace RestrictedCSharp.Sandbox.Tests;

/// <summary>
/// Each layer on its own: what it refuses, and what it deliberately leaves to the other (defence in
/// depth — neither layer is trusted to be the whole boundary), and the CPU-seconds limit.
/// </summary>
public sealed class SandboxLayerTests(EscapeTargets targets) : IClassFixture<EscapeTargets>
{
    [Fact]
    public async Task Landlock_alone_refuses_files_tcp_abstract_sockets_exec_and_signals()
    {
        LinuxOnly.Require();
        string[] landlockCovers =
        [
            "read-file", "write-file", "list-root", "connect-tcp", "bind-tcp", "connect-abstract",
            "start-process", "read-proc-environ", "read-parent-environ", "signal-parent",
        ];
        // fork is left out: a forked .NET child crashes with W^X on (see the probe).
        string[] seccompCovers = ["chmod-file", "send-udp", "connect-unix"];
        var output = await ProbeRun.Sandboxed(targets.Arguments(
            "--no-seccomp", "--attempts", string.Join(',', landlockCovers.Concat(seccompCovers))));

        output.ExitCode.Should().Be(0, output.Stderr);
        output.Stderr.Should().Contain("WARNING: sandbox layer(s) missing: seccomp");
        output.Attempts.Where(a => landlockCovers.Contains(a.Attempt)).Should().OnlyContain(a => a.Refused);
        output.Attempts.Where(a => seccompCovers.Contains(a.Attempt)).Should().OnlyContain(a => !a.Refused,
            "Landlock does not cover file metadata, UDP or pathname unix sockets: seccomp must");
    }

    [Fact]
    public async Task Seccomp_alone_refuses_processes_sockets_metadata_and_signals()
    {
        LinuxOnly.Require();
        string[] seccompCovers =
        [
            "chmod-file", "connect-tcp", "bind-tcp", "send-udp", "connect-unix", "connect-abstract",
            "start-process", "fork", "signal-parent",
        ];
        string[] landlockCovers = ["read-file", "list-root", "read-parent-environ"];
        var output = await ProbeRun.Sandboxed(targets.Arguments(
            "--no-landlock", "--attempts", string.Join(',', seccompCovers.Concat(landlockCovers))));

        output.ExitCode.Should().Be(0, output.Stderr);
        output.Stderr.Should().Contain("WARNING: sandbox layer(s) missing: landlock");
        output.Attempts.Where(a => seccompCovers.Contains(a.Attempt)).Should().OnlyContain(a => a.Refused);
        output.Attempts.Where(a => landlockCovers.Contains(a.Attempt)).Should().OnlyContain(a => !a.Refused,
            "seccomp does not see paths: reading files is Landlock's job");
    }

    [Fact]
    public async Task The_cpu_seconds_limit_ends_a_spinning_process()
    {
        LinuxOnly.Require();
        var started = DateTime.UtcNow;
        var output = await ProbeRun.Sandboxed(["--cpu-seconds", "1", "--spin"]);

        // 128 + SIGXCPU (24) at the soft limit, or 128 + SIGKILL (9) at the hard limit a second later.
        output.ExitCode.Should().BeOneOf(152, 137);
        (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task A_missing_layer_with_require_sandbox_refuses_to_run()
    {
        LinuxOnly.Require();
        // A layer switched off stands in for one the kernel lacks: the second stage finds it missing.
        var output = await ProbeRun.Sandboxed(["--require-sandbox", "--no-seccomp", "--threads", "main"]);
        output.ExitCode.Should().Be(3, "the probe exits 3 when the lockdown fails");
        output.Stderr.Should().Contain("required but incomplete").And.Contain("seccomp");
        output.Status.Should().BeNull();
        output.Attempts.Should().BeEmpty();
    }

    [Fact]
    public async Task A_path_the_caller_grants_is_readable_but_still_not_writable()
    {
        LinuxOnly.Require();
        var output = await ProbeRun.Sandboxed(targets.Arguments(
            "--readable", targets.Directory, "--attempts", "read-file,write-file,chmod-file"));

        output.ExitCode.Should().Be(0, output.Stderr);
        output.Attempts.Where(a => a.Attempt == "read-file").Should().OnlyContain(a => !a.Refused);
        output.Attempts.Where(a => a.Attempt != "read-file").Should().OnlyContain(a => a.Refused);
        targets.WrittenFiles().Should().BeEmpty();
    }

    [Fact]
    public async Task The_gc_sizes_gen0_as_it_does_outside_the_sandbox()
    {
        LinuxOnly.Require();
        // Without /sys/devices/system/cpu the GC cannot read the cache sizes, picks a tiny gen0 and
        // collects about eight times as often (measured: 167 collections instead of 21).
        var sandboxed = await ProbeRun.Sandboxed(["--measure-gc"]);
        var control = await ProbeRun.Control(["--measure-gc"]);

        Gen0Collections(sandboxed).Should().BeLessThanOrEqualTo(2 * Gen0Collections(control), sandboxed.Stderr);
    }

    private static int Gen0Collections(ProbeOutput output) => output.Lines
        .Single(l => l.TryGetProperty("gen0Collections", out _)).GetProperty("gen0Collections").GetInt32();
}
