using LightCycles.Api;
using LightCycles.Engine;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches.Play;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Matches.LightCycles;

/// <summary>The board of a Light Cycles match (the players are the bots; the seed is the match's).</summary>
public sealed record LightCyclesBoard(int Width = 32, int Height = 32, int MaxTurns = 2000);

/// <summary>Everything a Light Cycles match is played with besides its bots.</summary>
/// <param name="AuditRules">The rules the IL audit judges each bot by (the game's rules file).</param>
public sealed record LightCyclesMatchOptions(ulong Seed, LightCyclesBoard Board, MatchBudgets Budgets, Rules.RuleSet AuditRules);

/// <summary>Plays Light Cycles matches between compiled bots: the game's names, files and entry point.</summary>
public static class LightCyclesMatch
{
    public const string GameName = "lightcycles";

    /// <summary>The interface a bot's entry class implements.</summary>
    public const string BotInterfaceName = "LightCycles.Api.ILightCyclesBot";

    /// <summary>The only game assembly bots compile against and load.</summary>
    public static string ApiAssemblyPath => typeof(ILightCyclesBot).Assembly.Location;

    /// <summary>The game's rules file (the <c>bots</c> preset plus the API), shipped next to this library.</summary>
    public static string RulesPath =>
        Path.Combine(Path.GetDirectoryName(typeof(LightCyclesMatch).Assembly.Location)!, "games", "lightcycles.rules");

    /// <summary>The game settings a match with these options and this many bots is played with.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The board or the number of bots is out of the game's range.</exception>
    public static GameSettings SettingsFor(LightCyclesMatchOptions options, int players) =>
        new GameSettings(options.Board.Width, options.Board.Height, players, options.Seed, options.Board.MaxTurns).Validate();

    /// <summary>Plays one match; the bots are disposed when it ends. Never throws for what a bot does.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The board, the budgets or the number of bots is out of range.</exception>
    public static Task<MatchResult> PlayAsync(
        BotHost host, IReadOnlyList<MatchEntrant> entrants, LightCyclesMatchOptions options, CancellationToken cancellationToken = default)
    {
        var game = new LightCyclesGame(SettingsFor(options, entrants.Count));
        var seating = new SeatingOptions(options.Budgets.Validate(), BotInterfaceName, [ApiAssemblyPath], options.AuditRules);
        return MatchPlayer.PlayAsync(host, GameName, options.Seed, entrants, seating, game, cancellationToken);
    }
}
