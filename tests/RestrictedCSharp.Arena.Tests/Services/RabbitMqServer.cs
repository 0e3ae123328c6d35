using System.Diagnostics;
using RabbitMQ.Client;

namespace RestrictedCSharp.Arena.Tests.Services;

/// <summary>
/// A private RabbitMQ node for tests: its own node name, AMQP port, distribution port and port mapper (epmd), its
/// database, logs, cookie (HOME) and an empty plugin list, all in a temp folder, on the loopback. Started in its own
/// session (so its whole process group is stopped) and waited for until an AMQP connection opens; stopped with
/// SIGTERM (then SIGKILL). <see cref="StopAsync"/> and <see cref="StartAsync"/> may be called again: a restart keeps
/// its durable queues and persistent messages.
/// </summary>
internal sealed class RabbitMqServer : IAsyncDisposable
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(120);
    private static readonly TimeSpan StopDeadline = TimeSpan.FromSeconds(30);

    private readonly string _server;
    private readonly string _folder;
    private readonly string _node = $"rcsc-test-{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}@localhost";
    private readonly int _distributionPort = ServiceProcess.FreePort();
    private readonly int _epmdPort = ServiceProcess.FreePort();
    private Process? _process;

    /// <summary>
    /// Runs the node and watches the test process: when the tests end without stopping the node (a test host killed
    /// at the end of the run, say), the node is stopped, its port mapper too, and its folder removed.
    /// </summary>
    private const string Launcher = """
        exec </dev/null >/dev/null 2>&1
        "$0" > "$1/server.out" 2>&1 &
        server=$!
        trap 'kill -TERM $server; wait $server; epmd -kill; exit 0' TERM INT
        while kill -0 "$2" && kill -0 $server; do sleep 1; done
        kill -TERM $server; wait $server
        if ! kill -0 "$2"; then epmd -kill; rm -rf "$1"; fi
        """;

    private RabbitMqServer(string server, string folder)
    {
        _server = server;
        _folder = folder;
    }

    public int Port { get; } = ServiceProcess.FreePort();

    /// <summary>The URL <c>rcsc serve --broker</c> takes (the default guest user may connect from the loopback).</summary>
    public string Url => $"amqp://guest:guest@127.0.0.1:{Port}/";

    /// <summary>The server script itself (Debian's /usr/sbin one only switches to the rabbitmq user, which the test does not need).</summary>
    public static string? FindServer() => ServiceProcess.Find("rabbitmq-server", "/usr/lib/rabbitmq/bin/rabbitmq-server");

    public static string? Unavailable()
    {
        if (FindServer() is null) return "RabbitMQ is not installed (apt-get install rabbitmq-server; see README)";
        if (ServiceProcess.Find("setsid") is null) return "setsid is missing to start RabbitMQ in its own process group";
        return null;
    }

    public static async Task<RabbitMqServer> StartNewAsync()
    {
        var server = new RabbitMqServer(FindServer() ?? throw new InvalidOperationException(Unavailable()), Directory.CreateTempSubdirectory("rcsc-rabbitmq-").FullName);
        File.WriteAllText(Path.Combine(server._folder, "enabled_plugins"), "[].\n");
        try
        {
            await server.StartAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task StartAsync()
    {
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", Launcher, _server, _folder, Environment.ProcessId.ToString() }) start.ArgumentList.Add(argument);
        var environment = new Dictionary<string, string>
        {
            ["HOME"] = _folder,
            ["RABBITMQ_NODENAME"] = _node,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = Port.ToString(),
            ["RABBITMQ_DIST_PORT"] = _distributionPort.ToString(),
            ["ERL_EPMD_PORT"] = _epmdPort.ToString(),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_folder, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_folder, "log"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(_folder, "rabbitmq.pid"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_folder, "enabled_plugins"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_folder, "rabbitmq"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_folder, "advanced.config"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_folder, "rabbitmq-env.conf"),
        };
        foreach (var (key, value) in environment) start.Environment[key] = value;
        _process = Process.Start(start) ?? throw new InvalidOperationException("rabbitmq-server did not start");

        var until = DateTime.UtcNow + StartDeadline;
        Exception? last = null;
        while (DateTime.UtcNow < until)
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"rabbitmq-server exited {_process.ExitCode}:\n{ServiceProcess.Tail(Path.Combine(_folder, "server.out"))}");
            try
            {
                await using var connection = await new ConnectionFactory { Uri = new Uri(Url), RequestedConnectionTimeout = TimeSpan.FromSeconds(5) }.CreateConnectionAsync();
                return;
            }
            catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or System.Net.Sockets.SocketException)
            {
                last = e;
                await Task.Delay(500);
            }
        }
        await StopAsync();
        throw new TimeoutException($"RabbitMQ did not accept connections within {StartDeadline.TotalSeconds:0} s ({last?.Message}):\n{ServiceProcess.Tail(Path.Combine(_folder, "server.out"))}");
    }

    /// <summary>SIGTERM to the node's process group (a clean stop: durable queues are kept), SIGKILL after the deadline; then its port mapper.</summary>
    public async Task StopAsync()
    {
        if (_process is not { } process) return;
        _process = null;
        if (!process.HasExited)
        {
            await Signal("TERM", process.Id);
            using var deadline = new CancellationTokenSource(StopDeadline);
            try
            {
                await process.WaitForExitAsync(deadline.Token);
            }
            catch (OperationCanceledException)
            {
                await Signal("KILL", process.Id);
                await process.WaitForExitAsync();
            }
        }
        process.Dispose();
        var epmd = ServiceProcess.Find("epmd");
        if (epmd is not null)
        {
            try
            {
                await ServiceProcess.RunAsync(epmd, ["-kill"], StopDeadline, new Dictionary<string, string> { ["ERL_EPMD_PORT"] = _epmdPort.ToString() });
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException)
            {
                // No port mapper left to stop.
            }
        }
    }

    private static async Task Signal(string signal, int group)
    {
        try
        {
            await ServiceProcess.RunAsync("kill", [$"-{signal}", "--", $"-{group}"], StopDeadline);
        }
        catch (InvalidOperationException)
        {
            // The group is gone already.
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            try
            {
                Directory.Delete(_folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
