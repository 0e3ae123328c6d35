using RestrictedCSharp.Matches.Play;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Matches.Tests;

/// <summary>
/// What a bot puts into the replay's view of its turns is bounded whatever it does: each summary is cut, a turn
/// keeps a bounded number of log lines, and a match keeps a bounded share of each bot's call summaries.
/// </summary>
public sealed class TurnRecordBoundsTests
{
    private static BotSeat Seat() => new(0, "bot", bot: null!, new TickBank(1_000, 0));

    [Fact]
    public void A_long_view_summary_or_answer_is_cut_to_its_bound()
    {
        var seat = Seat();

        seat.RecordTurnCall(1, new string('v', 10_000), new string('a', 10_000));

        var call = seat.TurnCalls.Should().ContainSingle().Subject;
        call.Saw.Length.Should().BeLessThanOrEqualTo(TurnCall.MaxSawChars);
        call.Answered.Length.Should().BeLessThanOrEqualTo(TurnCall.MaxAnsweredChars);
    }

    [Fact]
    public void A_turn_keeps_a_bounded_number_of_log_lines_and_counts_them_all()
    {
        var seat = Seat();

        seat.RecordSuccess(1, [.. Enumerable.Range(0, 500).Select(i => $"line {i}")]);
        seat.RecordSuccess(2, ["next turn"]);

        seat.Logs.Count(l => l.Turn == 1).Should().Be(BotSeat.MaxLogLinesPerTurn);
        seat.Logs.Should().Contain(new LogLine(2, "next turn"), "one loud turn does not silence the next");
        seat.LogLines.Should().Be(501);
    }

    [Fact]
    public void A_match_keeps_a_bounded_share_of_a_bots_call_summaries()
    {
        var seat = Seat();
        var saw = new string('v', TurnCall.MaxSawChars);

        for (var turn = 1; turn <= 20_000; turn++) seat.RecordTurnCall(turn, saw, "Up");

        seat.TurnCalls.Sum(c => c.Saw.Length + c.Answered.Length).Should().BeLessThanOrEqualTo(BotSeat.MaxCallChars);
        seat.TurnCalls.Count.Should().BeLessThan(20_000).And.BeGreaterThan(1_000);
        seat.TurnCalls.Select(c => c.Turn).Should().BeInAscendingOrder().And.StartWith([1, 2, 3], "the first turns are kept, later ones left out");
    }
}
