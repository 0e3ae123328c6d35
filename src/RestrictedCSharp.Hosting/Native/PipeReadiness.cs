using System.Runtime.InteropServices;

namespace RestrictedCSharp.Hosting.Native;

/// <summary>
/// Waits, with a bound, for a pipe to have something to read: data, or its end. Uses poll(2) on Unix;
/// elsewhere it never waits and says no, so the caller takes its slower path.
/// </summary>
internal static partial class PipeReadiness
{
    private const string Library = "libc";
    private const short POLLIN = 0x1;

    static PipeReadiness()
    {
        // The C library is already loaded in every .NET process on Unix; resolve it without a file lookup.
        NativeLibrary.SetDllImportResolver(typeof(PipeReadiness).Assembly, static (name, _, _) =>
            name == Library ? NativeLibrary.GetMainProgramHandle() : IntPtr.Zero);
    }

    /// <summary>
    /// True when a read of <paramref name="pipe"/> will return at once (data is waiting, or the writer closed
    /// it, or the handle is no longer valid — the read then fails at once); false when nothing came within
    /// <paramref name="wait"/> (rounded up to whole milliseconds), or the wait was interrupted.
    /// </summary>
    public static bool WaitReadable(SafeHandle pipe, TimeSpan wait)
    {
        if (!OperatingSystem.IsLinux() && !OperatingSystem.IsMacOS() && !OperatingSystem.IsFreeBSD()) return false;
        var added = false;
        try
        {
            pipe.DangerousAddRef(ref added);
            var descriptor = new PollDescriptor { Fd = (int)pipe.DangerousGetHandle(), Events = POLLIN };
            var timeoutMs = (int)Math.Ceiling(Math.Clamp(wait.TotalMilliseconds, 0, int.MaxValue));
            return Poll(ref descriptor, 1, timeoutMs) > 0;
        }
        catch (ObjectDisposedException)
        {
            return true;
        }
        finally
        {
            if (added) pipe.DangerousRelease();
        }
    }

    /// <summary>struct pollfd.</summary>
    [StructLayout(LayoutKind.Sequential)]
    private struct PollDescriptor
    {
        public int Fd;
        public short Events;
        public short ReturnedEvents;
    }

    [LibraryImport(Library, EntryPoint = "poll", SetLastError = true)]
    private static partial int Poll(ref PollDescriptor descriptors, nuint count, int timeoutMs);
}
