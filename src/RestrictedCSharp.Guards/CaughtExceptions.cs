using System;
using System.Runtime.CompilerServices;

namespace RestrictedCSharp.Guards
{
    /// <summary>
    /// An exception that bot code catches carries no stack trace. <c>Exception.ToString</c> and <c>StackTrace</c>
    /// are denied by name, yet virtual dispatch reaches them from allowed calls (<c>"" + e</c>, <c>$"{e}"</c>,
    /// <c>((object)e).ToString()</c>, <c>string.Join</c> over exceptions); their text holds the server's source
    /// paths and, because of inlining, differs between runs. Clearing the captured trace where the rewritten catch
    /// clause admits the exception makes every such path yield the same text on every run. The fields are
    /// System.Exception's on .NET 10 (CoreCLR); a wrong name fails the guard runtime's tests with
    /// <see cref="MissingFieldException"/>.
    /// </summary>
    internal static class CaughtExceptions
    {
        // Deeper chains are the bot's own construction; each level it built cost it allocations and ticks.
        private const int MaximumDepth = 64;

        public static void ForgetStackTraces(Exception exception)
        {
            var current = exception;
            for (var depth = 0; current != null && depth < MaximumDepth; depth++)
            {
                StackTrace(current) = null;
                StackTraceString(current) = null;
                RemoteStackTraceString(current) = null;
                current = current.InnerException;
            }
        }

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_stackTrace")]
        private static extern ref object? StackTrace(Exception exception);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_stackTraceString")]
        private static extern ref string? StackTraceString(Exception exception);

        [UnsafeAccessor(UnsafeAccessorKind.Field, Name = "_remoteStackTraceString")]
        private static extern ref string? RemoteStackTraceString(Exception exception);
    }
}
