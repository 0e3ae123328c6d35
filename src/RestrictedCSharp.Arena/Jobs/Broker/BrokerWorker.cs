using System.Globalization;
using System.Threading.Channels;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RestrictedCSharp.Arena.Workers;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>What a broker worker takes: its broker and queues, its slots per kind (0: none of that kind), its name and how long it drains.</summary>
public sealed record BrokerWorkerOptions(string Broker, string Prefix, int MaxAttempts, int MatchSlots, int JudgeSlots, string Name, TimeSpan Drain);

/// <summary>
/// The loop of a worker (<c>rcsc worker</c>, and <c>rcsc serve --broker</c> for its own slots): consumes orders with
/// manual acks, at most its slots per kind at once (prefetch), executes each (<see cref="JobExecutor"/>, no
/// database), publishes the outcome to the results queue (confirmed) and only then acknowledges the order. A failed
/// attempt is reported (for the operator's record) and the order returned to its queue; on the last attempt (the
/// broker counts them, <see cref="BrokerTopology.AttemptOf"/>) the order goes to the dead-letter queue with its
/// reason (confirmed) and is acknowledged. A message that is not an order is dead-lettered without executing. When
/// stopped it takes no more orders, lets running jobs finish for up to <see cref="BrokerWorkerOptions.Drain"/>, and
/// returns the rest to their queues.
/// </summary>
public sealed class BrokerWorker(BrokerWorkerOptions options, JobExecutor executor, ILogger<BrokerWorker> logger) : BackgroundService, IWorkerLoad
{
    /// <summary>Headers of a dead letter the worker sends itself.</summary>
    public const string ReasonHeader = "x-reason", AttemptsHeader = "x-attempts", WorkerHeader = "x-worker";

    /// <summary>The message types on the results queue.</summary>
    public const string OutcomeType = "outcome", AttemptFailedType = "attempt-failed";

    private sealed record Delivery(IChannel Channel, ulong Tag, int Generation, ReadOnlyMemory<byte> Body, IReadOnlyBasicProperties Properties, int Attempt);

    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _abort = new();
    private BrokerConnection? _broker;
    private int _busy;
    private long _done;

    /// <summary>Completes once the worker consumes (what <c>rcsc worker</c> waits for to say it is ready).</summary>
    public Task Ready => _ready.Task;

    public int Slots => options.MatchSlots + options.JudgeSlots;

    public int Busy => Volatile.Read(ref _busy);

    public long JobsDone => Interlocked.Read(ref _done);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await using var broker = _broker = new BrokerConnection(
            options.Broker, options.Prefix, options.MaxAttempts, $"rcsc worker {options.Name}", logger);
        var subscriptions = new BrokerSubscriptions(broker, logger);
        var queues = new List<Channel<Delivery>>();
        var slots = new List<Task>();
        foreach (var (kind, count) in new[] { (Data.JobKind.Match, options.MatchSlots), (Data.JobKind.Judge, options.JudgeSlots) })
        {
            if (count <= 0) continue;
            var deliveries = Channel.CreateUnbounded<Delivery>();
            queues.Add(deliveries);
            subscriptions.Add(BrokerQueues.Orders(options.Prefix, kind), count, (channel, message) =>
            {
                // The body's memory is the client's only during this call.
                deliveries.Writer.TryWrite(new Delivery(channel, message.DeliveryTag, broker.Generation, message.Body.ToArray(),
                    message.BasicProperties, BrokerTopology.AttemptOf(message.BasicProperties)));
                return Task.CompletedTask;
            });
            for (var i = 0; i < count; i++) slots.Add(SlotAsync(kind, deliveries.Reader, stoppingToken));
        }
        try
        {
            await subscriptions.KeepAsync(() => _ready.TrySetResult(), stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: drained below.
        }
        finally
        {
            _ready.TrySetCanceled();
            await DrainAsync(subscriptions, queues, slots).ConfigureAwait(false);
        }
    }

    /// <summary>No more orders; the running ones have the drain to finish, then are stopped; what was not started goes back to its queue.</summary>
    private async Task DrainAsync(BrokerSubscriptions subscriptions, List<Channel<Delivery>> queues, List<Task> slots)
    {
        await subscriptions.CancelAsync().ConfigureAwait(false);
        foreach (var queue in queues) queue.Writer.TryComplete();
        _abort.CancelAfter(options.Drain);
        await Task.WhenAll(slots).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        foreach (var queue in queues)
            while (queue.Reader.TryRead(out var left)) await SettleAsync(left, ack: false).ConfigureAwait(false);
        await subscriptions.CloseAsync().ConfigureAwait(false);
    }

