using System.CommandLine;
using RestrictedCSharp.Compiler;
using RestrictedCSharp.Compiler.Reporting;
using RestrictedCSharp.Matches.Registry;
using RuleSet = RestrictedCSharp.Rules.RuleSet;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// What every command that takes a submission shares: the inputs, <c>--game</c>, <c>--rules</c> and
/// <c>--reference</c>, and loading them into rules, checked reference paths and source files. A game gives
/// its API as a reference and its rules file as the default rules.
/// </summary>
internal sealed class SubmissionArguments
{
    public Argument<string[]> Inputs { get; } = new("inputs")
    {
        Description = "C# files, or folders searched recursively for *.cs (bin/ and obj/ are skipped).",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string?> Rules { get; } = CommonOptions.Rules();

    public GameOptions Game { get; } = new(required: false);

    public Option<string[]> References { get; } = new("--reference")
    {
        Description = "A game API assembly to compile against (repeatable).",
        HelpName = "DLL",
        AllowMultipleArgumentsPerToken = false,
    };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Inputs);
        command.Options.Add(Rules);
        command.Options.Add(References);
        Game.AddTo(command);
    }

    /// <summary>The game named by <c>--game</c>, else by the <c>rcsc.json</c> of the bot project holding the first input.</summary>
    public RegisteredGame? FindGame(ParseResult parsed) => Game.Find(parsed, parsed.GetValue(Inputs)?.FirstOrDefault());

    /// <summary>The game named by <c>--game</c>, its rules (unless <c>--rules</c>) and its API plus the <c>--reference</c>s.</summary>
    public (RegisteredGame? Game, string? RulesPath, IReadOnlyList<string> References) GameInputs(ParseResult parsed)
    {
        var game = FindGame(parsed);
        var references = parsed.GetValue(References) ?? [];
        return game is null
            ? (null, parsed.GetValue(Rules), references)
            : (game, parsed.GetValue(Rules) ?? game.RulesPath, [game.ApiAssemblyPath, .. references]);
    }

    /// <summary>The rules, the game's references (each checked to exist) and the source files of a parsed command line.</summary>
    public Submission Load(CliContext context, ParseResult parsed, ReportFormat format, CancellationToken cancellationToken)
    {
        var inputs = parsed.GetValue(Inputs)!;
        var (game, rulesPath, references) = GameInputs(parsed);
        var files = SubmissionInputs.Expand(inputs);
        var rules = CommonOptions.LoadRules(context, rulesPath, inputs[0], format).Rules!;
        foreach (var reference in references)
        {
            if (!File.Exists(reference))
            {
                throw new CliException($"reference '{reference}' does not exist");
            }
        }

        return new Submission(rules, references, SourceFileReader.ReadAll(files, cancellationToken), game);
    }
}

/// <summary>A submission read from the command line.</summary>
internal sealed record Submission(RuleSet Rules, IReadOnlyList<string> References, IReadOnlyList<SourceFile> Sources, RegisteredGame? Game = null)
{
    /// <summary>A builder for these rules and references; an unreadable game assembly is a usage error.</summary>
    public BotBuilder CreateBuilder()
    {
        try
        {
            return new BotBuilder(Rules, References);
        }
        catch (InvalidDataException e)
        {
            throw new CliException(e.Message);
        }
    }
}
