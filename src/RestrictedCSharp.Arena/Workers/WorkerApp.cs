using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena.Workers;

/// <summary>
/// The host of a worker (<c>rcsc worker</c>): no database and no web server; the broker worker loop with the local
/// bot host, the judge (when it takes judge jobs) and the server's builds through a verified disk cache. Stopped
/// (SIGTERM), it drains for up to <see cref="WorkerOptions.Drain"/>.
/// </summary>
public static class WorkerApp
{
    public static IHost Build(WorkerOptions options)
    {
        var arena = options.Arena;
        var broker = arena.Broker ?? throw new InvalidOperationException("a worker needs a broker");
        return Host.CreateDefaultBuilder()
            .ConfigureLogging(logging => logging
                // stdout is for the ready line: the log goes to stderr.
                .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace)
                .AddFilter("System.Net.Http", LogLevel.Warning))
            .ConfigureServices(services =>
            {
                services.Configure<HostOptions>(host => host.ShutdownTimeout = options.Drain + TimeSpan.FromSeconds(30));
                services.AddSingleton(options);
                services.AddSingleton(arena);
                services.AddSingleton(_ => new ArenaGames(arena));
                services.AddSingleton(_ => new BotHost(warmRunners: Math.Min(4, 2 * arena.MatchSlots)));
                services.AddSingleton<ISubmissionJudge>(sp => ArenaJudge.Create(sp.GetRequiredService<ArenaGames>(), arena));
                services.AddSingleton<IArtifactSource>(sp => new HttpArtifactSource(
                    new HttpClient { BaseAddress = options.Server, Timeout = TimeSpan.FromSeconds(60) }, options.Key, options.CacheDirectory,
                    sp.GetRequiredService<ILogger<HttpArtifactSource>>()));
                services.AddSingleton(sp => new JobExecutor(
                    sp.GetRequiredService<ArenaGames>(), sp.GetRequiredService<BotHost>(), sp.GetRequiredService<IArtifactSource>(),
                    sp.GetRequiredService<ISubmissionJudge>, options.Name));
                services.AddSingleton(sp => new BrokerWorker(
                    new BrokerWorkerOptions(broker, arena.BrokerQueuePrefix, arena.MaxAttempts, arena.MatchSlots, arena.JudgeSlots, options.Name, options.Drain),
                    sp.GetRequiredService<JobExecutor>(), sp.GetRequiredService<ILogger<BrokerWorker>>()));
                services.AddSingleton<IWorkerLoad>(sp => sp.GetRequiredService<BrokerWorker>());
                services.AddHostedService(sp => sp.GetRequiredService<BrokerWorker>());
                WorkerHeartbeat.Add(services, options.Server, options.Key, options.Name);
            })
            .Build();
    }
}
