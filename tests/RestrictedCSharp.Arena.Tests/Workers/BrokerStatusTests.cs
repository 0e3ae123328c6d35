using System.Net;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests.Workers;

/// <summary>
/// The broker's queues in the status (<c>--broker</c>): read by passive declares, at most once per
/// <see cref="BrokerQueueReader.CacheFor"/> however often the status is asked, and an unreachable broker is an
/// answer (the status is still 200), not an error.
/// </summary>
public sealed class BrokerStatusTests : IDisposable
{
    private readonly TempFolder _data = new("arena-broker-status-");

    public void Dispose() => _data.Dispose();

    private BrokerQueueReader Reader(string broker, TimeProvider clock, string prefix = "rcsc") =>
        new(new ArenaOptions { DataDirectory = _data.Path, Broker = broker, BrokerQueuePrefix = prefix }, clock, NullLogger<BrokerQueueReader>.Instance);

    [Fact]
    public async Task An_unreachable_broker_is_reported_without_its_password_and_not_asked_again_at_once()
    {
        var clock = new ManualClock();
        using var reader = Reader("amqp://arena:hunter2@127.0.0.1:1/", clock);
        var view = await reader.ReadAsync(CancellationToken.None);
        view.Reachable.Should().BeFalse();
        view.Error.Should().StartWith("the broker could not be read: ").And.NotContain("hunter2");
        view.Queues.Should().BeEmpty();
        (await reader.ReadAsync(CancellationToken.None)).Should().BeSameAs(view, "a failed read is kept as long as a good one");
        reader.Reads.Should().Be(1);
        clock.Advance(BrokerQueueReader.CacheFor);
        await reader.ReadAsync(CancellationToken.None);
        reader.Reads.Should().Be(2);
    }

    [SkippableFact]
    public async Task The_arenas_queues_are_read_by_passive_declares_and_cached()
    {
        var rabbitMq = await ArenaBackends.RabbitMqAsync();
        var clock = new ManualClock();
        var prefix = $"s{Guid.NewGuid():N}"[..16];
        using var reader = Reader(rabbitMq.Url, clock, prefix);
        var view = await reader.ReadAsync(CancellationToken.None);
        view.Reachable.Should().BeTrue(view.Error);
        view.Queues.Select(q => q.Queue).Should().Equal($"{prefix}.judge", $"{prefix}.match", $"{prefix}.results", $"{prefix}.dead");
        view.Queues.Should().OnlyContain(q => !q.Exists, "a read declares nothing: queues nobody made are reported absent");

        // Five messages on the match orders, no consumer.
        var factory = new RabbitMQ.Client.ConnectionFactory { Uri = new Uri(rabbitMq.Url) };
        await using (var connection = await factory.CreateConnectionAsync())
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeclareAsync($"{prefix}.match", durable: true, exclusive: false, autoDelete: false);
            for (var i = 0; i < 5; i++) await channel.BasicPublishAsync("", $"{prefix}.match", mandatory: true, new RabbitMQ.Client.BasicProperties(), new byte[] { 1 });
        }
        (await reader.ReadAsync(CancellationToken.None)).Should().BeSameAs(view, "within two seconds the last read is the answer");
        reader.Reads.Should().Be(1);

        clock.Advance(BrokerQueueReader.CacheFor);
        var later = await reader.ReadAsync(CancellationToken.None);
        reader.Reads.Should().Be(2);
        var match = later.Queues.Single(q => q.Queue == $"{prefix}.match");
        match.Exists.Should().BeTrue();
        match.Messages.Should().Be(5);
        match.Consumers.Should().Be(0);
        later.Queues.Where(q => q.Queue != $"{prefix}.match").Should().OnlyContain(q => !q.Exists, "a missing queue does not spoil the others' reads");
    }

    [SkippableFact]
    public async Task The_status_of_an_arena_on_a_broker_shows_its_queues()
    {
        var store = await ArenaBackends.OpenAsync(ArenaBackends.PostgresRabbitMq, _data.Path);
        var op = await Arena.AddAuthorAsync(store, "op", isOperator: true);
        await using var arena = new ArenaFactory(store);
        var status = await Arena.WaitForAsync(arena.ClientFor(op), "/api/status",
            s => s.GetProperty("broker").GetProperty("queues").EnumerateArray().Any(q => q.GetProperty("consumers").GetInt32() > 0), seconds: 60);
        var broker = status.GetProperty("broker");
        broker.GetProperty("reachable").GetBoolean().Should().BeTrue();
        var queues = broker.GetProperty("queues").EnumerateArray().ToDictionary(q => q.GetProperty("queue").GetString()!);
        queues.Keys.Should().Equal(BrokerQueues.Orders(store.QueuePrefix, "judge"), BrokerQueues.Orders(store.QueuePrefix, "match"),
            BrokerQueues.Results(store.QueuePrefix), BrokerQueues.Dead(store.QueuePrefix));
        queues[BrokerQueues.Dead(store.QueuePrefix)].GetProperty("exists").GetBoolean().Should().BeTrue("the server declares its queues");
        queues[BrokerQueues.Dead(store.QueuePrefix)].GetProperty("messages").GetInt64().Should().Be(0);
    }

    [Fact]
    public async Task The_status_stays_200_when_the_broker_cannot_be_reached()
    {
        var op = await Arena.AddAuthorAsync(_data.Path, "op", isOperator: true);
        // The arena's jobs stay in the database (its own queue would wait for the broker): only its status reads the absent broker.
        await using var arena = new ArenaFactory(_data.Path, o => o with { Broker = "amqp://arena:hunter2@127.0.0.1:1/" });
        await using var onDatabase = arena.WithWebHostBuilder(web => web.ConfigureTestServices(services =>
        {
            services.AddSingleton<IJobQueue, DatabaseJobQueue>();
            services.RemoveAll<IHostedService>();
            services.AddHostedService<DatabaseMigrator>();
        }));
        var client = onDatabase.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", op);
        var response = await client.GetAsync("/api/status");
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        var broker = (await response.JsonAsync()).GetProperty("broker");
        broker.GetProperty("reachable").GetBoolean().Should().BeFalse();
        broker.GetProperty("error").GetString().Should().StartWith("the broker could not be read").And.NotContain("hunter2");
        broker.GetProperty("queues").GetArrayLength().Should().Be(0);
    }
}
