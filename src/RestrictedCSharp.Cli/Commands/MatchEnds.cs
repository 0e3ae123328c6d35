using System.Globalization;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// How a bot left a match, in words, from the match's events: <c>died at turn 12: hit the wall</c> or
/// <c>eliminated at turn 3: 3 failed turns in a row, the last one exceeded its ticks</c>. A bot whose table row
/// says "none" under failures is never silently dead.
/// </summary>
internal static class MatchEnds
{
    /// <summary>The bot's end, or null when it lasted the match.</summary>
    public static string? Of(BotStats bot, IReadOnlyList<MatchEvent> events)
    {
        var inv = CultureInfo.InvariantCulture;
        var own = events.Where(e => e.Player == bot.Player).ToList();
        if (own.LastOrDefault(e => e.Kind == MatchEventKinds.Eliminated) is { } elimination)
        {
            var last = own.LastOrDefault(e => e.Turn <= elimination.Turn && e.Kind != MatchEventKinds.Eliminated && e.Kind != MatchEventKinds.Died);
            var why = last is null ? elimination.Message : $"{FailedTurns(elimination.Message)}{Words(last.Kind)}";
            return string.Create(inv, $"eliminated at turn {elimination.Turn}: {why}");
        }

        if (own.LastOrDefault(e => e.Kind == MatchEventKinds.Died) is { } death)
        {
            var failed = own.LastOrDefault(e => e.Turn == death.Turn && e.Kind != MatchEventKinds.Died);
            var after = failed is null ? "" : $" (its turn failed: it {Words(failed.Kind)})";
            return string.Create(inv, $"died at turn {death.Turn}: {death.Message}{after}");
        }

        return bot.EliminatedAtTurn is { } turn ? string.Create(inv, $"eliminated at turn {turn}") : null;
    }

    /// <summary>"3 failed turns in a row, the last one " from the match's reason, or "" for a bot that did not load.</summary>
    private static string FailedTurns(string reason)
    {
        var cut = reason.IndexOf(" (last: ", StringComparison.Ordinal);
        return cut > 0 ? $"{reason[..cut]}, the last one " : "";
    }

    /// <summary>A failure kind as what the bot did.</summary>
    public static string Words(string kind) => kind switch
    {
        "tick-limit" => "exceeded its ticks",
        "timeout" => "timed out",
        "exception" => "threw",
        "stack-limit" => "nested calls too deep",
        "alloc-limit" => "allocated too much",
        "memory-limit" => "ran out of memory",
        "crashed" => "crashed its process",
        "protocol-error" => "broke the protocol",
        "rejected" => "did not load",
        MatchEventKinds.IllegalReply => "answered an illegal move",
        _ => kind,
    };
}
