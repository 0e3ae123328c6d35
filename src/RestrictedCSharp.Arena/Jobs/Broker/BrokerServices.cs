using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RestrictedCSharp.Arena.Jobs.Broker;

/// <summary>
/// The server on a broker (<c>rcsc serve --broker amqp://…</c>): the outbox publishes orders, the result consumer
/// writes what workers report, and the server's own slots (if any) are a worker in the same process, taking orders
/// from the broker like any other.
/// </summary>
public static class BrokerServices
{
    public static void Add(IServiceCollection services, ArenaOptions options)
    {
        var broker = options.Broker ?? throw new InvalidOperationException("no broker is configured");
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        services.AddSingleton(sp => new BrokerConnection(
            broker, options.BrokerQueuePrefix, options.MaxAttempts, $"rcsc serve {name}", sp.GetRequiredService<ILogger<BrokerConnection>>()));
        services.AddHostedService<BrokerOutbox>();
        services.AddHostedService<ResultConsumer>();
        if (options.MatchSlots + options.JudgeSlots <= 0) return;
        // The server's slots stop with it at once: what they ran returns to the queue for the next consumer.
        services.AddSingleton(sp => new BrokerWorker(
            new BrokerWorkerOptions(broker, options.BrokerQueuePrefix, options.MaxAttempts, options.MatchSlots, options.JudgeSlots, $"serve {name}", TimeSpan.Zero),
            sp.GetRequiredService<JobExecutor>(), sp.GetRequiredService<ILogger<BrokerWorker>>()));
        services.AddHostedService(sp => sp.GetRequiredService<BrokerWorker>());
    }
}
