using System.Text.Json;
using ConnectFour.Api;
using ConnectFour.Definition;
using RestrictedCSharp.Games;

namespace ConnectFour.Tests;

/// <summary>The game as rcsc holds it: a definition behind the seam's interface, and games created from setups.</summary>
internal static class SeamGame
{
    public static IGameDefinition Definition { get; } = new ConnectFourDefinition();

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IGame New(ulong seed = 1, params (string Name, string Value)[] settings) =>
        Definition.Create(new GameSetup(2, seed, settings.ToDictionary(s => s.Name, s => s.Value, StringComparer.Ordinal)));

    /// <summary>The view the game gives a player, read as the bot's process reads it.</summary>
    public static Board View(IGame game, int player) => game.ViewFor(player).Deserialize<Board>(Json)!;

    /// <summary>A reply as a bot's process would send it.</summary>
    public static JsonElement Reply(int column, params string[] log) => JsonSerializer.SerializeToElement(new Drop(column, log), Json);

    /// <summary>Plays the columns in turn (each read as a reply from the player to move); null plays a failed turn.</summary>
    public static void Play(IGame game, params int?[] columns)
    {
        foreach (var column in columns)
        {
            var mover = Enumerable.Range(0, game.Players).Single(game.IsToMove);
            var moves = new object?[game.Players];
            if (column is { } c)
            {
                var reading = game.ReadReply(mover, Reply(c));
                reading.Error.Should().BeNull();
                moves[mover] = reading.Move;
            }
            game.Step(moves);
        }
    }

    public static string Replay(IGame game)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer)) game.WriteReplay(json);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
