using RestrictedCSharp.Ladder;

namespace RestrictedCSharp.Ladder.Tests;

public sealed class Glicko2Tests
{
    private static readonly Rating Player = new(1500, 200, 0.06);

    private static readonly GameScore[] PaperGames =
    [
        new(new Rating(1400, 30, 0.06), 1),
        new(new Rating(1550, 100, 0.06), 0),
        new(new Rating(1700, 300, 0.06), 0),
    ];

    [Fact]
    public void The_papers_worked_example_gives_the_papers_numbers()
    {
        var updated = Glicko2.Update(Player, PaperGames);

        // The paper rounds its intermediate values (mu' = -0.2069, so 1464.06); unrounded, the rating is 1464.0507.
        updated.Value.Should().BeApproximately(1464.06, 0.01);
        updated.Deviation.Should().BeApproximately(151.52, 0.005);
        // The paper prints sigma' = 0.05999 (0.059996 unrounded).
        updated.Volatility.Should().BeApproximately(0.05999, 0.00001);
    }

    [Fact]
    public void A_period_without_games_only_widens_the_deviation()
    {
        var updated = Glicko2.Update(Player, []);

        updated.Value.Should().Be(1500);
        updated.Volatility.Should().Be(0.06);
        // Step 6 of the paper: phi* = sqrt(phi^2 + sigma^2), on the Glicko-2 scale.
        var phi = 200 / 173.7178;
        updated.Deviation.Should().BeApproximately(173.7178 * Math.Sqrt(phi * phi + 0.06 * 0.06), 1e-9);
    }

    [Fact]
    public void A_win_raises_a_rating_a_loss_lowers_it_and_both_narrow_the_deviation()
    {
        var opponent = Rating.Initial;
        var won = Glicko2.Update(Rating.Initial, [new GameScore(opponent, 1)]);
        var lost = Glicko2.Update(Rating.Initial, [new GameScore(opponent, 0)]);
        var drew = Glicko2.Update(Rating.Initial, [new GameScore(opponent, 0.5)]);

        won.Value.Should().BeGreaterThan(1500);
        lost.Value.Should().BeLessThan(1500);
        drew.Value.Should().BeApproximately(1500, 1e-9);
        won.Deviation.Should().BeLessThan(350);
        (won.Value - 1500).Should().BeApproximately(1500 - lost.Value, 1e-9);
    }

    [Fact]
    public void Games_one_period_each_end_near_the_same_rating_as_one_period_of_all()
    {
        // The ladder may rate each game as its own period; the order of games then matters a little, not much.
        var sequential = Player;
        foreach (var game in PaperGames) sequential = Glicko2.Update(sequential, [game]);
        var together = Glicko2.Update(Player, PaperGames);

        sequential.Value.Should().BeApproximately(together.Value, 15);
        sequential.Deviation.Should().BeApproximately(together.Deviation, 5);
    }

    [Fact]
    public void A_new_bot_beating_the_field_rises_quickly_and_its_deviation_shrinks()
    {
        var rating = Rating.Initial;
        for (var i = 0; i < 20; i++) rating = Glicko2.Update(rating, [new GameScore(new Rating(1500, 60, 0.06), 1)]);

        rating.Value.Should().BeGreaterThan(1900);
        rating.Deviation.Should().BeLessThan(150);
        double.IsFinite(rating.Volatility).Should().BeTrue();
    }

    [Theory]
    [InlineData(1.5)]
    [InlineData(-0.1)]
    [InlineData(double.NaN)]
    public void A_score_outside_zero_to_one_is_refused(double score)
    {
        var act = () => Glicko2.Update(Player, [new GameScore(Rating.Initial, score)]);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void A_rating_without_deviation_is_refused()
    {
        var act = () => Glicko2.Update(new Rating(1500, 0, 0.06), PaperGames);
        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Fact]
    public void Extreme_results_stay_finite()
    {
        var strong = new Rating(3500, 30, 0.06);
        var weak = new Rating(100, 30, 0.06);
        var upset = Glicko2.Update(weak, [new GameScore(strong, 1)]);

        double.IsFinite(upset.Value).Should().BeTrue();
        double.IsFinite(upset.Deviation).Should().BeTrue();
        double.IsFinite(upset.Volatility).Should().BeTrue();
        upset.Value.Should().BeGreaterThan(100);
    }
}
