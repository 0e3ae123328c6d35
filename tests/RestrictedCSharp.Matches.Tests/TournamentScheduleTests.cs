using RestrictedCSharp.Matches.Tournaments;

namespace RestrictedCSharp.Matches.Tests;

public class TournamentScheduleTests
{
    [Fact]
    public void Every_pair_plays_once_per_round_with_seats_swapped_in_odd_rounds()
    {
        var games = TournamentSchedule.RoundRobin(["c", "a", "b"], rounds: 2, seed: 9);

        games.Should().HaveCount(6);
        games.Select(g => g.Index).Should().Equal(0, 1, 2, 3, 4, 5);
        games.Take(3).Select(g => g.Title).Should().Equal("a vs b", "a vs c", "b vs c");
        games.Skip(3).Select(g => g.Title).Should().Equal("b vs a", "c vs a", "c vs b");
    }

    [Fact]
    public void The_same_bots_and_seed_give_the_same_seeds_and_another_seed_others()
    {
        var first = TournamentSchedule.RoundRobin(["x", "y", "z"], 1, 5);
        var again = TournamentSchedule.RoundRobin(["z", "y", "x"], 1, 5);
        var other = TournamentSchedule.RoundRobin(["x", "y", "z"], 1, 6);

        again.Should().BeEquivalentTo(first, o => o.WithStrictOrdering());
        other.Select(g => g.Seed).Should().NotIntersectWith(first.Select(g => g.Seed));
        first.Select(g => g.Seed).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Fewer_than_two_bots_or_duplicate_names_are_refused()
    {
        FluentActions.Invoking(() => TournamentSchedule.RoundRobin(["a"], 1, 1)).Should().Throw<ArgumentException>();
        FluentActions.Invoking(() => TournamentSchedule.RoundRobin(["a", "a"], 1, 1)).Should().Throw<ArgumentException>();
    }
}
