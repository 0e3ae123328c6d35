using RestrictedCSharp.Matches.Tournaments;

namespace RestrictedCSharp.Matches.Tests;

public class StandingsTests
{
    private static GameRecord Game(int index, string a, string b, string? winner) =>
        new(index, 0, [a, b], (ulong)index, winner, 10, winner is null ? [1, 1] : winner == a ? [1, 2] : [2, 1], [0, 0]);

    [Fact]
    public void Wins_losses_draws_and_points_are_counted()
    {
        var standings = Standings.Compute(["a", "b", "c"], [Game(0, "a", "b", "a"), Game(1, "a", "c", null), Game(2, "b", "c", "c")]);

        // a and c both have 4 points; the rating breaks the tie: c drew against a higher-rated a.
        standings.Select(s => s.Bot).Should().Equal("c", "a", "b");
        standings[1].Should().BeEquivalentTo(new { Bot = "a", Played = 2, Wins = 1, Losses = 0, Draws = 1, Points = 4 });
        standings[2].Should().BeEquivalentTo(new { Bot = "b", Played = 2, Wins = 0, Losses = 2, Draws = 0, Points = 0 });
    }

    [Fact]
    public void The_rating_follows_schedule_order_whatever_order_the_games_finished_in()
    {
        var games = new[] { Game(0, "a", "b", "a"), Game(1, "b", "c", "b"), Game(2, "a", "c", "c"), Game(3, "a", "b", "b") };

        var inOrder = Standings.Compute(["a", "b", "c"], games);
        var shuffled = Standings.Compute(["a", "b", "c"], [games[2], games[0], games[3], games[1]]);

        shuffled.Should().BeEquivalentTo(inOrder, o => o.WithStrictOrdering());
        inOrder.Sum(s => s.Rating).Should().BeApproximately(3 * Standings.InitialRating, 1e-9, "Elo moves points between players");
    }

    [Fact]
    public void A_win_over_a_stronger_bot_earns_more_than_over_a_weaker_one()
    {
        var first = Standings.Compute(["a", "b"], [Game(0, "a", "b", "a")]);
        first.Single(s => s.Bot == "a").Rating.Should().BeApproximately(1516, 1e-9, "an even game is worth K/2");

        var upset = Standings.Compute(["a", "b"], [Game(0, "a", "b", "a"), Game(1, "a", "b", "b")]);
        (upset.Single(s => s.Bot == "b").Rating - 1484).Should().BeGreaterThan(16);
    }
}
