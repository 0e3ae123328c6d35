using System.Diagnostics;
using System.Reflection;
using RestrictedCSharp.Guards;
using RestrictedCSharp.Protocol;

namespace RestrictedCSharp.Runner;

/// <summary>
/// Turns whatever ended a bot call abnormally into an outcome: a guard trip (even one the bot caught and
/// replaced by another exception — trips are sticky), the exhausted heap, or the bot's own exception with
/// its message and the bot's own frames, with the author's file and line from the assembly's portable PDB.
/// Runs on the bot thread while the call's budget is still open, because an exception's message may be
/// bot code.
/// </summary>
internal static class CallFailures
{
    private const int MaxMessageChars = 4096;
    private const int MaxFrames = 64;

    public static CallResult Classify(Exception exception, Assembly bot, GuardUsage usage, double wallMs)
    {
        var (outcome, message, frames) = Describe(exception, bot, usage.Tripped);
        return new CallResult
        {
            Outcome = outcome,
            Message = message,
            StackFrames = frames,
            Ticks = usage.TicksUsed,
            AllocatedBytes = usage.BytesAllocated,
            WallMs = wallMs,
        };
    }

    /// <summary>The outcome for a call that returned normally although a budget tripped during it.</summary>
    public static CallOutcome? ForTrip(GuardLimitKind tripped) => tripped switch
    {
        GuardLimitKind.None => null,
        GuardLimitKind.Ticks => CallOutcome.TickLimit,
        GuardLimitKind.CallDepth => CallOutcome.StackLimit,
        _ => CallOutcome.AllocLimit,
    };

    private static (CallOutcome, string, IReadOnlyList<BotStackFrame>?) Describe(Exception exception, Assembly bot, GuardLimitKind tripped)
    {
        var chain = Chain(exception).ToList();
        var guard = chain.OfType<GuardLimitExceededException>().FirstOrDefault();
        if (ForTrip(tripped) is { } trippedOutcome)
            return (trippedOutcome, guard?.Message ?? $"The bot exceeded its {tripped} budget.", null);
        if (guard is not null)
            return (ForTrip(guard.Limit)!.Value, guard.Message, null);
        if (chain.OfType<OutOfMemoryException>().Any())
            return (CallOutcome.MemoryLimit, "The bot exhausted the process's managed heap; the runner exits.", null);
        if (chain.OfType<InsufficientExecutionStackException>().Any())
            return (CallOutcome.StackLimit, "The bot nested so deep that the thread's stack is nearly exhausted.", null);

        var thrown = Unwrap(exception);
        return (CallOutcome.Exception, $"{thrown.GetType().FullName}: {SafeMessage(thrown)}", BotFrames(thrown, bot));
    }

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        var pending = new Stack<Exception>([exception]);
        var seen = 0;
        while (pending.Count > 0 && seen++ < 32)
        {
            var current = pending.Pop();
            yield return current;
            if (current is AggregateException aggregate)
                foreach (var inner in aggregate.InnerExceptions) pending.Push(inner);
            else if (current.InnerException is { } inner)
                pending.Push(inner);
        }
    }

    /// <summary>The exception the bot threw, not the runtime's wrapper around it.</summary>
    private static Exception Unwrap(Exception exception)
    {
        while (exception is TargetInvocationException or TypeInitializationException && exception.InnerException is { } inner)
            exception = inner;
        return exception;
    }

    private static string SafeMessage(Exception exception)
    {
        try
        {
            var message = exception.Message;
            return message.Length <= MaxMessageChars ? message : message[..MaxMessageChars] + "…";
        }
        catch (Exception)
        {
            return "(the exception's message could not be read)";
        }
    }

    private static IReadOnlyList<BotStackFrame> BotFrames(Exception exception, Assembly bot)
    {
        var frames = new List<BotStackFrame>();
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod() is not { } method || method.Module.Assembly != bot) continue;
            var file = frame.GetFileName();
            frames.Add(new BotStackFrame(
                $"{method.DeclaringType?.FullName}.{method.Name}",
                file,
                file is null ? null : frame.GetFileLineNumber()));
            if (frames.Count == MaxFrames) break;
        }
        return frames;
    }
}
