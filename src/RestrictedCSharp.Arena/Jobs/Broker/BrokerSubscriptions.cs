using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Events;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// A process's consumers, kept across lost connections: whenever the connection comes back (a new
/// <see cref="BrokerConnection.Generation"/>), the queues are declared again and every consumer subscribed again on a
/// new channel. Done here rather than by the client's topology recovery, so that one place decides when a consumer
/// exists (with the client's recovery alone, a broker restart mid-run left matches waiting that nothing consumed).
/// </summary>
public sealed class BrokerSubscriptions(BrokerConnection broker, ILogger logger)
{
    private static readonly TimeSpan Check = TimeSpan.FromMilliseconds(500);

    private readonly List<(string Queue, int Prefetch, Func<IChannel, BasicDeliverEventArgs, Task> Received)> _wanted = [];
    private readonly List<(IChannel Channel, string Tag)> _current = [];

    /// <summary>A consumer to keep on <paramref name="queue"/>, with at most <paramref name="prefetch"/> unacknowledged deliveries.</summary>
    public void Add(string queue, int prefetch, Func<IChannel, BasicDeliverEventArgs, Task> received) => _wanted.Add((queue, prefetch, received));

    /// <summary>Subscribes, and subscribes again after each lost connection, until <paramref name="stoppingToken"/>; <paramref name="subscribed"/> after each success.</summary>
    public async Task KeepAsync(Action subscribed, CancellationToken stoppingToken)
    {
        var generation = -1;
        while (true)
        {
            // A channel the broker closed (a channel error) is subscribed again too, on a connection still open.
            if ((generation != broker.Generation || _current.Exists(c => !c.Channel.IsOpen)) && await TryConnectAsync(stoppingToken).ConfigureAwait(false))
            {
                var now = broker.Generation;
                await CloseAsync().ConfigureAwait(false);
                try
                {
                    await broker.DeclareAsync(stoppingToken).ConfigureAwait(false);
                    foreach (var (queue, prefetch, received) in _wanted)
                    {
                        var channel = await broker.ConsumingChannelAsync(prefetch, stoppingToken).ConfigureAwait(false);
                        var consumer = new AsyncEventingBasicConsumer(channel);
                        consumer.ReceivedAsync += (_, message) => received(channel, message);
                        _current.Add((channel, await channel.BasicConsumeAsync(queue, autoAck: false, consumer, stoppingToken).ConfigureAwait(false)));
                    }
                    generation = now;
                    subscribed();
                }
                catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                {
                    logger.LogWarning("subscribing to the broker's queues failed ({Error}); trying again", e.Message);
                    await CloseAsync().ConfigureAwait(false);
                }
            }
            await Task.Delay(Check, stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task<bool> TryConnectAsync(CancellationToken stoppingToken)
    {
        try
        {
            return (await broker.ConnectAsync(stoppingToken).ConfigureAwait(false)).IsOpen;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning("the broker is unreachable ({Error}); trying again", e.Message);
            await Task.Delay(TimeSpan.FromSeconds(2), stoppingToken).ConfigureAwait(false);
            return false;
        }
    }

    /// <summary>Stops every consumer: no more deliveries (those unacknowledged stay this process's to settle).</summary>
    public async Task CancelAsync()
    {
        foreach (var (channel, tag) in _current)
        {
            try
            {
                if (channel.IsOpen) await channel.BasicCancelAsync(tag).WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogDebug(e, "cancelling a consumer failed");
            }
        }
    }

    /// <summary>Closes the consumers' channels (what they had not acknowledged returns to its queue).</summary>
    public async Task CloseAsync()
    {
        foreach (var (channel, _) in _current)
        {
            try
            {
                if (channel.IsOpen) await channel.CloseAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                channel.Dispose();
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogDebug(e, "closing a channel failed");
            }
        }
        _current.Clear();
    }
}
