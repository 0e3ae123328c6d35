using LightCycles.Api;

namespace LightCycles.Tests.Api;

public sealed class BotLogTests
{
    [Fact]
    public void Lines_past_the_limit_are_dropped_and_counted()
    {
        var log = new BotLog();
        for (var i = 0; i < BotLog.MaxLines + 3; i++) log.Write($"line {i}");

        var lines = log.Drain();

        lines.Should().HaveCount(BotLog.MaxLines + 1);
        lines[0].Should().Be("line 0");
        lines[BotLog.MaxLines - 1].Should().Be($"line {BotLog.MaxLines - 1}");
        lines[^1].Should().Be("(3 more lines dropped)");
    }

    [Fact]
    public void Drain_resets()
    {
        var log = new BotLog();
        for (var i = 0; i < BotLog.MaxLines + 1; i++) log.Write("x");
        log.Drain();

        log.Drain().Should().BeEmpty();
        log.Dropped.Should().Be(0);
        log.Write("again");
        log.Drain().Should().Equal("again");
    }

    [Fact]
    public void Long_lines_are_cut_and_line_breaks_flattened()
    {
        var log = new BotLog();
        log.Write(new string('a', 1000));
        log.Write("two\nlines\r");
        log.Write(null);
        log.Write(new string('b', BotLog.MaxLineLength - 1) + "😀");

        var lines = log.Drain();

        lines[0].Should().HaveLength(BotLog.MaxLineLength);
        lines[1].Should().Be("two lines ");
        lines[2].Should().BeEmpty();
        lines[3].Should().Be(new string('b', BotLog.MaxLineLength - 1), "a surrogate pair is not split");
    }

    [Fact]
    public void Play_returns_the_move_and_the_turns_log()
    {
        var bot = new LoggingBot();
        var view = new GameView(8, 8, 0, 0, [new CycleView(0, new Position(1, 1), Direction.Right, true)], Enumerable.Repeat(-1, 64).ToList(), 3);

        var first = bot.Play(view);
        var second = bot.Play(view);

        first.Should().BeEquivalentTo(new TurnReply(Direction.Down, ["turn 1"]));
        second.Log.Should().Equal("turn 2");
    }

    private sealed class LoggingBot : LightCyclesBot
    {
        private int _turns;

        public override Direction Move(GameView view)
        {
            Log.Write($"turn {++_turns}");
            return Direction.Down;
        }
    }
}
