using System.Diagnostics;
using System.Reflection;
using System.Runtime.CompilerServices;
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
        var typeName = BoundedTypeName.Of(thrown.GetType(), BotText.MaxMessageChars);
        return (CallOutcome.Exception, BotText.Truncate($"{typeName}: {SafeMessage(thrown, typeName)}", BotText.MaxMessageChars), BotFrames(thrown, bot));
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

    /// <summary>
    /// The message, bounded. An exception constructed without one would build its default message from the
    /// full name of its type (unbounded, see <see cref="BoundedTypeName"/>): that message is written here
    /// with the bounded name instead, unless the bot's own type overrides <see cref="Exception.Message"/>.
    /// </summary>
    private static string SafeMessage(Exception exception, string boundedTypeName)
    {
        try
        {
            if (StoredMessage(exception) is null && !OverridesMessage(exception.GetType()))
                return $"Exception of type '{boundedTypeName}' was thrown.";
            return BotText.Truncate(exception.Message, BotText.MaxMessageChars);
        }
        catch (Exception)
        {
            return "(the exception's message could not be read)";
        }
    }

    [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_message")]
    private static extern ref string? StoredMessage(Exception exception);

    private static readonly MethodInfo ExceptionMessageGetter = typeof(Exception).GetProperty(nameof(Exception.Message))!.GetMethod!;

    /// <summary>True when a type outside the framework's core library overrides <see cref="Exception.Message"/>.</summary>
    private static bool OverridesMessage(Type type)
    {
        for (var current = type; current is not null && current != typeof(Exception); current = current.BaseType)
        {
            var overrides = current.GetMethods(BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
                .Any(m => m.GetBaseDefinition().MethodHandle == ExceptionMessageGetter.MethodHandle);
            if (overrides) return current.Assembly != typeof(Exception).Assembly;
        }
        return false;
    }

    private static IReadOnlyList<BotStackFrame> BotFrames(Exception exception, Assembly bot)
    {
        var frames = new List<BotStackFrame>();
        foreach (var frame in new StackTrace(exception, fNeedFileInfo: true).GetFrames())
        {
            if (frame.GetMethod() is not { } method || method.Module.Assembly != bot) continue;
            var file = frame.GetFileName();
            var declaringType = method.DeclaringType is { } type ? BoundedTypeName.Of(type, BotText.MaxFrameMethodChars) : "";
            frames.Add(BotText.Bound(new BotStackFrame(
                $"{declaringType}.{method.Name}",
                file,
                file is null ? null : frame.GetFileLineNumber())));
            if (frames.Count == BotText.MaxFrames) break;
        }
        return frames;
    }
}
