using System.Globalization;
using RestrictedCSharp.Matches.Tournaments;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// A tournament's progress: a bar redrawn in place on a terminal, one plain line per game when the output is
/// redirected (logs and CI read those).
/// </summary>
internal sealed class TournamentProgressWriter(TextWriter output, bool terminal)
{
    private const int BarWidth = 30;
    private bool _drawn;

    /// <summary>True when <paramref name="output"/> is this process's console output or error and it is not redirected.</summary>
    public static bool IsTerminal(TextWriter output) => IsConsole(DisplayTextWriter.Unwrap(output));

    private static bool IsConsole(TextWriter output) =>
        (ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected) || (ReferenceEquals(output, Console.Error) && !Console.IsErrorRedirected);

    public void Report(TournamentProgress progress)
    {
        var inv = CultureInfo.InvariantCulture;
        var record = progress.Record;
        var outcome = record.Winner is null ? "draw" : $"{record.Winner} wins";
        var source = progress.FromFile ? " (from the results file)" : "";
        if (terminal)
        {
            var filled = progress.Total == 0 ? BarWidth : BarWidth * progress.Done / progress.Total;
            var line = string.Create(inv, $"[{new string('#', filled)}{new string('-', BarWidth - filled)}] {progress.Done}/{progress.Total}  {progress.Game.Title}: {outcome}");
            DisplayTextWriter.Unwrap(output).Write('\r'); // the bar's own return; the line itself is neutralized
            output.Write($"{line,-100}");
            _drawn = true;
        }
        else
        {
            output.WriteLine(string.Create(inv, $"game {progress.Done}/{progress.Total}: {progress.Game.Title}: {outcome} in {record.Turns} turns{source}"));
        }
        output.Flush();
    }

    /// <summary>Ends the bar's line.</summary>
    public void Finish()
    {
        if (_drawn) output.WriteLine();
    }
}
