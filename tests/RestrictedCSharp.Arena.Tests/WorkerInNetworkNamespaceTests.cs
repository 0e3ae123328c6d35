using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.Hosting;
using RestrictedCSharp.Arena.Tests.Services;
using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// Issue 18's last fault test: a worker that can reach only the broker and the server (no database, no credentials
/// for one) still plays the ladder. PostgreSQL listens on 127.0.0.1 only; the server (the real arena host, its match
/// and judge slots at 0) listens on the host side of a network namespace's veth pair, and so does the broker (the
/// run's private RabbitMQ node, through a forwarder: its guest user may connect from the loopback only); one
/// <c>rcsc worker</c> runs inside the namespace with the key file and nothing else. Two bots are judged and play
/// their placement matches there; from inside, PostgreSQL's port is shown unreachable. Needs root, iproute2,
/// PostgreSQL, RabbitMQ and the built rcsc.
/// </summary>
public sealed class WorkerInNetworkNamespaceTests
{
    private static readonly TimeSpan Ready = TimeSpan.FromSeconds(90);

    [SkippableFact]
    public async Task A_worker_that_reaches_only_the_broker_and_the_server_plays_the_ladder()
    {
        Harnesses.Require(NetworkNamespace.Unavailable());
        File.Exists(Harnesses.RcscDll).Should().BeTrue($"the test runs the built rcsc ({Harnesses.RcscDll})");
        await using var setup = await Setup.StartAsync();
        var space = setup.Space;

        using var worker = space.Start(Harnesses.DotnetHost, Harnesses.RcscDll, "worker",
            "--broker", setup.BrokerUrl,
            "--queue-prefix", setup.Options.BrokerQueuePrefix,
            "--server", setup.ServerUrl,
            "--key-file", setup.KeyFile,
            "--slots", "1",
            "--judge-slots", "1",
            "--cache", setup.Folder.Combine("cache"),
            "--name", "netns-worker",
            "--drain", "30");
        var errors = worker.StandardError.ReadToEndAsync();
        worker.StandardInput.Close();
        var ready = await ReadLineAsync(worker, "worker netns-worker ready", Ready);
        ready.Should().BeTrue($"the worker says it is consuming; stderr: {(worker.HasExited ? await errors : "(running)")}");

        using var client = setup.Client();
        try
        {
        // Judged on the worker (the server has no judge slot); the second bot's placement matches are against the first.
        var first = await Tests.Arena.SubmitAsync(client, "random-one", Tests.Arena.SampleBot("random"));
        await Tests.Arena.WaitForAsync(client, $"/api/submissions/{first}", s => s.GetProperty("status").GetString() == "accepted", seconds: 240);
        await Tests.Arena.SubmitAsync(client, "floodfill-one", Tests.Arena.SampleBot("floodfill"));
        var matches = await Tests.Arena.WaitForAsync(client, "/api/matches?bot=floodfill-one",
            m => m.GetArrayLength() == setup.Options.PlacementMatches && m.EnumerateArray().All(x => x.GetProperty("status").GetString() == "finished"),
            seconds: 300);
        matches.GetArrayLength().Should().Be(setup.Options.PlacementMatches);
        }
        catch (TimeoutException e)
        {
            if (!worker.HasExited) worker.Kill();
            throw new TimeoutException($"{e.Message}; the worker's log:\n{await errors}", e);
        }

        // What the worker could not have used: the database, on the host's loopback and on the veth address alike.
        setup.ShouldNotReachPostgres();

        // SIGTERM drains: the worker exits 0. (ip netns exec execs the command, so the pid is the worker's.)
        Process.Start("kill", ["-TERM", worker.Id.ToString()])!.WaitForExit(10_000);
        worker.WaitForExit(60_000).Should().BeTrue("the worker drains within --drain");
        worker.ExitCode.Should().Be(0, await errors);
    }

    /// <summary>
    /// The same setup without a worker, so that it runs where rcsc has none: from inside the namespace the server
    /// answers over HTTP and the broker over AMQP (its protocol header is answered with connection.start), and
    /// PostgreSQL cannot be reached.
    /// </summary>
    [SkippableFact]
    public async Task Inside_the_namespace_the_server_and_the_broker_answer_and_PostgreSQL_is_unreachable()
    {
        Harnesses.Require(NetworkNamespace.Unavailable());
        await using var setup = await Setup.StartAsync();
        var space = setup.Space;

        var http = space.Run(TimeSpan.FromSeconds(30), "curl", "-sf", "-o", "/dev/null", "-w", "%{http_code}", $"{setup.ServerUrl}/api/leaderboard?game=lightcycles");
        http.Should().Be((0, "200"), "the server answers on the host side of the veth");
        // AMQP 0-9-1: the client sends "AMQP\0\0\9\1"; the broker answers with a method frame (type 1) on channel 0.
        var amqp = space.Run(TimeSpan.FromSeconds(30), "timeout", "10", "bash", "-c",
            $"exec 3<>/dev/tcp/{space.HostAddress}/{setup.BrokerPort}; printf 'AMQP\\000\\000\\011\\001' >&3; head -c 3 <&3 | od -An -tx1");
        amqp.ExitCode.Should().Be(0, amqp.Output);
        amqp.Output.Trim().Should().Be("01 00 00", "the broker answers the protocol header with a frame on channel 0");
        setup.ShouldNotReachPostgres();
    }

