using RestrictedCSharp.Games;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches.Play;
using RestrictedCSharp.Matches.Registry;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Matches;

/// <summary>Everything a match is played with besides its game and bots.</summary>
/// <param name="Settings">The game's settings by name (see <see cref="IGameDefinition.Settings"/>); those not given take their defaults.</param>
/// <param name="AuditRules">The rules the IL audit judges each bot by (normally the game's rules file).</param>
public sealed record GameMatchOptions(ulong Seed, IReadOnlyDictionary<string, string> Settings, MatchBudgets Budgets, Rules.RuleSet AuditRules);

/// <summary>Plays a match of any registered game between compiled bots, through the game seam.</summary>
public static class GameMatch
{
    /// <summary>The game a match with these options and this many bots starts with.</summary>
    /// <exception cref="GameSetupException">A setting or the number of bots is out of the game's range.</exception>
    public static IGame Create(IGameDefinition game, GameMatchOptions options, int players)
    {
        if (players < game.MinPlayers || players > game.MaxPlayers)
        {
            var range = game.MinPlayers == game.MaxPlayers ? $"{game.MinPlayers}" : $"{game.MinPlayers} to {game.MaxPlayers}";
            throw new GameSetupException($"{game.Name} is played by {range} bots; {players} given");
        }
        var known = game.Settings.Select(s => s.Name).ToHashSet(StringComparer.Ordinal);
        var unknown = options.Settings.Keys.Where(k => !known.Contains(k)).Order(StringComparer.Ordinal).FirstOrDefault();
        if (unknown is not null)
        {
            var names = known.Count == 0 ? "none" : string.Join(", ", game.Settings.Select(s => s.Name));
            throw new GameSetupException($"{game.Name} has no setting '{unknown}' (its settings: {names})");
        }
        return game.Create(new GameSetup(players, options.Seed, options.Settings));
    }

    /// <summary>Plays one match; the bots are disposed when it ends. Never throws for what a bot does.</summary>
    /// <exception cref="GameSetupException">A setting or the number of bots is out of the game's range.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A budget is out of range.</exception>
    public static Task<MatchResult> PlayAsync(
        BotHost host, RegisteredGame game, IReadOnlyList<MatchEntrant> entrants, GameMatchOptions options, CancellationToken cancellationToken = default)
    {
        var definition = game.Definition;
        var play = Create(definition, options, entrants.Count);
        var seating = new SeatingOptions(options.Budgets.Validate(), definition.BotInterfaceName, definition.BotMethod, [game.ApiAssemblyPath], options.AuditRules);
        return MatchPlayer.PlayAsync(host, definition.Name, options.Seed, entrants, seating, play, cancellationToken);
    }
}
