namespace RestrictedCSharp.Games;

/// <summary>
/// The lines of a bot's reply as the host keeps them. A game's API bounds its log in the bot's process, but
/// a reply is the bot's to forge: the host bounds it again (the API's lines plus its "dropped" line, each
/// cut to the API's length) and replaces unpaired surrogates so that every line can be written as JSON.
/// </summary>
public static class ReplyLog
{
    public static IReadOnlyList<string> Bound(IReadOnlyList<string?>? log, int maxLines, int maxLineLength)
    {
        if (log is null || log.Count == 0) return [];
        var kept = log.Take(maxLines + 1)
            .Select(line => WellFormed(line is null ? "" : line.Length <= maxLineLength ? line : line[..maxLineLength]))
            .ToList();
        if (log.Count > maxLines + 1) kept.Add($"({log.Count - maxLines - 1} more lines dropped by the host)");
        return kept;
    }

    /// <summary>The text with every unpaired surrogate replaced, so that it can be written as JSON.</summary>
    public static string WellFormed(string text)
    {
        if (!text.Any(char.IsSurrogate)) return text;
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) { i++; continue; }
            if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
