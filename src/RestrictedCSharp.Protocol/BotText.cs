namespace RestrictedCSharp.Protocol;

/// <summary>
/// The bounds on text a bot makes the runner and the host carry: an exception's message (type name included),
/// its stack frames, and the error of a failed load. The runner applies them when it describes a failure; the
/// host applies them again to every reply it receives, so a runner that did not (an old build, a bug) still
/// cannot make the host keep more than this per call.
/// </summary>
public static class BotText
{
    /// <summary>The longest message a call result carries, in UTF-16 characters.</summary>
    public const int MaxMessageChars = 4096;

    /// <summary>The most stack frames a call result carries.</summary>
    public const int MaxFrames = 64;

    /// <summary>The longest method name of a frame (declaring type included).</summary>
    public const int MaxFrameMethodChars = 512;

    /// <summary>The longest file path of a frame.</summary>
    public const int MaxFramePathChars = 260;

    /// <summary>What marks text that was cut.</summary>
    public const string Cut = "…";

    /// <summary>
    /// <paramref name="text"/> if it has at most <paramref name="maxChars"/> characters; otherwise its start and
    /// <see cref="Cut"/>, together <paramref name="maxChars"/> at most, never splitting a surrogate pair.
    /// </summary>
    public static string Truncate(string text, int maxChars)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxChars, Cut.Length);
        if (text.Length <= maxChars) return text;
        var keep = maxChars - Cut.Length;
        if (keep > 0 && char.IsHighSurrogate(text[keep - 1])) keep--;
        return string.Concat(text.AsSpan(0, keep), Cut);
    }

    /// <summary>A call result whose message and frames are within the bounds (the same instance when they already are).</summary>
    public static CallResult Bound(CallResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var message = result.Message is { } m ? Truncate(m, MaxMessageChars) : null;
        var frames = result.StackFrames is { } f ? BoundFrames(f) : null;
        return ReferenceEquals(message, result.Message) && ReferenceEquals(frames, result.StackFrames)
            ? result
            : result with { Message = message, StackFrames = frames };
    }

    private static IReadOnlyList<BotStackFrame> BoundFrames(IReadOnlyList<BotStackFrame> frames)
    {
        var withinBounds = frames.Count <= MaxFrames && frames.All(IsWithinBounds);
        return withinBounds ? frames : [.. frames.Take(MaxFrames).Select(Bound)];
    }

    private static bool IsWithinBounds(BotStackFrame frame) =>
        (frame.Method?.Length ?? 0) <= MaxFrameMethodChars && (frame.File?.Length ?? 0) <= MaxFramePathChars;

    public static BotStackFrame Bound(BotStackFrame frame) => IsWithinBounds(frame)
        ? frame
        : new BotStackFrame(
            Truncate(frame.Method ?? "", MaxFrameMethodChars),
            frame.File is null ? null : Truncate(frame.File, MaxFramePathChars),
            frame.Line);
}
