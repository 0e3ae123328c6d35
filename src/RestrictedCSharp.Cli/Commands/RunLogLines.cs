using RestrictedCSharp.Protocol;
using Games = RestrictedCSharp.Games;

namespace RestrictedCSharp.Cli.Commands;

/// <summary>
/// The lines a bot logged in a call of <c>rcsc run</c>, as the game reads them from its reply (the same reading a
/// match makes), ready to print one per line: at most <see cref="MaxLines"/> of at most <see cref="MaxLineChars"/>
/// characters, every control character (line breaks too) written as a visible escape.
/// </summary>
internal static class RunLogLines
{
    public const int MaxLines = 32;

    public const int MaxLineChars = 240;

    /// <summary>The call's log lines; none when there is no game, the call failed, or its reply is not legal.</summary>
    public static IReadOnlyList<string> Of(Games.IGame? game, CallResult result)
    {
        if (game is null || !result.IsOk) return [];
        var reading = game.ReadReply(0, result.Value);
        if (reading.Error is not null) return [];
        return [.. Games.ReplyLog.Bound(reading.Log, MaxLines, MaxLineChars).Select(DisplayText.NeutralizeLine)];
    }
}
