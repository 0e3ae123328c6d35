namespace LightCycles.Api;

/// <summary>
/// A bot's log for one turn, bounded so that logging cannot flood the match record: at most
/// <see cref="MaxLines"/> lines of at most <see cref="MaxLineLength"/> characters. Longer lines are cut,
/// later lines are dropped and counted; line breaks inside a line become spaces.
/// </summary>
public sealed class BotLog
{
    /// <summary>Lines kept per turn.</summary>
    public const int MaxLines = 16;

    /// <summary>Characters kept per line.</summary>
    public const int MaxLineLength = 200;

    private readonly List<string> _lines = new(MaxLines);

    /// <summary>Lines dropped this turn because <see cref="MaxLines"/> were already written.</summary>
    public int Dropped { get; private set; }

    /// <summary>Adds a line (null is an empty line).</summary>
    public void Write(string? line)
    {
        if (_lines.Count == MaxLines)
        {
            Dropped++;
            return;
        }
        _lines.Add(Clean(line ?? ""));
    }

    /// <summary>
    /// The turn's lines, then resets. When lines were dropped, one more line says how many:
    /// <c>(3 more lines dropped)</c>.
    /// </summary>
    public IReadOnlyList<string> Drain()
    {
        if (_lines.Count == 0 && Dropped == 0) return [];
        var lines = new List<string>(_lines);
        if (Dropped > 0) lines.Add($"({Dropped} more line{(Dropped == 1 ? "" : "s")} dropped)");
        _lines.Clear();
        Dropped = 0;
        return lines.AsReadOnly();
    }

    private static string Clean(string line)
    {
        var length = Math.Min(line.Length, MaxLineLength);
        // Never split a surrogate pair.
        if (length < line.Length && char.IsHighSurrogate(line[length - 1])) length--;
        var kept = line[..length];
        return kept.Contains('\n') || kept.Contains('\r') ? kept.Replace('\r', ' ').Replace('\n', ' ') : kept;
    }
}
