using System.CommandLine;
using RestrictedCSharp.Matches.Registry;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// <c>--game NAME</c> and <c>--games FILE</c>: the game a command is for, found in the game registry (see
/// <see cref="GameRegistry"/>: <c>--games</c>, else <c>RCSC_GAMES</c>, else the nearest <c>rcsc-games.json</c>
/// at or above the current directory). The game brings its API assembly and rules file, so a bot author
/// never looks for either.
/// </summary>
internal sealed class GameOptions(bool required)
{
    public Option<string?> Game { get; } = new("--game")
    {
        Description = required
            ? "The game to play (a name in the game registry)."
            : "The game the bot is for: compiles against its API and takes its rules file (unless --rules is given).",
        HelpName = "NAME",
    };

    public Option<string?> Games { get; } = new("--games")
    {
        Description = $"The game registry (default: ${GameRegistry.EnvironmentVariable}, else the nearest '{GameRegistry.FileName}' at or above the current directory).",
        HelpName = "FILE",
    };

    /// <summary>The game matches are played when no <c>--game</c> is given.</summary>
    public const string DefaultGame = "lightcycles";

    public void AddTo(Command command)
    {
        command.Options.Add(Game);
        command.Options.Add(Games);
    }

    /// <summary>
    /// The game named by <c>--game</c>, else by the bot project's <c>rcsc.json</c> near <paramref name="input"/>
    /// (see <see cref="BotProjectFile"/>), else <see cref="DefaultGame"/> when one is required; null when none is named and none is required.
    /// </summary>
    /// <exception cref="CliException">The registry or the game is missing or unreadable.</exception>
    public RegisteredGame? Find(ParseResult parsed, string? input = null)
    {
        var name = parsed.GetValue(Game)
            ?? (input is null ? null : BotProjectFile.GameNear(input))
            ?? (required ? DefaultGame : null);
        if (name is null) return null;
        try
        {
            return GameRegistry.Find(parsed.GetValue(Games)).Get(name);
        }
        catch (GameRegistryException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>The game's definition, loaded now.</summary>
    /// <exception cref="CliException">It does not load.</exception>
    public static global::RestrictedCSharp.Games.IGameDefinition DefinitionOf(RegisteredGame game)
    {
        try
        {
            return game.Definition;
        }
        catch (GameRegistryException e)
        {
            throw new CliException(e.Message);
        }
    }
}
