using System.Text.Json;
using LightCycles.Api;

namespace LightCycles.Tests.Api;

public sealed class JsonRoundTripTests
{
    private static GameView SampleView() => new(
        width: 3, height: 2, turn: 7, you: 1,
        cycles: [new CycleView(0, new Position(0, 0), Direction.Right, true), new CycleView(1, new Position(2, 1), Direction.Up, false)],
        cells: [0, -1, -1, -1, 1, 1],
        seed: ulong.MaxValue - 5);

    [Fact]
    public void A_view_survives_the_runners_json()
    {
        var view = SampleView();
        var back = RunnerJson.RoundTrip(view);

        back.Width.Should().Be(3);
        back.Height.Should().Be(2);
        back.Turn.Should().Be(7);
        back.You.Should().Be(1);
        back.Seed.Should().Be(ulong.MaxValue - 5);
        back.Cells.Should().Equal(view.Cells);
        back.Cycles.Should().Equal(view.Cycles);
    }

    [Fact]
    public void The_json_is_camel_case_with_directions_by_name_and_no_helpers()
    {
        var json = JsonSerializer.Serialize(SampleView(), RunnerJson.Options);

        json.Should().Contain("\"width\":3").And.Contain("\"cells\":[0,-1,-1,-1,1,1]")
            .And.Contain("\"heading\":\"Right\"").And.Contain("\"head\":{\"x\":2,\"y\":1}");
        json.Should().NotContain("\"me\"", "helpers are not part of the wire format");
    }

    [Fact]
    public void A_reply_survives_the_runners_json()
    {
        var reply = new TurnReply(Direction.Left, ["hello", "world"]);
        var back = RunnerJson.RoundTrip(reply);

        back.Direction.Should().Be(Direction.Left);
        back.Log.Should().Equal("hello", "world");
    }

    [Fact]
    public void Directions_are_read_as_numbers_too()
    {
        JsonSerializer.Deserialize<Direction>("2", RunnerJson.Options).Should().Be(Direction.Down);
        JsonSerializer.Deserialize<Direction>("\"left\"", RunnerJson.Options).Should().Be(Direction.Left);
    }

    [Fact]
    public void Inconsistent_json_is_refused_by_the_constructor()
    {
        var json = JsonSerializer.Serialize(SampleView(), RunnerJson.Options).Replace("[0,-1,-1,-1,1,1]", "[0,-1]");

        var read = () => JsonSerializer.Deserialize<GameView>(json, RunnerJson.Options);

        read.Should().Throw<ArgumentException>().WithMessage("*cells*");
    }
}
