using ConnectFour.Api;
using RestrictedCSharp.Games;

namespace ConnectFour.Definition;

/// <summary>
/// Connect Four on the game seam: two players take turns dropping discs into a 7x6 board (settings
/// <c>width</c> and <c>height</c>); four in a row wins, a full board is a draw. Bots answer <c>Play(Board)</c>.
/// </summary>
public sealed class ConnectFourDefinition : IGameDefinition
{
    public const string GameName = "connectfour";

    public const int MinSize = 4;

    public const int MaxSize = 16;

    public static readonly GameSetting Width = new("width", "7", $"Columns ({MinSize} to {MaxSize}).");

    public static readonly GameSetting Height = new("height", "6", $"Rows ({MinSize} to {MaxSize}).");

    private static readonly Lazy<string> Page = RestrictedCSharp.Games.ReplayPage.FromResource(typeof(ConnectFourDefinition).Assembly, "ConnectFour.Definition.replay.html");

    public string Name => GameName;

    public string BotInterfaceName => typeof(IConnectFourBot).FullName!;

    public string BotMethod => nameof(ConnectFourBot.Play);

    public int MinPlayers => 2;

    public int MaxPlayers => 2;

    public IReadOnlyList<GameSetting> Settings { get; } = [Width, Height];

    public string ReplayPage => Page.Value;

    /// <exception cref="GameSetupException">The board is out of range or the players are not two.</exception>
    public IGame Create(GameSetup setup)
    {
        if (setup.Players != 2) throw new GameSetupException($"connectfour is played by 2 bots; {setup.Players} given");
        var (width, height) = (setup.Int(Width), setup.Int(Height));
        if (width is < MinSize or > MaxSize || height is < MinSize or > MaxSize)
            throw new GameSetupException($"width and height must be {MinSize} to {MaxSize}");
        return new ConnectFourGame(width, height, setup.Seed);
    }
}
