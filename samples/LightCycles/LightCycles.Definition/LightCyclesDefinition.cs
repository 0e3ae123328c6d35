using LightCycles.Api;
using LightCycles.Engine;
using RestrictedCSharp.Games;

namespace LightCycles.Definition;

/// <summary>
/// Light Cycles on the game seam: 2 to 4 cycles on a board (settings <c>width</c>, <c>height</c>,
/// <c>max-turns</c>), every living cycle moves each turn, and bots answer <c>Play(GameView)</c>.
/// </summary>
public sealed class LightCyclesDefinition : IGameDefinition
{
    public const string GameName = "lightcycles";

    public static readonly GameSetting Width = new("width", "32", $"Board width ({GameSettings.MinSize} to {GameSettings.MaxSize}).");
    public static readonly GameSetting Height = new("height", "32", $"Board height ({GameSettings.MinSize} to {GameSettings.MaxSize}).");
    public static readonly GameSetting MaxTurns = new("max-turns", "2000", "Turns after which the game is a draw between the survivors (at least 1).");

    private static readonly Lazy<string> Page = RestrictedCSharp.Games.ReplayPage.FromResource(typeof(LightCyclesDefinition).Assembly, "LightCycles.Definition.replay.html");

    public string Name => GameName;

    public string BotInterfaceName => typeof(ILightCyclesBot).FullName!;

    public string BotMethod => nameof(LightCyclesBot.Play);

    public int MinPlayers => GameSettings.MinPlayers;

    public int MaxPlayers => GameSettings.MaxPlayers;

    public IReadOnlyList<GameSetting> Settings { get; } = [Width, Height, MaxTurns];

    public string ReplayPage => Page.Value;

    public IGame Create(GameSetup setup) => new LightCyclesGame(SettingsFor(setup));

    /// <summary>The engine's settings for a setup.</summary>
    /// <exception cref="GameSetupException">A setting is out of range.</exception>
    public static GameSettings SettingsFor(GameSetup setup)
    {
        var settings = new GameSettings(setup.Int(Width), setup.Int(Height), setup.Players, setup.Seed, setup.Int(MaxTurns));
        try
        {
            return settings.Validate();
        }
        catch (ArgumentOutOfRangeException e)
        {
            throw new GameSetupException(e.ParamName switch
            {
                nameof(GameSettings.Width) or nameof(GameSettings.Height) => $"width and height must be {GameSettings.MinSize} to {GameSettings.MaxSize}",
                nameof(GameSettings.MaxTurns) => "max-turns must be at least 1",
                nameof(GameSettings.Players) => $"lightcycles is played by {GameSettings.MinPlayers} to {GameSettings.MaxPlayers} bots",
                _ => e.Message.Split(Environment.NewLine)[0],
            });
        }
    }
}
