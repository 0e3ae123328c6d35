using Microsoft.Extensions.Logging;
using RabbitMQ.Client;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// One process's connection to the broker: opened once (the client reopens it, its channels and consumers after a
/// network failure or a broker restart), the arena's queues declared, and a publisher whose every message is
/// persistent and confirmed (a publish returns once the broker has it on disk, or throws). <see cref="Generation"/>
/// changes whenever the connection is lost: a delivery from an older generation is back in its queue already and
/// must not be acknowledged on the new channel.
/// </summary>
public sealed class BrokerConnection(string url, string prefix, int maxAttempts, string clientName, ILogger logger) : IAsyncDisposable
{
    private readonly SemaphoreSlim _opening = new(1, 1);
    private readonly SemaphoreSlim _publishing = new(1, 1);
    private IConnection? _connection;
    private static readonly TimeSpan ConfirmTimeout = TimeSpan.FromSeconds(30);

    private IChannel? _publisher;
    private int _publisherGeneration = -1;
    private int _generation;

    public string Prefix => prefix;

    public int Generation => Volatile.Read(ref _generation);

    public async Task<IConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        if (_connection is { } open) return open;
        await _opening.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_connection is { } raced) return raced;
            var factory = new ConnectionFactory
            {
                Uri = new Uri(url),
                ClientProvidedName = clientName,
                AutomaticRecoveryEnabled = true,
                // The connection and channels come back by themselves; queues and consumers are declared again by BrokerSubscriptions.
                TopologyRecoveryEnabled = false,
                NetworkRecoveryInterval = TimeSpan.FromSeconds(2),
                RequestedHeartbeat = TimeSpan.FromSeconds(15),
            };
            var connection = await factory.CreateConnectionAsync(cancellationToken).ConfigureAwait(false);
            connection.ConnectionShutdownAsync += (_, _) =>
            {
                Interlocked.Increment(ref _generation);
                return Task.CompletedTask;
            };
            connection.RecoverySucceededAsync += (_, _) =>
            {
                Interlocked.Increment(ref _generation);
                logger.LogInformation("the broker connection is back");
                return Task.CompletedTask;
            };
            await DeclareAsync(connection, cancellationToken).ConfigureAwait(false);
            _connection = connection;
            return connection;
        }
        finally
        {
            _opening.Release();
        }
    }

    /// <summary>Declares the arena's queues (again: a broker that lost them gets them back).</summary>
    public async Task DeclareAsync(CancellationToken cancellationToken) =>
        await DeclareAsync(await ConnectAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    private async Task DeclareAsync(IConnection connection, CancellationToken cancellationToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await BrokerTopology.DeclareAsync(channel, prefix, maxAttempts, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A channel for consuming, handing out at most <paramref name="prefetch"/> unacknowledged messages.</summary>
    public async Task<IChannel> ConsumingChannelAsync(int prefetch, CancellationToken cancellationToken)
    {
        var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
        var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        await channel.BasicQosAsync(0, (ushort)Math.Clamp(prefetch, 1, ushort.MaxValue), global: false, cancellationToken).ConfigureAwait(false);
        return channel;
    }

    /// <summary>Publishes a persistent message to <paramref name="queue"/> and waits for the broker's confirm.</summary>
    public async Task PublishAsync(string queue, BasicProperties properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        properties.Persistent = true;
        await _publishing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            // A publisher from before a lost connection is not reused: confirms pending on it are never answered.
            var generation = Generation;
            if (_publisher is not { IsOpen: true } || _publisherGeneration != generation)
            {
                Forget();
                _publisher = await connection.CreateChannelAsync(
                    new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true), cancellationToken).ConfigureAwait(false);
                _publisherGeneration = generation;
            }
            using var confirmed = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            confirmed.CancelAfter(ConfirmTimeout);
            try
            {
                // mandatory: a message no queue takes is returned, and the publish fails rather than vanishing.
                await _publisher.BasicPublishAsync("", queue, mandatory: true, properties, body, confirmed.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                Forget();
                throw new TimeoutException($"the broker did not confirm a message to {queue} within {ConfirmTimeout.TotalSeconds:0} s");
            }
        }
        finally
        {
            _publishing.Release();
        }
    }

    /// <summary>Publishes until the broker confirms (a broker being restarted is waited for, backing off up to 10 s).</summary>
    public async Task PublishPersistentlyAsync(string queue, Func<BasicProperties> properties, ReadOnlyMemory<byte> body, CancellationToken cancellationToken)
    {
        var wait = TimeSpan.FromMilliseconds(250);
        while (true)
        {
            try
            {
                await PublishAsync(queue, properties(), body, cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                logger.LogWarning("publishing to {Queue} failed ({Error}); trying again", queue, e.Message);
                await Task.Delay(wait, cancellationToken).ConfigureAwait(false);
                wait = TimeSpan.FromTicks(Math.Min(wait.Ticks * 2, TimeSpan.FromSeconds(10).Ticks));
            }
        }
    }

    /// <summary>Drops the publisher; closing it is not waited for (on a lost connection it may never answer).</summary>
    private void Forget()
    {
        if (_publisher is not { } old) return;
        _publisher = null;
        _ = Task.Run(async () =>
        {
            try
            {
                await old.DisposeAsync().ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogDebug(e, "closing a publisher failed");
            }
        });
    }

    public async ValueTask DisposeAsync()
    {
        // Closing the connection returns every unacknowledged message to its queue, for another consumer.
        if (_connection is { } connection)
        {
            try
            {
                await connection.CloseAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                logger.LogDebug(e, "closing the broker connection failed");
            }
            await connection.DisposeAsync().ConfigureAwait(false);
        }
        _opening.Dispose();
        _publishing.Dispose();
    }
}