    private async Task SlotAsync(string kind, ChannelReader<Delivery> deliveries, CancellationToken stoppingToken)
    {
        await Task.Yield();
        while (!stoppingToken.IsCancellationRequested && await deliveries.WaitToReadAsync(CancellationToken.None).ConfigureAwait(false))
        {
            if (stoppingToken.IsCancellationRequested) return;
            if (deliveries.TryRead(out var delivery)) await RunAsync(kind, delivery).ConfigureAwait(false);
        }
    }

    private async Task RunAsync(string kind, Delivery delivery)
    {
        var broker = _broker!;
        JobOrder order;
        try
        {
            order = JobMessages.ReadOrder(delivery.Body.Span);
            if (order.Kind != kind) throw new InvalidDataException($"a {order.Kind} order on the {kind} queue");
        }
        catch (InvalidDataException e)
        {
            logger.LogWarning("a message on the {Kind} queue is not an order ({Error}); dead-lettered", kind, e.Message);
            await DeadLetterAsync(delivery, JobErrors.Bounded($"not a valid order: {e.Message}")).ConfigureAwait(false);
            return;
        }

        Interlocked.Increment(ref _busy);
        try
        {
            var outcome = await executor.ExecuteAsync(order, _abort.Token).ConfigureAwait(false);
            await broker.PublishPersistentlyAsync(BrokerQueues.Results(options.Prefix), () => Properties(order, OutcomeType),
                JobMessages.Write(outcome), _abort.Token).ConfigureAwait(false);
            // Acknowledged only once the outcome is the broker's: a worker that dies before this has its order delivered again.
            await SettleAsync(delivery, ack: true).ConfigureAwait(false);
            Interlocked.Increment(ref _done);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            // Not finished within the drain: back to its queue for another worker.
            await SettleAsync(delivery, ack: false).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            var error = JobErrors.Of(e);
            logger.LogWarning(e, "{Kind} job {Job} (attempt {Attempt}) failed", order.Kind, order.Job, delivery.Attempt);
            await ReportAsync(order, delivery.Attempt, error).ConfigureAwait(false);
            if (delivery.Attempt < options.MaxAttempts) await SettleAsync(delivery, ack: false).ConfigureAwait(false);
            else await DeadLetterAsync(delivery, error).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _busy);
        }
    }

    private BasicProperties Properties(JobOrder order, string type) => new()
    {
        MessageId = order.Job.ToString(CultureInfo.InvariantCulture),
        Type = type,
        ContentType = "application/json",
        AppId = options.Name,
    };

    /// <summary>A failed attempt, for the operator's record: best effort (the order's fate does not depend on it).</summary>
    private async Task ReportAsync(JobOrder order, int attempt, string error)
    {
        try
        {
            await _broker!.PublishAsync(BrokerQueues.Results(options.Prefix), Properties(order, AttemptFailedType),
                JobMessages.Write(new AttemptFailed(order.Job, order.Kind, order.Subject, attempt, options.Name, error)), _abort.Token).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning("the failed attempt could not be reported ({Error})", e.Message);
        }
    }

    /// <summary>The order, as it came, to the dead-letter queue with its reason (confirmed), then acknowledged.</summary>
    private async Task DeadLetterAsync(Delivery delivery, string reason)
    {
        try
        {
            await _broker!.PublishPersistentlyAsync(BrokerQueues.Dead(options.Prefix), () => new BasicProperties
            {
                MessageId = delivery.Properties.MessageId,
                Type = delivery.Properties.Type,
                ContentType = delivery.Properties.ContentType,
                Headers = new Dictionary<string, object?>
                {
                    [ReasonHeader] = reason,
                    [AttemptsHeader] = delivery.Attempt,
                    [WorkerHeader] = options.Name,
                },
            }, delivery.Body, _abort.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (_abort.IsCancellationRequested)
        {
            await SettleAsync(delivery, ack: false).ConfigureAwait(false);
            return;
        }
        await SettleAsync(delivery, ack: true).ConfigureAwait(false);
    }

    /// <summary>Acknowledges, or returns to the queue; nothing when the connection was lost since (the broker has returned it already).</summary>
    private async Task SettleAsync(Delivery delivery, bool ack)
    {
        if (delivery.Generation != _broker!.Generation || !delivery.Channel.IsOpen) return;
        try
        {
            if (ack) await delivery.Channel.BasicAckAsync(delivery.Tag, multiple: false).ConfigureAwait(false);
            else await delivery.Channel.BasicNackAsync(delivery.Tag, multiple: false, requeue: true).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            logger.LogWarning("settling a delivery failed ({Error}); the broker delivers it again", e.Message);
        }
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }
}
