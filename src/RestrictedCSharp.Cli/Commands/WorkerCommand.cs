using System.CommandLine;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using RestrictedCSharp.Arena;
using RestrictedCSharp.Arena.Jobs.Broker;
using RestrictedCSharp.Arena.Workers;
using RestrictedCSharp.Matches.Registry;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc worker --broker amqp://… --server http://HOST:PORT --key-file FILE [--slots N] [--judge-slots M] [--cache DIR]
/// [--name NAME] [--drain SECONDS]</c>: plays matches (and judges submissions) for an arena on other machines.
/// Needs no database: orders come from the broker, builds from the server (by hash, verified, cached on disk), and
/// outcomes go back through the broker. Says <c>worker NAME ready</c> once it consumes; on SIGTERM it takes no more
/// jobs, finishes the running ones for up to the drain and returns the rest; exit 0 then, 2 for bad options.
/// </summary>
internal static partial class WorkerCommand
{
    private const int MaxDrain = 3600;

    public static Command Create(CliContext context)
    {
        var broker = ScaleOutOptions.Broker();
        var server = new Option<string?>("--server") { Description = "The arena's server, where the compiled bots are fetched: http://HOST:PORT.", HelpName = "URL" };
        var keyFile = new Option<string?>("--key-file") { Description = "The file holding the arena's worker key (the server's DATA/worker.key).", HelpName = "FILE" };
        var slots = new Option<int>("--slots") { Description = "Matches played at once (0: none).", DefaultValueFactory = _ => Environment.ProcessorCount, HelpName = "N" };
        var judgeSlots = new Option<int>("--judge-slots") { Description = "Submissions judged at once (0: none).", DefaultValueFactory = _ => 0, HelpName = "M" };
        var cache = new Option<string?>("--cache") { Description = "Where compiled bots are cached (default: rcsc/artifacts in the user's cache folder).", HelpName = "DIR" };
        var name = new Option<string?>("--name") { Description = "The worker's name in the server's records (default: HOST:PID).", HelpName = "NAME" };
        var drain = new Option<int>("--drain") { Description = $"Seconds running jobs may take to finish after SIGTERM (0 to {MaxDrain}).", DefaultValueFactory = _ => 60, HelpName = "SECONDS" };
        var game = new Option<string[]>("--game") { Description = "A game to play (repeatable; default: every game in the registry).", HelpName = "NAME", AllowMultipleArgumentsPerToken = false };
        var games = new Option<string?>("--games") { Description = $"The game registry (default: ${GameRegistry.EnvironmentVariable}, else the nearest '{GameRegistry.FileName}').", HelpName = "FILE" };
        var judgeDeadline = new Option<int>("--judge-deadline") { Description = "Seconds a submission's compile worker may take before it is killed (1 to 600).", DefaultValueFactory = _ => 30, HelpName = "SECONDS" };
        var judgeMemory = new Option<int>("--judge-memory") { Description = "A compile worker's memory ceiling in MiB (64 to 65536).", DefaultValueFactory = _ => 512, HelpName = "MIB" };
        var judgePool = new Option<int>("--judge-pool") { Description = "Warm compile workers kept ready per game (0: none).", DefaultValueFactory = _ => 1, HelpName = "N" };
        var prefix = ScaleOutOptions.QueuePrefix();

        var command = new Command("worker", "Play an arena's matches (and judge its submissions) from its broker, on any machine: no database needed.")
        {
            broker, server, keyFile, slots, judgeSlots, cache, name, drain, game, games, judgeDeadline, judgeMemory, judgePool, prefix,
        };
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var brokerUrl = ScaleOutOptions.ReadBroker(parsed, broker) ?? throw new CliException("--broker is required: the arena's amqp:// URL");
            var serverText = parsed.GetValue(server) ?? throw new CliException("--server is required: the arena's http://HOST:PORT");
            if (!Uri.TryCreate(serverText, UriKind.Absolute, out var serverUri) || serverUri.Scheme is not ("http" or "https") || serverUri.Host.Length == 0)
                throw new CliException("--server: the server is an http:// or https:// URL");
            if (!serverUri.AbsolutePath.EndsWith('/')) serverUri = new Uri(serverUri + "/");
            var keyPath = parsed.GetValue(keyFile) ?? throw new CliException("--key-file is required: the file with the arena's worker key");
            string key;
            try
            {
                key = File.ReadAllText(keyPath).Trim();
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliException($"--key-file: {e.Message}");
            }
            if (key.Length is 0 or > 256) throw new CliException("--key-file: the file holds no worker key");
            var matchSlots = parsed.GetValue(slots);
            var judges = parsed.GetValue(judgeSlots);
            if (matchSlots is < 0 or > 256) throw new CliException("--slots must be 0 to 256");
            if (judges is < 0 or > 64) throw new CliException("--judge-slots must be 0 to 64");
            if (matchSlots + judges == 0) throw new CliException("--slots and --judge-slots are both 0: the worker would take no job");
            var drainSeconds = parsed.GetValue(drain);
            if (drainSeconds is < 0 or > MaxDrain) throw new CliException($"--drain must be 0 to {MaxDrain} seconds");
            var deadline = parsed.GetValue(judgeDeadline);
            if (deadline is < 1 or > 600) throw new CliException("--judge-deadline must be 1 to 600 seconds");
            var memory = parsed.GetValue(judgeMemory);
            if (memory is < 64 or > 65536) throw new CliException("--judge-memory must be 64 to 65536 MiB");
            var pool = parsed.GetValue(judgePool);
            if (pool is < 0 or > RestrictedCSharp.Judging.SandboxedJudgeOptions.MaxPoolSize)
                throw new CliException($"--judge-pool must be 0 to {RestrictedCSharp.Judging.SandboxedJudgeOptions.MaxPoolSize}");
            var workerName = parsed.GetValue(name) ?? $"{Environment.MachineName}:{Environment.ProcessId}";
            if (!Name().IsMatch(workerName)) throw new CliException("--name: 1 to 64 letters, digits, '.', '-', '_' or ':'");
            var cacheDirectory = Path.GetFullPath(parsed.GetValue(cache) ?? DefaultCache());

            var arena = new ArenaOptions
            {
                DataDirectory = cacheDirectory,
                GameRegistryPath = parsed.GetValue(games),
                Games = parsed.GetValue(game) ?? [],
                MatchSlots = matchSlots,
                JudgeSlots = judges,
                Broker = brokerUrl,
                BrokerQueuePrefix = ScaleOutOptions.ReadQueuePrefix(parsed, prefix),
                JudgeDeadline = TimeSpan.FromSeconds(deadline),
                JudgeMemoryMegabytes = memory,
                JudgePool = judges == 0 ? 0 : pool,
            };
            try
            {
                var hosted = new ArenaGames(arena);
                if (hosted.Names.Count == 0) throw new CliException("no game to play: the game registry names none");
                foreach (var hostedName in hosted.Names) _ = GameOptions.DefinitionOf(hosted.Get(hostedName));
            }
            catch (GameRegistryException e)
            {
                throw new CliException(e.Message);
            }

            Directory.CreateDirectory(cacheDirectory);
            using var host = WorkerApp.Build(new WorkerOptions(arena, serverUri, key, cacheDirectory, workerName, TimeSpan.FromSeconds(drainSeconds)));
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            var worker = host.Services.GetRequiredService<BrokerWorker>();
            var stopping = host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
            var ready = await Task.WhenAny(worker.Ready, Task.Delay(Timeout.Infinite, stopping)).ConfigureAwait(false);
            if (ready == worker.Ready && worker.Ready.IsCompletedSuccessfully)
            {
                context.Out.WriteLine($"worker {workerName} ready");
                context.Out.Flush();
            }
            await host.WaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The user's cache folder ($XDG_CACHE_HOME, else ~/.cache), then rcsc/artifacts.</summary>
    private static string DefaultCache()
    {
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return Path.Combine(root, "rcsc", "artifacts");
    }

    [GeneratedRegex("^[A-Za-z0-9._:-]{1,64}$")]
    private static partial Regex Name();
}
