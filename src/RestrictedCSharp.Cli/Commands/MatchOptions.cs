using System.CommandLine;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Matches;
using RestrictedCSharp.Matches.Bots;
using RestrictedCSharp.Games;
using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Rules;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// The options <c>rcsc match</c> and <c>rcsc tournament</c> share: the game, its rules, its settings
/// (<c>--set NAME=VALUE</c>, the game's own), the seed and the turn budgets; and turning a bot's folder or
/// files into a submission.
/// </summary>
internal sealed class MatchOptions
{
    public GameOptions Game { get; } = new(required: true);

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = $"A setting of the game, such as a board size: NAME=VALUE (repeatable; default game {GameOptions.DefaultGame}: width, height, max-turns).",
        HelpName = "NAME=VALUE",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<string?> Rules { get; } = new("--rules") { Description = "The rules file bots are judged by (default: the game's).", HelpName = "FILE" };

    public Option<ulong> Seed { get; } = new("--seed") { Description = "The seed: the same seed and bots give the same match.", DefaultValueFactory = _ => 1 };

    public BudgetOption TicksPerTurn { get; } = new("--ticks-per-turn", BudgetLimit.Ticks, "Ticks each bot's turn may spend (default: the rules' 'limit ticks').");

    public Option<long> Bank { get; } = new("--bank") { Description = "Tick bank cap: unused ticks are saved up to N for turns that need more (0: no bank).", DefaultValueFactory = _ => 0, HelpName = "N" };

    public Option<int> MaxFailures { get; } = new("--max-failures") { Description = "Consecutive failed turns that eliminate a bot.", DefaultValueFactory = _ => 3, HelpName = "N" };

    public BudgetOption TimeoutMs { get; } = new("--timeout-ms", BudgetLimit.TimeoutMilliseconds, $"Wall-clock backstop per call (default: the rules' 'limit timeout-ms', at least {MatchBudgets.MinimumDefaultTimeoutMs}).");

    public void AddTo(Command command)
    {
        Game.AddTo(command);
        foreach (var option in new Option[] { Set, Rules, Seed, TicksPerTurn.Option, Bank, MaxFailures, TimeoutMs.Option })
            command.Options.Add(option);
    }

    /// <summary>The game's rules (or <c>--rules</c>); errors in them are printed as RCX0901 and stop with exit 2.</summary>
    public RuleSet LoadRules(CliContext context, ParseResult parsed, RegisteredGame game, ReportFormat format)
    {
        var path = parsed.GetValue(Rules) ?? game.RulesPath;
        return CommonOptions.LoadRules(context, path, path, format).Rules!;
    }

    /// <summary>The match options for a seed; a budget out of range or a malformed setting is a usage error.</summary>
    public GameMatchOptions Read(ParseResult parsed, RuleSet rules, ulong seed)
    {
        var ticks = TicksPerTurn.Read(parsed);
        var timeout = TimeoutMs.ReadInt(parsed);
        var rulesBudgets = MatchBudgets.FromRules(rules).Bot;
        var budgets = new MatchBudgets(
            rulesBudgets with { Ticks = ticks ?? rulesBudgets.Ticks, TimeoutMs = timeout ?? rulesBudgets.TimeoutMs },
            BankCap: parsed.GetValue(Bank),
            MaxFailures: parsed.GetValue(MaxFailures));
        try
        {
            budgets.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new CliException(OptionError(e));
        }
        return new GameMatchOptions(seed, ReadSettings(parsed.GetValue(Set) ?? []), budgets, rules);
    }

    /// <summary>The game a match of <paramref name="players"/> bots starts with: checks the settings and the seats before anything is built.</summary>
    public static IGame Setup(IGameDefinition game, GameMatchOptions options, int players)
    {
        try
        {
            return GameMatch.Create(game, options, players);
        }
        catch (GameSetupException e)
        {
            throw new CliException(e.Message);
        }
    }

    private static IReadOnlyDictionary<string, string> ReadSettings(IEnumerable<string> pairs)
    {
        var settings = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in pairs)
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            if (at <= 0) throw new CliException($"--set takes NAME=VALUE; '{pair}' is not");
            settings[pair[..at].Trim()] = pair[(at + 1)..].Trim();
        }
        return settings;
    }

    /// <summary>A builder for the game's bots: the rules, and the game's API as the only reference.</summary>
    public static BotBuilder CreateBuilder(RuleSet rules, RegisteredGame game)
    {
        try
        {
            return new BotBuilder(rules, [game.ApiAssemblyPath]);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>One bot from a folder (its .cs files, recursively) or a .cs file; named after it.</summary>
    /// <exception cref="CliException">The input does not exist, is not a .cs file, or is a folder without any.</exception>
    public static BotSubmission ReadBot(string input, string name, CancellationToken cancellationToken)
    {
        var files = SubmissionInputs.Expand([input]);
        return new(name, SourceFileReader.ReadAll(files, cancellationToken));
    }

    /// <summary>The name a bot plays under: its folder's or file's name.</summary>
    public static string NameOf(string input) =>
        Directory.Exists(input)
            ? Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(input)))
            : Path.GetFileNameWithoutExtension(input);

    /// <summary>Prints each rejected bot's diagnostics as <c>rcsc check</c> does.</summary>
    public static void ReportRejections(CliContext context, ReportFormat format, IReadOnlyList<BotRejection> rejections)
    {
        if (format == ReportFormat.Json)
        {
            ReportWriter.Write(context.Out, format, accepted: false, [.. rejections.SelectMany(r => r.Diagnostics)]);
            return;
        }
        foreach (var rejection in rejections)
        {
            context.Out.WriteLine($"bot '{rejection.Name}' is rejected:");
            ReportWriter.Write(context.Out, format, accepted: false, rejection.Diagnostics);
        }
    }

    private static string OptionError(ArgumentOutOfRangeException e) => e.ParamName switch
    {
        "BankCap" => "--bank must be 0 or more (and fit with the ticks per turn in 64 bits)",
        "MaxFailures" => "--max-failures must be at least 1",
        _ => e.Message.Split(Environment.NewLine)[0],
    };
}
