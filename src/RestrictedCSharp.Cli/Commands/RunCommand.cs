using System.CommandLine;
using System.Text.Json;
using RestrictedCSharp.Compiler.Reporting;
using Games = RestrictedCSharp.Games;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Protocol;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>rcsc run &lt;bot .cs files, folder, or compiled .dll&gt; [--game NAME] [--entry TYPE] [--method Act] [--args JSON] [--calls N]
/// [--rules FILE] [--reference DLL]... [--ticks N] [--timeout-ms N] [--memory-mb N] [--format text|json]
/// [--no-audit] [--require-sandbox]</c>: builds the bot if given source, then calls one method N times in one
/// locked-down runner, printing one result per call. With <c>--game</c>, the method defaults to the game's bot
/// method, the arguments to a first turn's view of a new game, and the entry class is the game's bot's, and each call's log lines are printed under it. Exit 0 every call ok, 3 any other outcome,
/// 1 rejected (source or audit), 2 bad usage.
/// </summary>
internal static class RunCommand
{
    public static Command Create(CliContext context)
    {
        var submission = new SubmissionArguments();
        var entry = new Option<string?>("--entry") { Description = "The entry class, when the bot has more than one candidate.", HelpName = "TYPE" };
        var method = new Option<string?>("--method") { Description = "The public method to call (default: the game's bot method, else Act).", HelpName = "NAME" };
        var arguments = new Option<string?>("--args") { Description = "The call's arguments: a JSON array (one element per parameter) or a single JSON value (default: the game's first view, else none).", HelpName = "JSON" };
        var calls = new Option<int>("--calls") { Description = "How many calls to make, one after another, in the same runner.", DefaultValueFactory = _ => 1 };
        var ticks = new BudgetOption("--ticks", BudgetLimit.Ticks, "Tick budget per call (default: the bot's build manifest's, else the rules' 'limit ticks').");
        var timeout = new BudgetOption("--timeout-ms", BudgetLimit.TimeoutMilliseconds, "Wall-clock deadline per call (default: the bot's build manifest's, else the rules' 'limit timeout-ms').");
        var memory = new BudgetOption("--memory-mb", BudgetLimit.MemoryMegabytes, "Managed heap ceiling of the runner (default: the bot's build manifest's, else the rules' 'limit memory-mb').");
        var format = new Option<string>("--format") { Description = "Output format: one line per call.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var noAudit = new Option<bool>("--no-audit") { Description = "Load a .dll WITHOUT the IL audit, so the OS sandbox alone contains it (for operators testing the sandbox)." };
        var requireSandbox = new Option<bool>("--require-sandbox") { Description = "Refuse to run unless every OS sandbox layer is active." };

        var command = new Command("run", "Run a bot's method in a locked-down runner and print each call's outcome.")
        {
            entry, method, arguments, calls, ticks.Option, timeout.Option, memory.Option, format, noAudit, requireSandbox,
        };
        submission.AddTo(command);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var count = parsed.GetValue(calls);
            if (count < 1)
            {
                throw new CliException("--calls must be at least 1");
            }

            // Budgets are checked before anything is read or built; those not given are the bot's (see BotHostOptions).
            var (tickBudget, timeoutBudget, memoryBudget) = (ticks.Read(parsed), timeout.ReadInt(parsed), memory.ReadInt(parsed));
            var game = submission.FindGame(parsed);
            var definition = game is null ? null : GameOptions.DefinitionOf(game);
            // The game (when there is one) gives the first view and reads each reply's log lines, as a match would.
            var play = definition is null ? null : NewGame(definition);
            var callArguments = parsed.GetValue(arguments) is { } given ? ParseArguments(given) : play is null ? [] : [play.ViewFor(0)];
            var methodName = parsed.GetValue(method) ?? definition?.BotMethod ?? "Act";
            var (start, rules, references) = await PrepareAsync(context, submission, parsed, cancellationToken).ConfigureAwait(false);
            if (start is null)
            {
                return ExitCodes.Rejected;
            }

            var skipAudit = parsed.GetValue(noAudit);
            if (skipAudit)
            {
                context.Error.WriteLine("rcsc run: WARNING: --no-audit loads the assembly without the IL audit; only the OS sandbox contains it");
            }

            var options = new BotHostOptions
            {
                Ticks = tickBudget,
                MemoryMb = memoryBudget,
                TimeoutMs = timeoutBudget,
                SkipAudit = skipAudit,
                AuditRules = rules,
                EntryTypeName = parsed.GetValue(entry),
                BotInterfaceName = definition?.BotInterfaceName,
                References = references,
                RequireSandbox = parsed.GetValue(requireSandbox),
            };

            var json = parsed.GetValue(format) == "json";
            await using var bot = await StartAsync(start, options, cancellationToken).ConfigureAwait(false);
            if (!bot.IsLoaded)
            {
                context.Out.WriteLine(Line(new CallRecord(0, bot.Load), json));
                foreach (var finding in bot.AuditFindings)
                {
                    context.Error.WriteLine(finding);
                }

                return bot.Load.Outcome == CallOutcome.Rejected ? ExitCodes.Rejected : ExitCodes.CallFailed;
            }

            var allOk = true;
            await foreach (var record in CallRecord.RunAsync(bot, methodName, callArguments, count, cancellationToken).ConfigureAwait(false))
            {
                context.Out.WriteLine(Line(record, json));
                if (!json)
                {
                    foreach (var line in RunLogLines.Of(play, record.Result)) context.Out.WriteLine($"    log: {line}");
                }

                allOk &= record.Result.IsOk;
            }

            return allOk ? ExitCodes.Success : ExitCodes.CallFailed;
        });
        return command;
    }

    /// <summary>Starts the bot; a damaged manifest beside a .dll is bad input, not an internal error.</summary>
    private static async Task<IBot> StartAsync(Start start, BotHostOptions options, CancellationToken cancellationToken)
    {
        try
        {
            return await start(options, cancellationToken).ConfigureAwait(false);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static string Line(CallRecord record, bool json) => json ? record.ToJsonLine() : record.ToTextLine();

    /// <summary>How the bot is started: from its file, or from the artifact a build just made.</summary>
    private delegate Task<IBot> Start(BotHostOptions options, CancellationToken cancellationToken);

    /// <summary>A compiled .dll is run as it is (the operator's file); source is built first, and the artifact sent as bytes.</summary>
    private static async Task<(Start? Start, RuleSet Rules, IReadOnlyList<string> References)> PrepareAsync(
        CliContext context, SubmissionArguments submission, ParseResult parsed, CancellationToken cancellationToken)
    {
        var inputs = parsed.GetValue(submission.Inputs)!;
        if (inputs.Length == 1 && inputs[0].EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
        {
            if (!File.Exists(inputs[0]))
            {
                throw new CliException($"'{inputs[0]}' does not exist");
            }

            var (_, rulesPath, references) = submission.GameInputs(parsed);
            var rules = CommonOptions.LoadRules(context, rulesPath, inputs[0], ReportFormat.Text).Rules!;
            var assemblyPath = Path.GetFullPath(inputs[0]);
            return ((options, token) => BotHost.StartAsync(assemblyPath, options, token), rules, references);
        }

        var loaded = submission.Load(context, parsed, ReportFormat.Text, cancellationToken);
        var result = await loaded.CreateBuilder().BuildAsync(loaded.Sources, cancellationToken).ConfigureAwait(false);
        if (!result.Succeeded)
        {
            ReportWriter.Write(context.Out, ReportFormat.Text, accepted: false, result.Diagnostics);
            return (null, loaded.Rules, loaded.References);
        }

        var artifact = result.Bot!.Artifact;
        return ((options, token) => BotHost.StartAsync(artifact, options, token), loaded.Rules, loaded.References);
    }

    /// <summary>A new game (default settings, seed 1): its first player's first view is the calls' default argument.</summary>
    private static Games.IGame NewGame(Games.IGameDefinition game)
    {
        try
        {
            return game.Create(new Games.GameSetup(game.MinPlayers, seed: 1));
        }
        catch (Games.GameSetupException e)
        {
            throw new CliException($"{game.Name}: {e.Message}");
        }
    }

    private static IReadOnlyList<JsonElement> ParseArguments(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Array
                ? root.EnumerateArray().Select(e => e.Clone()).ToList()
                : [root.Clone()];
        }
        catch (JsonException e)
        {
            throw new CliException($"--args is not valid JSON: {e.Message}");
        }
    }
}
