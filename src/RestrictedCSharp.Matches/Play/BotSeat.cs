using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Matches.Play;

/// <summary>One player's bot during a match: its runner, its tick bank, its failure streak and what it spent.</summary>
internal sealed class BotSeat(int player, string name, IBot bot, TickBank bank)
{
    /// <summary>Log lines kept per bot for the replay; a bot's log is bounded per turn, this bounds the match.</summary>
    public const int MaxLogLinesKept = 4_000;

    /// <summary>
    /// Characters of event messages kept per bot for the result and the replay. Each message is already bounded
    /// per call (<see cref="BotText.MaxMessageChars"/>); this bounds the match, whatever the bot throws every turn.
    /// </summary>
    public const int MaxEventChars = 64 * 1024;

    /// <summary>Log lines kept per bot and turn: the game's API bounds a turn's log, this bounds a forged reply's too.</summary>
    public const int MaxLogLinesPerTurn = 24;

    /// <summary>
    /// Characters of the calls' summaries (<see cref="TurnCall"/>) kept per bot: with each summary bounded, this
    /// bounds a long match's page; later calls are left out and the page says so.
    /// </summary>
    public const int MaxCallChars = 512 * 1024;

    private int _eventChars;
    private int _callChars;
    private readonly List<TurnCall> _calls = [];

    private readonly SortedDictionary<string, int> _failures = new(StringComparer.Ordinal);
    private readonly List<long> _ticksByTurn = [];
    private readonly List<LogLine> _logs = [];

    public int Player { get; } = player;

    public string Name { get; } = name;

    public IBot Bot { get; } = bot;

    public TickBank Bank { get; } = bank;

    public int ConsecutiveFailures { get; private set; }

    public int Calls { get; private set; }

    public long TicksTotal { get; private set; }

    public long TicksMaxTurn { get; private set; }

    public int? EliminatedAtTurn { get; set; }

    public int LogLines { get; private set; }

    public double BotMs { get; private set; }

    public double CallMs { get; private set; }

    /// <summary>The first call's round trip and bot time: a fresh runner JIT-compiles the view's deserializer then.</summary>
    public (double CallMs, double BotMs) FirstCall { get; private set; }

    /// <summary>Records a call's spending. Turns the bot was not called in show as -1 in the replay.</summary>
    public void RecordCall(int turn, CallResult result, double roundTripMs)
    {
        while (_ticksByTurn.Count < turn - 1) _ticksByTurn.Add(-1);
        _ticksByTurn.Add(result.Ticks);
        Calls++;
        TicksTotal += result.Ticks;
        TicksMaxTurn = Math.Max(TicksMaxTurn, result.Ticks);
        BotMs += result.WallMs;
        CallMs += roundTripMs;
        if (Calls == 1) FirstCall = (roundTripMs, result.WallMs);
        // A process that was killed or died reports no ticks it can vouch for; its bank stays as it was.
        if (result.Outcome is not (CallOutcome.Timeout or CallOutcome.Crashed or CallOutcome.MemoryLimit or CallOutcome.ProtocolError))
            Bank.Settle(Math.Min(result.Ticks, Bank.BudgetForTurn));
    }

    public void RecordSuccess(int turn, IReadOnlyList<string> log)
    {
        ConsecutiveFailures = 0;
        var kept = 0;
        foreach (var line in log)
        {
            LogLines++;
            if (_logs.Count < MaxLogLinesKept && kept++ < MaxLogLinesPerTurn) _logs.Add(new LogLine(turn, line));
        }
    }

    /// <summary>Keeps what the bot saw and answered this turn, each cut to its bound, while the match's share lasts.</summary>
    public void RecordTurnCall(int turn, string saw, string answered)
    {
        var call = new TurnCall(
            turn, Games.ReplyLog.WellFormed(BotText.Truncate(saw, TurnCall.MaxSawChars)), Games.ReplyLog.WellFormed(BotText.Truncate(answered, TurnCall.MaxAnsweredChars)));
        var chars = call.Saw.Length + call.Answered.Length;
        if (_callChars + chars > MaxCallChars) return;
        _callChars += chars;
        _calls.Add(call);
    }

    public IReadOnlyList<TurnCall> TurnCalls => _calls;

    /// <summary>The text an event about this bot keeps: the message bounded per call, and nothing once the match's share is spent.</summary>
    public string EventText(string message)
    {
        var bounded = BotText.Truncate(message, BotText.MaxMessageChars + BotText.MaxFrameMethodChars + BotText.MaxFramePathChars);
        if (_eventChars + bounded.Length > MaxEventChars)
            return "(message dropped: this bot's messages already fill its share of the match record)";
        _eventChars += bounded.Length;
        return bounded;
    }

    public void RecordFailure(string kind)
    {
        ConsecutiveFailures++;
        _failures[kind] = _failures.GetValueOrDefault(kind) + 1;
    }

    public IReadOnlyList<long> TicksByTurn(int turns)
    {
        var ticks = new List<long>(_ticksByTurn);
        while (ticks.Count < turns) ticks.Add(-1);
        return ticks;
    }

    public IReadOnlyList<LogLine> Logs => _logs;

    public BotStats ToStats(int placement) => new(
        Player, Name, placement, Calls, TicksTotal, TicksMaxTurn,
        new SortedDictionary<string, int>(_failures, StringComparer.Ordinal), EliminatedAtTurn, LogLines);
}
