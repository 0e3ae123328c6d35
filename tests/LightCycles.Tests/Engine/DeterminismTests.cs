using LightCycles.Api;
using LightCycles.Engine;

namespace LightCycles.Tests.Engine;

public sealed class DeterminismTests
{
    /// <summary>Plays a whole game with moves drawn from a seeded source; returns every state along the way.</summary>
    private static (List<string> States, GameResult Result) Play(GameSettings settings, ulong moveSeed)
    {
        var game = new Game(settings);
        var moves = new BotRandom(moveSeed);
        var states = new List<string> { game.Fingerprint() };
        while (!game.IsOver)
        {
            var turn = new Direction?[settings.Players];
            for (var p = 0; p < turn.Length; p++)
            {
                // Mostly safe moves, so games last; sometimes a failed turn (null).
                var view = game.ViewFor(p);
                var safe = Directions.All.Where(d => view.IsFree(view.Me.Head.Step(d))).ToList();
                turn[p] = moves.Next(10) == 0 ? null : safe.Count > 0 ? safe[moves.Next(safe.Count)] : Direction.Up;
            }
            var result = game.Step(turn);
            states.Add(game.Fingerprint() + "|" + string.Join(",", result.Deaths));
        }
        return (states, game.Result);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void The_same_seed_and_moves_give_the_same_game(int players)
    {
        var settings = new GameSettings(Width: 20, Height: 16, Players: players, Seed: 77);

        var first = Play(settings, moveSeed: 5);
        var second = Play(settings, moveSeed: 5);

        first.States.Should().HaveCountGreaterThan(5).And.Equal(second.States);
        first.Result.Should().BeEquivalentTo(second.Result);
    }

    [Fact]
    public void A_different_seed_gives_a_different_game()
    {
        var first = Play(new GameSettings(Seed: 1), moveSeed: 5);
        var second = Play(new GameSettings(Seed: 2), moveSeed: 5);

        first.States[0].Should().NotBe(second.States[0]);
    }

    [Fact]
    public void Views_are_snapshots()
    {
        var game = new Game(new GameSettings());
        var before = game.ViewFor(0);
        var cells = before.Cells.ToList();

        game.Step(Scenario.Straight(2));

        before.Cells.Should().Equal(cells);
        before.Turn.Should().Be(0);
        game.ViewFor(0).Turn.Should().Be(1);
    }
}
