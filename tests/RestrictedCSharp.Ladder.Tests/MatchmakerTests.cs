using System.Diagnostics;
using RestrictedCSharp.Ladder;

namespace RestrictedCSharp.Ladder.Tests;

public sealed class MatchmakerTests
{
    private static List<LadderEntrant> Field(int count, ulong seed = 7)
    {
        var random = new Random((int)seed);
        return Enumerable.Range(0, count)
            .Select(i => new LadderEntrant($"bot{i}", new Rating(1000 + random.NextDouble() * 1000, 40 + random.NextDouble() * 100, 0.06), 20 + random.Next(200)))
            .ToList();
    }

    [Fact]
    public void The_same_entrants_and_seed_give_the_same_pairings_in_any_input_order()
    {
        var field = Field(200);
        var shuffled = field.OrderBy(e => e.Bot.GetHashCode(StringComparison.Ordinal)).ToList();

        var once = Matchmaker.Next(field, 150, 42);
        var again = Matchmaker.Next(field, 150, 42);
        var reordered = Matchmaker.Next(shuffled, 150, 42);

        again.Should().Equal(once);
        reordered.Should().Equal(once);
        Matchmaker.Next(field, 150, 43).Should().NotEqual(once);
    }

    [Fact]
    public void A_bot_is_never_paired_with_itself()
    {
        foreach (var size in new[] { 2, 3, 5, 50 })
        foreach (var seed in Enumerable.Range(0, 20).Select(s => (ulong)s))
        {
            var pairings = Matchmaker.Next(Field(size), 300, seed);
            pairings.Should().HaveCount(300);
            pairings.Should().OnlyContain(p => p.First != p.Second);
        }
    }

    [Fact]
    public void No_bot_plays_twice_in_a_round_while_others_wait()
    {
        var pairings = Matchmaker.Next(Field(100), 50, 1);

        pairings.SelectMany(p => new[] { p.First, p.Second }).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void New_bots_play_their_placement_matches_first()
    {
        var field = Field(1000);
        field.Add(new LadderEntrant("newcomer", Rating.Initial, 0));
        field.Add(new LadderEntrant("second-game", new Rating(1600, 250, 0.06), 1));

        foreach (var seed in Enumerable.Range(0, 10).Select(s => (ulong)s))
        {
            var pairings = Matchmaker.Next(field, 2, seed);
            pairings.Should().Contain(p => p.First == "newcomer" || p.Second == "newcomer");
            pairings.Should().Contain(p => p.First == "second-game" || p.Second == "second-game");
        }
    }

    [Fact]
    public void Bots_with_few_games_are_chosen_more_often()
    {
        var field = Enumerable.Range(0, 400)
            .Select(i => new LadderEntrant($"bot{i}", new Rating(1500, 80, 0.06), i % 2 == 0 ? 10 : 200))
            .ToList();
        var few = 0;
        var many = 0;
        foreach (var seed in Enumerable.Range(0, 50).Select(s => (ulong)s))
        foreach (var p in Matchmaker.Next(field, 20, seed))
        foreach (var bot in new[] { p.First, p.Second })
        {
            if (int.Parse(bot.AsSpan(3)) % 2 == 0) few++;
            else many++;
        }

        // Seekers are drawn with weight 1/11 against 1/201, nearly always from the bots with few games; their
        // opponents, all of one rating here, are either kind: about three to one, far from the field's one to one.
        few.Should().BeGreaterThan(2 * many);
    }

    [Fact]
    public void Opponents_have_close_ratings()
    {
        var field = Enumerable.Range(0, 2000)
            .Select(i => new LadderEntrant($"bot{i}", new Rating(i, 50, 0.06), 100))
            .ToList();
        var rating = field.ToDictionary(e => e.Bot, e => e.Rating.Value);

        var pairings = Matchmaker.Next(field, 1000, 5);

        var distances = pairings.Select(p => Math.Abs(rating[p.First] - rating[p.Second])).ToList();
        // Uniformly random opponents would be ~667 apart on average; the ladder keeps them within a few deviations.
        distances.Average().Should().BeLessThan(30);
        distances.Max().Should().BeLessThan(200);
    }

    [Fact]
    public void An_uncertain_rating_looks_further_for_opponents()
    {
        double MeanDistance(double deviation)
        {
            var field = Enumerable.Range(0, 2000)
                .Select(i => new LadderEntrant($"bot{i}", new Rating(i * 5, deviation, 0.06), 100))
                .ToList();
            return Enumerable.Range(0, 5)
                .SelectMany(s => Matchmaker.Next(field, 500, (ulong)s))
                .Average(p => Math.Abs(int.Parse(p.First.AsSpan(3)) - int.Parse(p.Second.AsSpan(3))));
        }

        MeanDistance(300).Should().BeGreaterThan(2 * MeanDistance(20));
    }

    [Fact]
    public void Two_bots_are_paired_with_each_other_as_often_as_asked_and_both_take_the_first_seat()
    {
        var field = new[] { new LadderEntrant("a", Rating.Initial, 0), new LadderEntrant("b", new Rating(2500, 30, 0.06), 500) };

        var pairings = Matchmaker.Next(field, 40, 3);

        pairings.Should().HaveCount(40).And.OnlyContain(p => (p.First == "a" && p.Second == "b") || (p.First == "b" && p.Second == "a"));
        pairings.Select(p => p.First).Distinct().Should().HaveCount(2);
    }

    [Fact]
    public void Fewer_than_two_bots_or_no_count_give_no_pairings()
    {
        Matchmaker.Next([], 5, 0).Should().BeEmpty();
        Matchmaker.Next([new LadderEntrant("alone", Rating.Initial, 0)], 5, 0).Should().BeEmpty();
        Matchmaker.Next(Field(10), 0, 0).Should().BeEmpty();
    }

    [Fact]
    public void Two_entrants_with_one_name_are_refused()
    {
        var act = () => Matchmaker.Next([new LadderEntrant("twin", Rating.Initial, 0), new LadderEntrant("twin", Rating.Initial, 3)], 1, 0);

        act.Should().Throw<ArgumentException>().WithMessage("*twin*");
    }

    [Fact]
    public void The_work_grows_with_the_entrants_not_with_their_pairs()
    {
        // 100,000 entrants: every pair would be 5 * 10^9 weights; the window keeps it to a sort and 49 weights per
        // pairing. The bound is far above what that needs on a loaded machine, far below a quadratic scan.
        var field = Field(100_000);
        var clock = Stopwatch.StartNew();

        var pairings = Matchmaker.Next(field, 50_000, 9);

        clock.Stop();
        pairings.Should().HaveCount(50_000);
        clock.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(60));
    }
}
