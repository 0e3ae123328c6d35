using System.Net;
using System.Net.Sockets;
using RestrictedCSharp.Hosting.Tests.Infrastructure;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Sandbox;
using Xunit.Abstractions;
using static RestrictedCSharp.Hosting.Tests.Infrastructure.Json;

namespace RestrictedCSharp.Hosting.Tests;

/// <summary>
/// Wall 4 on its own: an assembly compiled with plain Roslyn and no restriction, loaded with the audit
/// skipped, tries to leave the sandbox from every kind of thread. Each attempt must be refused where a
/// layer that refuses it is active; where this machine lacks every such layer, the test says so instead of
/// asserting. Outside evidence (no file, no connection, no datagram) backs the bot's own report.
/// </summary>
[Collection(RunnerCollection.Name)]
public sealed class DefenceInDepthTests(EscapeFixture escape, ITestOutputHelper output) : IClassFixture<EscapeFixture>
{
    private const string Seccomp = SandboxStatus.Seccomp;
    private const string Landlock = SandboxStatus.Landlock;
    private const string Environment = "scrubbed environment";

    private async Task<Dictionary<string, string>> AttemptOnEveryThreadAsync(string attempt, string argument)
    {
        var results = new Dictionary<string, string>();
        foreach (var thread in EscapeBot.Threads)
        {
            var call = await escape.Bot.CallAsync("Attempt", Args(attempt, thread, argument));
            call.Outcome.Should().Be(CallOutcome.Ok, call.Message);
            results[thread] = call.Value!.Value.GetString()!;
            output.WriteLine($"{attempt} on {thread}: {results[thread]}");
        }
        return results;
    }

    /// <summary>Asserts every thread's attempt was refused when one of <paramref name="refusingLayers"/> is active.</summary>
    private bool ExpectRefused(Dictionary<string, string> results, params string[] refusingLayers)
    {
        var active = refusingLayers.Where(l => l == Environment || escape.Bot.Sandbox!.IsActive(l)).ToList();
        if (active.Count == 0)
        {
            output.WriteLine($"SKIPPED the refusal assertion: none of [{string.Join(", ", refusingLayers)}] is active on this machine.");
            return false;
        }
        foreach (var (thread, result) in results)
            result.Should().StartWith("refused:", $"on the {thread} thread, {string.Join(" or ", active)} must refuse it");
        return true;
    }

    [Fact]
    public async Task The_bot_runs_in_a_runner_that_reports_every_layer()
    {
        escape.Bot.IsLoaded.Should().BeTrue(escape.Bot.Load.Message);
        escape.Bot.AuditFindings.Should().BeEmpty("the audit was skipped");
        var sandbox = escape.Bot.Sandbox!;
        output.WriteLine(string.Join(System.Environment.NewLine, sandbox.Layers.Select(l => $"{l.Name}: {(l.Active ? "active" : "ABSENT")} {l.Detail}")));
        sandbox.Layers.Select(l => l.Name).Should().Contain([SandboxStatus.NoNewPrivs, Landlock, SandboxStatus.ResourceLimits, Seccomp]);
    }

    [Fact]
    public void Control_the_same_attempts_succeed_outside_the_sandbox()
    {
        // Loaded into this (unsandboxed) test process: proves the attempts are real, so a refusal means something.
        var type = System.Reflection.Assembly.LoadFrom(TestBotCompiler.Plain(EscapeBot.Source)).GetType("Escaper")!;
        var escaper = Activator.CreateInstance(type)!;
        string Attempt(string attempt, string argument) =>
            (string)type.GetMethod("Attempt")!.Invoke(escaper, [attempt, "bot", argument])!;

        Attempt("read-file", escape.SecretFile).Should().Be("escaped: read " + EscapeFixture.SecretText);
        Attempt("read-env", EscapeFixture.SecretVariable).Should().Be("escaped: " + EscapeFixture.SecretText);
        Attempt("bind-tcp", "").Should().StartWith("escaped: listening");
        var control = Path.Combine(Path.GetTempPath(), $"control-{Guid.NewGuid():N}");
        Attempt("write-file", control).Should().Be("escaped: wrote");
        File.Delete(control + ".bot");
    }

    [Fact]
    public async Task Reading_a_file_outside_the_sandbox_is_refused()
    {
        var results = await AttemptOnEveryThreadAsync("read-file", escape.SecretFile);
        ExpectRefused(results, Landlock);
        results.Values.Should().NotContain(r => r.Contains(EscapeFixture.SecretText));
    }

