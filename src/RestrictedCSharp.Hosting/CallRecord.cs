using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Hosting;

/// <summary>
/// The result of the <see cref="Call"/>-th call of a run, in the shape a command line prints: one JSON object
/// per line, <c>{"call": 1, "outcome": "...", "value": ..., "ticks": n, "allocatedBytes": n, "wallMs": x, "message": "..."}</c>.
/// </summary>
public sealed record CallRecord(int Call, CallResult Result)
{
    /// <summary>Makes <paramref name="count"/> calls of the same method, one after another, yielding each result.</summary>
    public static async IAsyncEnumerable<CallRecord> RunAsync(
        IBot bot, string method, IReadOnlyList<JsonElement> arguments, int count,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        for (var call = 1; call <= count; call++)
            yield return new CallRecord(call, await bot.CallAsync(method, arguments, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>The JSON line, without the newline. <c>value</c> and <c>message</c> are null when absent.</summary>
    public string ToJsonLine()
    {
        var line = new CallLine(Call, Result.Outcome.ToWireName(), Result.Value, Result.Ticks, Result.AllocatedBytes,
            Math.Round(Result.WallMs, 3), Result.Message, Result.StackFrames is { Count: > 0 } frames ? [.. frames.Select(f => f.ToString())] : null);
        return JsonSerializer.Serialize(line, HostingJsonContext.Default.CallLine);
    }

    /// <summary>A human-readable line (plus the bot's frames, indented, for an exception).</summary>
    public string ToTextLine()
    {
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"call {Call}: {Result.Outcome.ToWireName()}");
        if (Result.Value is { } value) text.Append(CultureInfo.InvariantCulture, $" {value.GetRawText()}");
        text.Append(CultureInfo.InvariantCulture, $" (ticks {Result.Ticks}, allocated {Result.AllocatedBytes} B, {Result.WallMs:0.###} ms)");
        if (Result.Message is { } message) text.Append(CultureInfo.InvariantCulture, $": {message}");
        foreach (var frame in Result.StackFrames ?? []) text.Append(CultureInfo.InvariantCulture, $"{Environment.NewLine}    {frame}");
        return text.ToString();
    }
}
