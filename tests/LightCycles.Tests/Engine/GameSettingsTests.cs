using LightCycles.Engine;

namespace LightCycles.Tests.Engine;

public sealed class GameSettingsTests
{
    [Theory]
    [InlineData(1, 32, 32, 10, "Players")]
    [InlineData(5, 32, 32, 10, "Players")]
    [InlineData(2, 7, 32, 10, "Width")]
    [InlineData(2, 32, 129, 10, "Height")]
    [InlineData(2, 32, 32, 0, "MaxTurns")]
    public void Out_of_range_settings_are_refused_by_name(int players, int width, int height, int maxTurns, string name)
    {
        var create = () => new Game(new GameSettings(width, height, players, MaxTurns: maxTurns));

        create.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be(name);
    }

    [Theory]
    [InlineData(2, 8, 8)]
    [InlineData(4, 128, 128)]
    [InlineData(3, 8, 128)]
    public void The_extremes_are_allowed(int players, int width, int height)
    {
        var game = new Game(new GameSettings(width, height, players));

        game.Cycles.Should().HaveCount(players).And.OnlyContain(c => c.Alive);
    }
}
