using RabbitMQ.Client;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// The queues of an arena on the broker, declared alike by the server and every worker (a declaration with other
/// arguments is refused by the broker). All are quorum queues (replicated, durable). The order queues count each
/// delivery that was not acknowledged (<c>x-delivery-count</c>) and give up a message after
/// <see cref="ArenaOptions.MaxAttempts"/> deliveries (<c>x-delivery-limit</c> = attempts - 1 redeliveries), sending
/// it to the dead-letter queue: a job whose worker died during every attempt ends there without anyone's help.
/// </summary>
public static class BrokerTopology
{
    /// <summary>The header the broker counts redeliveries in (absent on the first).</summary>
    public const string DeliveryCount = "x-delivery-count";

    public static async Task DeclareAsync(IChannel channel, string prefix, int maxAttempts, CancellationToken cancellationToken)
    {
        var dead = BrokerQueues.Dead(prefix);
        await DeclareQuorumAsync(channel, dead, null, cancellationToken).ConfigureAwait(false);
        await DeclareQuorumAsync(channel, BrokerQueues.Results(prefix), null, cancellationToken).ConfigureAwait(false);
        foreach (var kind in new[] { Data.JobKind.Judge, Data.JobKind.Match })
        {
            await DeclareQuorumAsync(channel, BrokerQueues.Orders(prefix, kind), new Dictionary<string, object?>
            {
                ["x-delivery-limit"] = Math.Max(0, maxAttempts - 1),
                ["x-dead-letter-exchange"] = "",
                ["x-dead-letter-routing-key"] = dead,
            }, cancellationToken).ConfigureAwait(false);
        }
    }

    private static Task DeclareQuorumAsync(IChannel channel, string queue, Dictionary<string, object?>? arguments, CancellationToken cancellationToken)
    {
        var all = new Dictionary<string, object?>(arguments ?? []) { ["x-queue-type"] = "quorum" };
        return channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: all, cancellationToken: cancellationToken);
    }

    /// <summary>Which attempt a delivery is: 1 + the redeliveries the broker counted.</summary>
    public static int AttemptOf(IReadOnlyBasicProperties properties) =>
        properties.Headers is { } headers && headers.TryGetValue(DeliveryCount, out var count) && count is IConvertible convertible
            ? (int)Math.Clamp(convertible.ToInt64(System.Globalization.CultureInfo.InvariantCulture) + 1, 1, int.MaxValue)
            : 1;

    /// <summary>A header's text (the client hands strings over as bytes); null when absent.</summary>
    public static string? Text(IReadOnlyBasicProperties properties, string header) =>
        properties.Headers is { } headers && headers.TryGetValue(header, out var value) ? value switch
        {
            byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
            string text => text,
            null => null,
            _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture),
        } : null;
}
