using System.Text;
using Microsoft.Extensions.Logging.Abstractions;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Tests.Services;

namespace RestrictedCSharp.Arena.Tests;

/// <summary>
/// What the order queues promise, checked on the real broker: the broker counts each delivery that was not
/// acknowledged (a consumer whose connection died, or a nack), the worker reads the attempt from that count, and
/// after the last attempt the broker itself moves the order to the dead-letter queue.
/// </summary>
public sealed class BrokerTopologyTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [SkippableFact]
    public async Task A_job_whose_consumer_dies_on_every_attempt_is_dead_lettered_by_the_broker()
    {
        var server = await ArenaBackends.RabbitMqAsync();
        var prefix = $"b{Guid.NewGuid():N}"[..16];
        const int maxAttempts = 3;
        var orders = BrokerQueues.Orders(prefix, Data.JobKind.Match);
        await using (var broker = new BrokerConnection(server.Url, prefix, maxAttempts, "test", NullLogger.Instance))
            await broker.PublishAsync(orders, new BasicProperties { MessageId = "1" }, Encoding.UTF8.GetBytes("{}"), CancellationToken.None);

        var attempts = new List<int>();
        for (var i = 0; i < maxAttempts; i++)
        {
            // A consumer that takes the order and dies (its connection closed) without acknowledging it.
            await using var connection = await new ConnectionFactory { Uri = new Uri(server.Url) }.CreateConnectionAsync();
            var channel = await connection.CreateChannelAsync();
            var delivered = new TaskCompletionSource<IReadOnlyBasicProperties>(TaskCreationOptions.RunContinuationsAsynchronously);
            var consumer = new AsyncEventingBasicConsumer(channel);
            consumer.ReceivedAsync += (_, message) =>
            {
                delivered.TrySetResult(message.BasicProperties);
                return Task.CompletedTask;
            };
            await channel.BasicQosAsync(0, 1, false);
            await channel.BasicConsumeAsync(orders, autoAck: false, consumer);
            attempts.Add(BrokerTopology.AttemptOf(await delivered.Task.WaitAsync(Patience)));
            await connection.AbortAsync();
        }
        attempts.Should().Equal([1, 2, 3], "each delivery after a dead consumer counts one more attempt");

        await using var reader = await new ConnectionFactory { Uri = new Uri(server.Url) }.CreateConnectionAsync();
        await using var check = await reader.CreateChannelAsync();
        BasicGetResult? dead = null;
        var until = DateTime.UtcNow + Patience;
        while (dead is null && DateTime.UtcNow < until)
        {
            dead = await check.BasicGetAsync(BrokerQueues.Dead(prefix), autoAck: true);
            if (dead is null) await Task.Delay(100);
        }
        dead.Should().NotBeNull("the broker dead-letters an order delivered as often as the attempts allow");
        dead!.BasicProperties.MessageId.Should().Be("1");
        BrokerTopology.Text(dead.BasicProperties, BrokerWorker.ReasonHeader).Should().BeNull("the broker gives no reason: no worker reported one");
        (await check.MessageCountAsync(orders)).Should().Be(0u);
    }

    [SkippableFact]
    public async Task A_nacked_order_counts_an_attempt_too()
    {
        var server = await ArenaBackends.RabbitMqAsync();
        var prefix = $"b{Guid.NewGuid():N}"[..16];
        var orders = BrokerQueues.Orders(prefix, Data.JobKind.Judge);
        await using var broker = new BrokerConnection(server.Url, prefix, 3, "test", NullLogger.Instance);
        await broker.PublishAsync(orders, new BasicProperties { MessageId = "2" }, Encoding.UTF8.GetBytes("{}"), CancellationToken.None);
        await using var connection = await new ConnectionFactory { Uri = new Uri(server.Url) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var attempts = new List<int>();
        var until = DateTime.UtcNow + Patience;
        while (attempts.Count < 3 && DateTime.UtcNow < until)
        {
            var message = await channel.BasicGetAsync(orders, autoAck: false);
            if (message is null)
            {
                await Task.Delay(50);
                continue;
            }
            attempts.Add(BrokerTopology.AttemptOf(message.BasicProperties));
            await channel.BasicNackAsync(message.DeliveryTag, false, requeue: true);
        }
        attempts.Should().Equal([1, 2, 3]);
    }
}
