using System.Diagnostics;
using System.Text.Json;
using RestrictedCSharp.Games;
using RestrictedCSharp.Hosting;
using RestrictedCSharp.Matches.Results;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Matches.Play;

/// <summary>How the bots of a match are loaded: budgets, the game's API and interface, and the audit's rules.</summary>
internal sealed record SeatingOptions(MatchBudgets Budgets, string BotInterfaceName, string BotMethod, IReadOnlyList<string> References, Rules.RuleSet AuditRules)
{
    public BotHostOptions HostOptions => new()
    {
        Ticks = Budgets.Bot.Ticks,
        CallDepth = Budgets.Bot.CallDepth,
        AllocatedBytes = Budgets.Bot.AllocatedBytes,
        MemoryMb = Budgets.Bot.MemoryMb,
        TimeoutMs = Budgets.Bot.TimeoutMs,
        AuditRules = AuditRules,
        BotInterfaceName = BotInterfaceName,
        References = References,
    };
}

/// <summary>
/// The match loop, the same for every game behind the seam (<see cref="IGame"/>): loads every bot into its
/// own runner, then each turn calls the bot method of every player the game says moves, at once, each under
/// its own tick budget (turn plus bank) and the wall-clock backstop. A failed call or an illegal reply is a
/// failed turn (a null move: the game decides what that means); <see cref="MatchBudgets.MaxFailures"/> in a
/// row eliminate the bot. Every failure, elimination and death by the game's rules (<see cref="IGame.DeathOf"/>) is an event.
/// </summary>
internal static class MatchPlayer
{
    public static async Task<MatchResult> PlayAsync(
        BotHost host, string gameName, ulong seed, IReadOnlyList<MatchEntrant> entrants, SeatingOptions seating,
        IGame game, CancellationToken cancellationToken)
    {
        if (entrants.Count != game.Players)
            throw new ArgumentException($"The game has {game.Players} players; {entrants.Count} bots were given.", nameof(entrants));
        var budgets = seating.Budgets.Validate();
        var total = Stopwatch.StartNew();
        var events = new List<MatchEvent>();
        var engine = new Stopwatch();

        var seats = await SeatAsync(host, entrants, seating, cancellationToken).ConfigureAwait(false);
        var startMs = total.Elapsed.TotalMilliseconds;
        try
        {
            foreach (var seat in seats.Where(s => !s.Bot.IsLoaded))
            {
                var load = seat.Bot.Load;
                var message = seat.Bot.AuditFindings.Count > 0 ? $"{load.Message} {string.Join("; ", seat.Bot.AuditFindings)}" : load.Message ?? "";
                seat.RecordFailure(load.Outcome.ToWireName());
                events.Add(new MatchEvent(0, seat.Player, seat.Name, load.Outcome.ToWireName(), seat.EventText($"the bot did not load: {message}")));
                Eliminate(game, seat, turn: 0, $"the bot did not load ({load.Outcome.ToWireName()})", events);
            }

            // Turns count from 1 (docs/TURNS.md): turn N is the Nth round of calls, made when the game has played N - 1.
            var lastTurn = 0;
            while (!game.IsOver)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var turn = game.Turn + 1;
                lastTurn = turn;
                var playing = seats.Where(s => game.IsAlive(s.Player) && game.IsToMove(s.Player)).ToList();

                engine.Start();
                var views = playing.Select(s => game.ViewFor(s.Player)).ToList();
                var saw = playing.Select(s => game.DescribeView(s.Player)).ToList();
                engine.Stop();

                var calls = playing.Select((seat, i) => CallAsync(seat, seating.BotMethod, views[i], budgets, cancellationToken)).ToList();
                var replies = await Task.WhenAll(calls).ConfigureAwait(false);

                var moves = new object?[game.Players];
                for (var i = 0; i < playing.Count; i++)
                {
                    var seat = playing[i];
                    var (result, roundTripMs) = replies[i];
                    seat.RecordCall(turn, result, roundTripMs);
                    if (result.IsOk)
                    {
                        engine.Start();
                        var reading = game.ReadReply(seat.Player, result.Value);
                        engine.Stop();
                        if (reading.Error is null)
                        {
                            moves[seat.Player] = reading.Move;
                            seat.RecordTurnCall(turn, saw[i], reading.Move is { } move ? game.DescribeMove(seat.Player, move) : "");
                            seat.RecordSuccess(turn, reading.Log);
                            continue;
                        }
                        seat.RecordTurnCall(turn, saw[i], $"no move ({MatchEventKinds.IllegalReply}): {reading.Error}");
                        Fail(game, seat, turn, MatchEventKinds.IllegalReply, reading.Error, budgets, events);
                    }
                    else
                    {
                        seat.RecordTurnCall(turn, saw[i], $"no move ({result.Outcome.ToWireName()})");
                        Fail(game, seat, turn, result.Outcome.ToWireName(), Describe(result), budgets, events);
                    }
                }

                engine.Start();
                if (!game.IsOver)
                {
                    var living = seats.Where(s => game.IsAlive(s.Player)).ToList();
                    game.Step(moves);
                    RecordDeaths(game, living, turn, events);
                }
                engine.Stop();
            }

            var outcome = game.Outcome;
            // A turn whose failures eliminated the last rival ends the game before its step; it was still played.
            var turns = Math.Max(outcome.Turns, lastTurn);
            var replay = new MatchReplay(
                GameReplayJson(game),
                [.. seats.Select(s => s.TicksByTurn(turns))],
                [.. seats.Select(s => s.Logs)],
                [.. seats.Select(s => s.TurnCalls)]);
            var timings = new MatchTimings(
                total.Elapsed.TotalMilliseconds, startMs, seats.Sum(s => s.BotMs), seats.Sum(s => s.CallMs),
                engine.Elapsed.TotalMilliseconds, seats.Sum(s => s.Bot.ProcessesUsed),
                seats.Sum(s => s.FirstCall.CallMs), seats.Sum(s => s.FirstCall.BotMs));
            return new MatchResult(
                gameName, seed, budgets, outcome.Winner, turns,
                [.. seats.Select(s => s.ToStats(outcome.Placements[s.Player]))], events, replay, timings);
        }
        finally
        {
            await Task.WhenAll(seats.Select(s => s.Bot.DisposeAsync().AsTask())).ConfigureAwait(false);
        }
    }

    /// <summary>Loads every bot at once, each into its own runner.</summary>
    private static async Task<IReadOnlyList<BotSeat>> SeatAsync(
        BotHost host, IReadOnlyList<MatchEntrant> entrants, SeatingOptions seating, CancellationToken cancellationToken)
    {
        var options = seating.HostOptions;
        var starts = entrants.Select(e => host.StartBotAsync(e.Artifact, options, cancellationToken)).ToList();
        try
        {
            var bots = await Task.WhenAll(starts).ConfigureAwait(false);
            return [.. bots.Select((bot, player) => new BotSeat(player, entrants[player].Name, bot, new TickBank(seating.Budgets.TicksPerTurn, seating.Budgets.BankCap)))];
        }
        catch
        {
            // One start threw (cancelled, or a missing file): stop the others that did start.
            foreach (var start in starts.Where(s => s.IsCompletedSuccessfully))
                await start.Result.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<(CallResult Result, double RoundTripMs)> CallAsync(
        BotSeat seat, string method, JsonElement view, MatchBudgets budgets, CancellationToken cancellationToken)
    {
        var callBudgets = new CallBudgets(seat.Bank.BudgetForTurn, budgets.Bot.CallDepth, budgets.Bot.AllocatedBytes);
        var watch = Stopwatch.StartNew();
        var result = await seat.Bot.CallAsync(method, [view], callBudgets, cancellationToken).ConfigureAwait(false);
        return (result, watch.Elapsed.TotalMilliseconds);
    }

    /// <summary>Records a failed turn; the last of <see cref="MatchBudgets.MaxFailures"/> in a row eliminates the bot.</summary>
    private static void Fail(
        IGame game, BotSeat seat, int turn, string kind, string message, MatchBudgets budgets, List<MatchEvent> events)
    {
        seat.RecordFailure(kind);
        events.Add(new MatchEvent(turn, seat.Player, seat.Name, kind, seat.EventText(message)));
        if (seat.ConsecutiveFailures >= budgets.MaxFailures)
            Eliminate(game, seat, turn, $"{seat.ConsecutiveFailures} failed turns in a row (last: {kind})", events);
    }

    private static void Eliminate(IGame game, BotSeat seat, int turn, string reason, List<MatchEvent> events)
    {
        game.Eliminate(seat.Player, reason);
        seat.EliminatedAtTurn = turn;
        events.Add(new MatchEvent(turn, seat.Player, seat.Name, MatchEventKinds.Eliminated, reason));
    }

    /// <summary>Players the step put out by the game's own rules: each death is an event of the turn just played.</summary>
    private static void RecordDeaths(IGame game, IReadOnlyList<BotSeat> living, int turn, List<MatchEvent> events)
    {
        foreach (var seat in living.Where(s => !game.IsAlive(s.Player)))
        {
            if (game.DeathOf(seat.Player) is { } reason)
                events.Add(new MatchEvent(turn, seat.Player, seat.Name, MatchEventKinds.Died, seat.EventText(reason)));
        }
    }

    /// <summary>The call's message, with the bot's innermost frame when it threw.</summary>
    private static string Describe(CallResult result)
    {
        var message = result.Message ?? result.Outcome.ToWireName();
        return result.StackFrames is [var innermost, ..] ? $"{message} ({innermost})" : message;
    }

    private static string GameReplayJson(IGame game)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
            game.WriteReplay(json);
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
