namespace RestrictedCSharp.Games;

/// <summary>
/// A game as rcsc plays it: its name, the bots' entry interface and the method the match calls, how many
/// seats it has, the settings it takes, how a game is set up from a seed, and how its replay is drawn.
/// The game's files (its API assembly and rules file) are named by its manifest, not here, so that
/// <c>rcsc check</c> never loads game code. A definition is a public class with a parameterless constructor.
/// </summary>
public interface IGameDefinition
{
    /// <summary>The name <c>--game</c> takes: lower case letters and digits.</summary>
    string Name { get; }

    /// <summary>The full name of the interface a bot's entry class implements.</summary>
    string BotInterfaceName { get; }

    /// <summary>The public method of the entry class the match calls each turn, with the view as its one argument.</summary>
    string BotMethod { get; }

    int MinPlayers { get; }

    int MaxPlayers { get; }

    /// <summary>The settings a game takes besides its players and seed (such as a board size), with their defaults.</summary>
    IReadOnlyList<GameSetting> Settings { get; }

    /// <summary>A new game, ready for its first turn.</summary>
    /// <exception cref="GameSetupException">A setting or the number of players is out of the game's range.</exception>
    IGame Create(GameSetup setup);

    /// <summary>
    /// The replay page: self-contained HTML (no network) with <see cref="ReplayPage.Placeholder"/> where the
    /// match record goes, as JSON whose <c>replay.board</c> is what <see cref="IGame.WriteReplay"/> wrote.
    /// </summary>
    /// <remarks>
    /// The page may also carry <see cref="ReplayPage.ShellPlaceholder"/> in its head, where the shell every replay
    /// shares goes: its CSS and a script defining <c>replayShell(match, game)</c>. Called with the game's drawing of
    /// the board and each bot's state, it fills the page's <c>#side</c> element with the controls, the bots table, the
    /// events, the log and the per-turn view (what each bot saw, answered, spent and logged), all as text, and plays
    /// the match. A page without the placeholder draws everything itself.
    /// </remarks>
    string ReplayPage { get; }
}

/// <summary>One setting of a game: its name (as <c>--set NAME=VALUE</c> takes it), its default and what it is.</summary>
public sealed record GameSetting(string Name, string Default, string Description);

/// <summary>The replay page's contract.</summary>
public static class ReplayPage
{
    /// <summary>Where the match record goes in a game's replay page.</summary>
    public const string Placeholder = "{{MATCH_DATA}}";

    /// <summary>Optional: where the shell every replay shares (CSS and script) goes in a game's replay page; see <see cref="IGameDefinition.ReplayPage"/>.</summary>
    public const string ShellPlaceholder = "{{REPLAY_SHELL}}";

    /// <summary>A page embedded in a game's assembly as a resource, read once, on first use.</summary>
    /// <exception cref="InvalidOperationException">On first use: the assembly has no such resource.</exception>
    public static Lazy<string> FromResource(System.Reflection.Assembly assembly, string resourceName) => new(() =>
    {
        using var stream = assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"The replay page '{resourceName}' is missing from {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });
}
