using LightCycles.Engine;
using LightCycles.Tests.Infrastructure;

namespace LightCycles.Tests.Bots;

/// <summary>
/// Each sample bot beats the one before it in most of a handful of seeded games, playing both seats. The
/// board is 20x20 to keep the test to seconds; the order is the same on 32x32 (see the game's README).
/// </summary>
public sealed class StrengthTests
{
    private const int Seeds = 4;
    private const int Side = 20;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void A_stronger_sample_wins_most_games_against_the_one_before_it(int stronger)
    {
        var (weakName, weak) = SampleBots.ByStrength[stronger - 1];
        var (strongName, strong) = SampleBots.ByStrength[stronger];
        int strongWins = 0, weakWins = 0, draws = 0;
        var games = new List<string>();
        for (var seed = 1UL; seed <= Seeds; seed++)
        {
            for (var strongSeat = 0; strongSeat < 2; strongSeat++)
            {
                var bots = strongSeat == 0 ? new[] { strong(), weak() } : [weak(), strong()];
                var game = InProcessGame.PlayGame(new GameSettings(Side, Side, Seed: seed), bots);
                var result = game.Result;
                games.Add($"seed {seed}, {strongName} in seat {strongSeat}: {string.Join(", ", game.Cycles.Select(c => $"{c.Player} {c.DeathReason ?? "alive"} on turn {c.DeathTurn}"))}");
                if (result.Winner is null) draws++;
                else if (result.Winner == strongSeat) strongWins++;
                else weakWins++;
            }
        }

        strongWins.Should().BeGreaterThan(Seeds, $"{strongName} should win most of {2 * Seeds} games against {weakName} (it won {strongWins}, lost {weakWins}, drew {draws}): {string.Join("; ", games)}");
    }
}
