using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using RestrictedCSharp.Arena.Data;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>One of the arena's queues on the broker: messages ready (not yet delivered) and consumers; <c>Exists</c> false when the broker has no such queue yet.</summary>
public sealed record BrokerQueueDepth(string Queue, bool Exists, long Messages, int Consumers);

/// <summary>The broker as the operator sees it: reachable or why not, and the arena's queues.</summary>
public sealed record BrokerView(bool Reachable, string? Error, DateTime ReadAt, IReadOnlyList<BrokerQueueDepth> Queues);

/// <summary>
/// Reads the depths of the arena's queues (<see cref="BrokerQueues"/>: the orders of each kind, the results, the dead
/// letters) by passive declares on a connection of its own, opened for the read and closed after. A read is kept
/// <see cref="CacheFor"/> and one read runs at a time, so that however often the status is asked the broker sees at
/// most one connection every two seconds; an unreachable broker is an answer too (cached the same), never an error.
/// </summary>
public sealed class BrokerQueueReader(ArenaOptions options, TimeProvider clock, ILogger<BrokerQueueReader> logger) : IDisposable
{
    public static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(2);

    private static readonly TimeSpan ConnectDeadline = TimeSpan.FromSeconds(3);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private BrokerView? _last;

    /// <summary>The queues read, in order.</summary>
    public IReadOnlyList<string> QueueNames { get; } =
    [
        BrokerQueues.Orders(options.BrokerQueuePrefix, JobKind.Judge),
        BrokerQueues.Orders(options.BrokerQueuePrefix, JobKind.Match),
        BrokerQueues.Results(options.BrokerQueuePrefix),
        BrokerQueues.Dead(options.BrokerQueuePrefix),
    ];

    /// <summary>Connections opened so far (each read that was not served from the cache).</summary>
    public int Reads => Volatile.Read(ref _reads);

    private int _reads;

    public async Task<BrokerView> ReadAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached) return cached;
        await _reading.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (Fresh() is { } raced) return raced;
            Interlocked.Increment(ref _reads);
            var view = await ReadNowAsync(cancellationToken).ConfigureAwait(false);
            _last = view;
            return view;
        }
        finally
        {
            _reading.Release();
        }
    }

    private BrokerView? Fresh() =>
        _last is { } last && clock.GetUtcNow().UtcDateTime - last.ReadAt < CacheFor ? last : null;

    private async Task<BrokerView> ReadNowAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var factory = new ConnectionFactory
        {
            Uri = new Uri(options.Broker ?? throw new InvalidOperationException("no broker is configured")),
            ClientProvidedName = $"rcsc status {Environment.MachineName}:{Environment.ProcessId}",
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = ConnectDeadline,
            SocketReadTimeout = ConnectDeadline,
            SocketWriteTimeout = ConnectDeadline,
            ContinuationTimeout = ConnectDeadline,
            HandshakeContinuationTimeout = ConnectDeadline,
        };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(2 * ConnectDeadline);
        try
        {
            await using var connection = await factory.CreateConnectionAsync(deadline.Token).ConfigureAwait(false);
            var depths = new List<BrokerQueueDepth>();
            foreach (var queue in QueueNames)
            {
                // A passive declare of a queue that does not exist closes its channel: one channel per queue.
                await using var channel = await connection.CreateChannelAsync(cancellationToken: deadline.Token).ConfigureAwait(false);
                try
                {
                    var ok = await channel.QueueDeclarePassiveAsync(queue, deadline.Token).ConfigureAwait(false);
                    depths.Add(new BrokerQueueDepth(queue, true, ok.MessageCount, (int)ok.ConsumerCount));
                }
                catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == 404)
                {
                    depths.Add(new BrokerQueueDepth(queue, false, 0, 0));
                }
            }
            await connection.CloseAsync(deadline.Token).ConfigureAwait(false);
            return new BrokerView(true, null, now, depths);
        }
        catch (Exception e) when (e is not OutOfMemoryException && !cancellationToken.IsCancellationRequested)
        {
            logger.LogDebug(e, "the broker's queues could not be read");
            // The reason without the URL (it may hold a password): the innermost exception's message names the failure.
            return new BrokerView(false, $"the broker could not be read: {e.GetBaseException().Message}", now, []);
        }
    }

    public void Dispose() => _reading.Dispose();
}