    [Fact]
    public async Task Listing_the_root_directory_is_refused()
    {
        ExpectRefused(await AttemptOnEveryThreadAsync("list-root", ""), Landlock);
    }

    [Fact]
    public async Task Writing_a_file_is_refused()
    {
        var target = Path.Combine(escape.WritableDirectory, "escaped");
        var results = await AttemptOnEveryThreadAsync("write-file", target);
        if (ExpectRefused(results, Landlock))
            Directory.GetFiles(escape.WritableDirectory).Should().BeEmpty();
    }

    [Fact]
    public async Task Connecting_to_a_loopback_port_is_refused()
    {
        var results = await AttemptOnEveryThreadAsync("connect-tcp", escape.TcpPort.ToString());
        if (ExpectRefused(results, Seccomp, escape.Bot.Sandbox!.LandlockAbi >= 4 ? Landlock : Seccomp))
            escape.TcpListener.Pending().Should().BeFalse("no connection reached the listener");
    }

    [Fact]
    public async Task Binding_a_port_is_refused()
    {
        ExpectRefused(await AttemptOnEveryThreadAsync("bind-tcp", ""), Seccomp, escape.Bot.Sandbox!.LandlockAbi >= 4 ? Landlock : Seccomp);
    }

    [Fact]
    public async Task Sending_a_datagram_is_refused()
    {
        var results = await AttemptOnEveryThreadAsync("send-udp", escape.UdpPort.ToString());
        if (ExpectRefused(results, Seccomp))
            escape.UdpReceiver.Available.Should().Be(0, "no datagram arrived");
    }

    [Fact]
    public async Task Connecting_to_a_unix_socket_is_refused()
    {
        var results = await AttemptOnEveryThreadAsync("connect-unix", escape.UnixSocketPath);
        if (ExpectRefused(results, Seccomp))
            escape.UnixListener.Poll(0, SelectMode.SelectRead).Should().BeFalse("no connection reached the socket");
    }

    [Fact]
    public async Task Starting_a_process_is_refused()
    {
        ExpectRefused(await AttemptOnEveryThreadAsync("start-process", ""), Seccomp, Landlock);
    }

    [Fact]
    public async Task Forking_is_refused()
    {
        ExpectRefused(await AttemptOnEveryThreadAsync("fork", ""), Seccomp);
    }

    [Fact]
    public async Task The_hosts_environment_is_not_visible()
    {
        ExpectRefused(await AttemptOnEveryThreadAsync("read-env", EscapeFixture.SecretVariable), Environment);
        ExpectRefused(await AttemptOnEveryThreadAsync("read-proc-environ", EscapeFixture.SecretVariable), Environment);
        ExpectRefused(await AttemptOnEveryThreadAsync("read-parent-environ", System.Environment.ProcessId.ToString()), Landlock);
    }
}

/// <summary>The escaping bot, loaded once without the audit, and the things it reaches for.</summary>
public sealed class EscapeFixture : IAsyncLifetime
{
    public const string SecretVariable = "RESTRICTEDCSHARP_TEST_SECRET";
    public const string SecretText = "the host's secret";

    private readonly DirectoryInfo _scratch = Directory.CreateTempSubdirectory("restrictedcsharp-escape-");

    public IBot Bot { get; private set; } = null!;
    public string SecretFile => Path.Combine(_scratch.FullName, "secret.txt");
    public string WritableDirectory => Path.Combine(_scratch.FullName, "writable");
    public string UnixSocketPath => Path.Combine(_scratch.FullName, "host.sock");
    public TcpListener TcpListener { get; } = new(IPAddress.Loopback, 0);
    public int TcpPort => ((IPEndPoint)TcpListener.LocalEndpoint).Port;
    public Socket UdpReceiver { get; } = new(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
    public int UdpPort => ((IPEndPoint)UdpReceiver.LocalEndPoint!).Port;
    public Socket UnixListener { get; } = new(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);

    public async Task InitializeAsync()
    {
        System.Environment.SetEnvironmentVariable(SecretVariable, SecretText);
        await File.WriteAllTextAsync(SecretFile, SecretText);
        Directory.CreateDirectory(WritableDirectory);
        TcpListener.Start();
        UdpReceiver.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        UnixListener.Bind(new UnixDomainSocketEndPoint(UnixSocketPath));
        UnixListener.Listen();
        Bot = await BotHost.StartAsync(TestBotCompiler.Plain(EscapeBot.Source), HostFixture.Options with { SkipAudit = true });
    }

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        TcpListener.Stop();
        UdpReceiver.Dispose();
        UnixListener.Dispose();
        _scratch.Delete(recursive: true);
    }
}
