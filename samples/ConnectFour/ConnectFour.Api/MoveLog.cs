namespace ConnectFour.Api;

/// <summary>
/// A bot's log for one turn, bounded so that logging cannot flood the match record: at most
/// <see cref="MaxLines"/> lines of at most <see cref="MaxLineLength"/> characters; later lines are dropped.
/// </summary>
public sealed class MoveLog
{
    public const int MaxLines = 8;

    public const int MaxLineLength = 200;

    private readonly List<string> _lines = new(MaxLines);

    /// <summary>Adds a line (null is an empty line); line breaks become spaces.</summary>
    public void Write(string? line)
    {
        if (_lines.Count == MaxLines) return;
        var text = line ?? "";
        var length = Math.Min(text.Length, MaxLineLength);
        if (length < text.Length && char.IsHighSurrogate(text[length - 1])) length--;
        _lines.Add(text[..length].Replace('\r', ' ').Replace('\n', ' '));
    }

    /// <summary>The turn's lines, then resets.</summary>
    public IReadOnlyList<string> Drain()
    {
        if (_lines.Count == 0) return [];
        var lines = _lines.ToArray();
        _lines.Clear();
        return lines;
    }
}
