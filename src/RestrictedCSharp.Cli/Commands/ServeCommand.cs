using System.CommandLine;
using Microsoft.Extensions.Hosting;
using RestrictedCSharp.Arena;
using RestrictedCSharp.Matches.Registry;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc serve [--urls URLS] [--data DIR] [--game NAME]... [--games FILE] [--workers N] [--judge-deadline SECONDS] [--judge-memory MIB] [--judge-pool N] [--checks-per-minute N] [--checks-in-flight N] [--database URL] [--broker URL]</c>: the arena. Authors
/// submit bots over HTTP; each is judged in the sandboxed compile worker and, once accepted, plays its placement
/// matches and then the ladder. Runs until stopped (Ctrl+C or SIGTERM); exit 0 when stopped, 2 bad usage.
/// </summary>
internal static class ServeCommand
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    // A judgement takes 3 to 14 s on a loaded machine and peaks near 130 MiB (docs/ARENA.md, "Judging"): below these
    // bounds every submission would fail, above them one hostile submission could hold a judge slot or the machine.
    private const int MinJudgeDeadline = 1, MaxJudgeDeadline = 600;
    private const int MinJudgeMemory = 64, MaxJudgeMemory = 65536;

    public static Command Create(CliContext context)
    {
        var urls = new Option<string>("--urls") { Description = "Where to listen (';'-separated URLs).", DefaultValueFactory = _ => DefaultUrls, HelpName = "URLS" };
        var data = DataOption.Create();
        var game = new Option<string[]>("--game") { Description = "A game to host (repeatable; default: every game in the registry).", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };
        var games = new Option<string?>("--games") { Description = $"The game registry (default: ${GameRegistry.EnvironmentVariable}, else the nearest '{GameRegistry.FileName}').", HelpName = "FILE" };
        var workers = new Option<int>("--workers", "--match-slots") { Description = "Matches played at once (0, only with --broker: none, workers play them).", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var judgeDeadline = new Option<int>("--judge-deadline") { Description = $"Seconds a submission's compile worker may take before it is killed ({MinJudgeDeadline} to {MaxJudgeDeadline}).", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
        var judgeMemory = new Option<int>("--judge-memory") { Description = $"A compile worker's memory ceiling in MiB ({MinJudgeMemory} to {MaxJudgeMemory}).", DefaultValueFactory = _ => 512, HelpName = "MIB" };
        var judgePool = new Option<int>("--judge-pool") { Description = "Warm compile workers kept ready per game (0: none; each idle one holds about 100-150 MiB).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var checksPerMinute = new Option<int>("--checks-per-minute") { Description = "Checks per client per minute on POST /api/check.", DefaultValueFactory = _ => 30, HelpName = "N" };
        var checksInFlight = new Option<int>("--checks-in-flight") { Description = "Checks one client may have in flight on POST /api/check (1-1000).", DefaultValueFactory = _ => 1, HelpName = "N" };

        var database = ScaleOutOptions.Database();
        var broker = ScaleOutOptions.Broker();
        var queuePrefix = ScaleOutOptions.QueuePrefix();
        var judgeSlots = new Option<int>("--judge-slots") { Description = "Submissions judged at once (0, only with --broker: none, workers judge them).", DefaultValueFactory = _ => 1, HelpName = "N" };

        var command = new Command("serve", "Run the arena: a web service where authors submit bots, which are judged and play a rated ladder.")
        {
            urls, data, game, games, workers, judgeDeadline, judgeMemory, judgePool, checksPerMinute, checksInFlight, database, broker,
            queuePrefix, judgeSlots,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var listen = parsed.GetValue(urls)!;
            foreach (var url in listen.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                    throw new CliException($"--urls: '{url}' is not an http:// or https:// URL");
            }
            var slots = parsed.GetValue(workers);
            var brokerUrl = ScaleOutOptions.ReadBroker(parsed, broker);
            // Without a broker the server's own slots are the only ones: it needs at least one of each.
            if (slots < (brokerUrl is null ? 1 : 0)) throw new CliException(brokerUrl is null ? "--workers must be at least 1" : "--workers must be at least 0");
            var judges = parsed.GetValue(judgeSlots);
            if (judges < (brokerUrl is null ? 1 : 0) || judges > 64) throw new CliException(brokerUrl is null ? "--judge-slots must be 1 to 64" : "--judge-slots must be 0 to 64");
            var deadline = parsed.GetValue(judgeDeadline);
            if (deadline is < MinJudgeDeadline or > MaxJudgeDeadline)
                throw new CliException($"--judge-deadline must be {MinJudgeDeadline} to {MaxJudgeDeadline} seconds");
            var memory = parsed.GetValue(judgeMemory);
            if (memory is < MinJudgeMemory or > MaxJudgeMemory)
                throw new CliException($"--judge-memory must be {MinJudgeMemory} to {MaxJudgeMemory} MiB");
            var pool = parsed.GetValue(judgePool);
            if (pool is < 0 or > RestrictedCSharp.Judging.SandboxedJudgeOptions.MaxPoolSize)
                throw new CliException($"--judge-pool must be 0 to {RestrictedCSharp.Judging.SandboxedJudgeOptions.MaxPoolSize}");
            var checks = parsed.GetValue(checksPerMinute);
            if (checks < 1) throw new CliException("--checks-per-minute must be at least 1");
            var inFlight = parsed.GetValue(checksInFlight);
            if (inFlight is < 1 or > 1000) throw new CliException("--checks-in-flight must be 1 to 1000");
            var options = new ArenaOptions
            {
                DataDirectory = DataOption.Read(parsed, data),
                GameRegistryPath = parsed.GetValue(games),
                Games = parsed.GetValue(game) ?? [],
                MatchSlots = slots,
                JudgeSlots = judges,
                LadderQueueDepth = 2 * Math.Max(1, slots),
                Database = ScaleOutOptions.ReadDatabase(parsed, database),
                Broker = brokerUrl,
                BrokerQueuePrefix = ScaleOutOptions.ReadQueuePrefix(parsed, queuePrefix),
                JudgeDeadline = TimeSpan.FromSeconds(deadline),
                JudgeMemoryMegabytes = memory,
                JudgePool = pool,
                ChecksPerMinute = checks,
                ChecksInFlightPerClient = inFlight,
            };
            try
            {
                var hosted = new ArenaGames(options);
                if (hosted.Names.Count == 0) throw new CliException("no game to host: the game registry names none");
                foreach (var name in hosted.Names) _ = GameOptions.DefinitionOf(hosted.Get(name));
            }
            catch (GameRegistryException e)
            {
                throw new CliException(e.Message);
            }

            using var host = ArenaApp.CreateHostBuilder(options, urls: listen).Build();
            // Said once the schema is current and the port is bound, so a script (or a test) can wait for this line.
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            context.Out.WriteLine($"rcsc serve: listening on {listen}; data in {options.DataDirectory}"
                + (options.Database is null ? "" : $"; database: {Arena.Data.Providers.ArenaDatabase.Of(options).Describe(options)}")
                + (options.Broker is null ? "" : "; jobs on the broker"));
            context.Out.Flush();
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }
}
