using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RestrictedCSharp.Arena.Api;
using RestrictedCSharp.Arena.Data;
using RestrictedCSharp.Arena.Data.Providers;
using RestrictedCSharp.Arena.Jobs;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Ladder;
using RestrictedCSharp.Arena.Store;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Judging;

namespace RestrictedCSharp.Arena;

/// <summary>
/// The arena's host: its services (store, queue, judge, ladder, slots) and its HTTP pipeline. <c>rcsc serve</c> and
/// the tests start the same host builder.
/// </summary>
public static class ArenaApp
{
    public const string CheckRateLimit = "check";

    /// <summary>The host of an arena; <paramref name="judge"/> makes the judge (default: the sandboxed compile worker).</summary>
    public static IHostBuilder CreateHostBuilder(ArenaOptions options, Func<IServiceProvider, ISubmissionJudge>? judge = null, string? urls = null) =>
        Host.CreateDefaultBuilder()
            // Every statement and every request at Information would drown the arena's own log.
            .ConfigureLogging(logging => logging
                .AddFilter("Microsoft.EntityFrameworkCore", LogLevel.Warning)
                .AddFilter("Microsoft.AspNetCore", LogLevel.Warning))
            .ConfigureServices(services =>
            {
                // Before the web server and the slots start: the schema is current and the data folder exists.
                services.AddHostedService<DatabaseMigrator>();
            })
            .ConfigureWebHostDefaults(web =>
            {
                if (urls is not null) web.UseUrls(urls);
                web.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = options.MaxBodyBytes);
                web.ConfigureServices(services => AddArena(services, options, judge));
                web.Configure(UsePipeline);
            });

    public static void AddArena(IServiceCollection services, ArenaOptions options, Func<IServiceProvider, ISubmissionJudge>? judge)
    {
        Directory.CreateDirectory(options.DataDirectory);
        services.AddSingleton(options);
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(_ => new ArenaGames(options));
        // Every unit of work has its own context, on the database the options name (SQLite in the data folder by default).
        var database = ArenaDatabase.Of(options);
        services.AddSingleton(database);
        services.AddDbContextFactory<ArenaDb>(database.Configure);
        services.AddScoped(sp => sp.GetRequiredService<IDbContextFactory<ArenaDb>>().CreateDbContext());
        services.AddSingleton<IArtifactStore>(new FolderArtifactStore(options.BotStorePath));
        services.AddSingleton<IArtifactSource>(sp => sp.GetRequiredService<IArtifactStore>());
        // The jobs table is the queue's record in both modes; with a broker it is the outbox, and the broker's consumers run the jobs.
        services.AddSingleton<IJobQueue, DatabaseJobQueue>();
        services.AddSingleton<MatchFactory>();
        services.AddSingleton<MatchResults>();
        services.AddSingleton<LadderService>();
        services.AddSingleton(_ => new BotHost(warmRunners: Math.Min(4, 2 * options.MatchSlots)));
        services.AddSingleton(judge ?? (sp => ArenaJudge.Create(sp.GetRequiredService<ArenaGames>(), options)));
        // A job's three stages: described and settled here, executed here too unless workers take it (--broker).
        services.AddSingleton<JobDescriber>();
        services.AddSingleton<JobSettler>();
        services.AddSingleton(sp => new JobExecutor(
            sp.GetRequiredService<ArenaGames>(), sp.GetRequiredService<BotHost>(), sp.GetRequiredService<IArtifactSource>(),
            sp.GetRequiredService<ISubmissionJudge>, $"{Environment.MachineName}:{Environment.ProcessId}"));
        foreach (var kind in new[] { JobKind.Judge, JobKind.Match })
            services.AddSingleton<IJobHandler>(sp => new StagedJobHandler(
                kind, sp.GetRequiredService<JobDescriber>(), sp.GetRequiredService<JobExecutor>(), sp.GetRequiredService<JobSettler>()));
        services.AddSingleton<JobRunner>();
        if (options.Broker is null) services.AddHostedService(sp => sp.GetRequiredService<JobRunner>());
        else BrokerServices.Add(services, options);
        services.AddHostedService<LadderScheduler>();
        services.AddSingleton<Workers.WorkerGate>();
        services.AddSingleton(sp => new Workers.WorkerRegistry(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<LadderCapacity>();
        if (options.Broker is not null) services.AddSingleton<BrokerQueueReader>();

        services.AddSingleton<CheckAdmission>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, cancellationToken) =>
                new ValueTask(Problems.TooMany($"at most {options.ChecksPerMinute} checks a minute per client").ExecuteAsync(context.HttpContext));
            limiter.AddPolicy(CheckRateLimit, context => RateLimitPartition.GetFixedWindowLimiter(
                Caller.Address(context),
                _ => new FixedWindowRateLimiterOptions { PermitLimit = options.ChecksPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 }));
        });
    }

    public static void UsePipeline(IApplicationBuilder app)
    {
        // Anything unexpected is a problem detail too (500 without internals); unknown routes are 404 problem details.
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = new ManifestEmbeddedFileProvider(typeof(ArenaApp).Assembly, "Web/assets"),
            RequestPath = "/assets",
            OnPrepareResponse = file => file.Context.Response.Headers.XContentTypeOptions = "nosniff",
        });
        app.UseRouting();
        app.UseRateLimiter();
        app.UseEndpoints(endpoints =>
        {
            endpoints.MapOpenApi();
            CheckEndpoint.Map(endpoints);
            BotEndpoints.Map(endpoints);
            LeaderboardEndpoint.Map(endpoints);
            MatchEndpoints.Map(endpoints);
            StatusEndpoint.Map(endpoints);
            WorkerHeartbeatEndpoint.Map(endpoints);
            ArtifactEndpoint.Map(endpoints);
            MeEndpoint.Map(endpoints);
            BotProfileEndpoint.Map(endpoints);
            OwnerViewEndpoints.Map(endpoints);
            Web.LeaderboardPage.Map(endpoints);
            Web.BotPage.Map(endpoints);
            Web.MatchPage.Map(endpoints);
            Web.OperatorPage.Map(endpoints);
            Web.PlayPage.Map(endpoints);
        });
    }
}