    /// <summary>PostgreSQL on 127.0.0.1, the server and the broker on the host side of a fresh namespace's veth pair.</summary>
    private sealed class Setup : IAsyncDisposable
    {
        private IHost? _host;
        private TcpForwarder? _broker;

        private Setup(NetworkNamespace space, PostgresServer postgres) => (Space, Postgres) = (space, postgres);

        public NetworkNamespace Space { get; }

        public PostgresServer Postgres { get; }

        public TempFolder Folder { get; } = new("arena-netns-");

        public ArenaOptions Options { get; private set; } = null!;

        public string Token { get; private set; } = null!;

        public string KeyFile { get; private set; } = null!;

        public string ServerUrl { get; private set; } = null!;

        public int BrokerPort => _broker!.Port;

        public string BrokerUrl => $"amqp://guest:guest@{Space.HostAddress}:{BrokerPort}/";

        public static async Task<Setup> StartAsync()
        {
            var postgres = await ArenaBackends.PostgresAsync();
            var rabbitMq = await ArenaBackends.RabbitMqAsync();
            var setup = new Setup(NetworkNamespace.Create(), postgres);
            try
            {
                var data = setup.Folder.Combine("data");
                var id = $"t{Guid.NewGuid():N}"[..16];
                setup._broker = TcpForwarder.Start(setup.Space.HostAddress, rabbitMq.Port);
                setup.Options = new ArenaOptions
                {
                    DataDirectory = data,
                    Database = postgres.Url(await postgres.CreateDatabaseAsync(id)),
                    Broker = rabbitMq.Url,
                    BrokerQueuePrefix = id,
                    MatchSlots = 0,
                    JudgeSlots = 0,
                    PlacementMatches = 2,
                    ContinuousLadder = false,
                    Games = ["lightcycles"],
                    Settings = new Dictionary<string, IReadOnlyDictionary<string, string>>
                    {
                        ["lightcycles"] = new Dictionary<string, string> { ["width"] = "8", ["height"] = "8", ["max-turns"] = "40" },
                    },
                };
                setup.Token = await ArenaAuthors.AddAsync(setup.Options, "alice", isOperator: false);
                // The worker's copy of the key, outside the server's data folder: all it is given.
                setup.KeyFile = setup.Folder.Write("worker/worker.key", WorkerKey.Create(data));
                setup.ServerUrl = $"http://{setup.Space.HostAddress}:{FreePortOn(setup.Space.HostAddress)}";
                setup._host = ArenaApp.CreateHostBuilder(setup.Options, urls: setup.ServerUrl).Build();
                await setup._host.StartAsync().WaitAsync(Ready);
                return setup;
            }
            catch
            {
                await setup.DisposeAsync();
                throw;
            }
        }

        public HttpClient Client()
        {
            var client = new HttpClient { BaseAddress = new Uri(ServerUrl) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Token);
            return client;
        }

        public void ShouldNotReachPostgres()
        {
            Space.CanConnect(IPAddress.Loopback, Postgres.Port).Should().BeFalse("PostgreSQL listens on the host's 127.0.0.1 only");
            Space.CanConnect(Space.HostAddress, Postgres.Port).Should().BeFalse("nor on the veth");
            Space.CanConnect(Space.HostAddress, BrokerPort).Should().BeTrue("while the broker is there");
        }

        public async ValueTask DisposeAsync()
        {
            if (_host is not null)
            {
                await _host.StopAsync(TimeSpan.FromSeconds(30));
                _host.Dispose();
            }
            if (_broker is not null) await _broker.DisposeAsync();
            Space.Dispose();
            Folder.Dispose();
        }
    }

    /// <summary>Reads the worker's stdout until <paramref name="line"/> (true) or its end or the deadline (false).</summary>
    private static async Task<bool> ReadLineAsync(Process process, string line, TimeSpan deadline)
    {
        using var cancel = new CancellationTokenSource(deadline);
        try
        {
            while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } read)
                if (read.Trim() == line) return true;
        }
        catch (OperationCanceledException)
        {
        }
        return false;
    }

    private static int FreePortOn(IPAddress address)
    {
        var listener = new System.Net.Sockets.TcpListener(address, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
