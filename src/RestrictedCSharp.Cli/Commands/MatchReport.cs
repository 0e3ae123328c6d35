using System.Globalization;
using RestrictedCSharp.Matches.Results;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// The text report of a match: the setting, the winner, a table of the bots (a bot that is out says when and why,
/// beside its failures) and the events.
/// </summary>
internal static class MatchReport
{
    private const int EventsShown = 20;

    public static void Write(TextWriter output, MatchResult result, string setting)
    {
        var inv = CultureInfo.InvariantCulture;
        var budgets = result.Budgets;
        output.WriteLine(string.Create(inv,
            $"{result.Game} {setting}, seed {result.Seed}: {budgets.TicksPerTurn} ticks per turn, bank {budgets.BankCap}, {budgets.MaxFailures} failed turns in a row eliminate"));
        output.WriteLine(result.WinnerName is { } winner
            ? string.Create(inv, $"winner: {winner} after {result.Turns} turns")
            : string.Create(inv, $"draw after {result.Turns} turns"));

        var nameWidth = Math.Max(4, result.Bots.Max(b => b.Name.Length));
        output.WriteLine(string.Create(inv, $"{"place",-6}{"bot".PadRight(nameWidth + 2)}{"ticks",14}{"max/turn",12}{"calls",7}  failures"));
        foreach (var bot in result.Bots.OrderBy(b => b.Placement).ThenBy(b => b.Player))
        {
            var failures = bot.Failures == 0 ? "none" : string.Join(", ", bot.FailuresByKind.Select(f => string.Create(inv, $"{f.Key} {f.Value}")));
            var end = MatchEnds.Of(bot, result.Events) is { } how ? $"; {how}" : "";
            output.WriteLine(string.Create(inv, $"{bot.Placement,-6}{bot.Name.PadRight(nameWidth + 2)}{bot.TicksTotal,14}{bot.TicksMaxTurn,12}{bot.Calls,7}  {failures}{end}"));
        }

        if (result.Events.Count > 0)
        {
            output.WriteLine("events:");
            foreach (var e in result.Events.Take(EventsShown))
                output.WriteLine(string.Create(inv, $"  turn {e.Turn} {e.Bot}: {e.Kind}: {e.Message}"));
            if (result.Events.Count > EventsShown)
                output.WriteLine(string.Create(inv, $"  ... {result.Events.Count - EventsShown} more (all of them with --format json)"));
        }

        var t = result.Timings;
        output.WriteLine(string.Create(inv,
            $"wall clock (not deterministic): {t.TotalMs:0} ms; starting the bots {t.StartMs:0} ms, in the bots {t.BotMs:0} ms, host and protocol {t.HostAndProtocolMs:0} ms, engine {t.EngineMs:0} ms"));
    }
}
