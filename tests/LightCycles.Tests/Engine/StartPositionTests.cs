using LightCycles.Api;
using LightCycles.Engine;

namespace LightCycles.Tests.Engine;

public sealed class StartPositionTests
{
    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public void Two_and_four_players_start_point_symmetric(int players)
    {
        foreach (var seed in Enumerable.Range(1, 20).Select(s => (ulong)s))
        {
            var settings = new GameSettings(Width: 32, Height: 24, Players: players, Seed: seed);
            var cycles = new Game(settings).Cycles;

            for (var p = 0; p < players; p++)
            {
                var mirror = cycles[(p + players / 2) % players];
                mirror.Head.Should().Be(new Position(settings.Width - 1 - cycles[p].Head.X, settings.Height - 1 - cycles[p].Head.Y));
                mirror.Heading.Should().Be(cycles[p].Heading.Opposite());
            }
        }
    }

    [Fact]
    public void Three_players_start_mirror_symmetric_with_the_third_centred()
    {
        var settings = new GameSettings(Width: 33, Height: 33, Players: 3, Seed: 5);
        var cycles = new Game(settings).Cycles;

        cycles[1].Head.Should().Be(new Position(32 - cycles[0].Head.X, cycles[0].Head.Y));
        cycles[0].Heading.Should().Be(cycles[1].Heading);
        cycles[2].Head.X.Should().Be(16);
        cycles[2].Head.Y.Should().Be(32 - cycles[0].Head.Y);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Starts_are_distinct_inside_the_board_and_already_trail(int players)
    {
        var game = new Game(new GameSettings(Players: players, Seed: 11));
        var view = game.ViewFor(0);

        game.Cycles.Select(c => c.Head).Distinct().Should().HaveCount(players);
        foreach (var cycle in game.Cycles)
        {
            view.InBounds(cycle.Head).Should().BeTrue();
            view.OwnerAt(cycle.Head).Should().Be(cycle.Player);
            view.IsFree(cycle.Head.Step(cycle.Heading)).Should().BeTrue("nobody starts facing a wall or a trail");
        }
        game.Cells.Count(c => c != GameView.Free).Should().Be(players);
    }

    [Fact]
    public void The_seed_chooses_the_start()
    {
        var starts = Enumerable.Range(1, 20)
            .Select(seed => string.Join(" ", new Game(new GameSettings(Seed: (ulong)seed)).Cycles.Select(c => c.Head)))
            .ToList();

        starts.Distinct().Count().Should().BeGreaterThan(5);
        new Game(new GameSettings(Seed: 3)).Cycles.Should().Equal(new Game(new GameSettings(Seed: 3)).Cycles);
    }

    [Fact]
    public void Each_player_has_its_own_seed_fixed_for_the_match()
    {
        var game = new Game(new GameSettings(Players: 4, Seed: 9));
        var seeds = Enumerable.Range(0, 4).Select(p => game.ViewFor(p).Seed).ToList();

        seeds.Distinct().Should().HaveCount(4);
        game.Step(Scenario.Straight(4));
        Enumerable.Range(0, 4).Select(p => game.ViewFor(p).Seed).Should().Equal(seeds);
        new Game(new GameSettings(Players: 4, Seed: 10)).ViewFor(0).Seed.Should().NotBe(seeds[0]);
    }
}
