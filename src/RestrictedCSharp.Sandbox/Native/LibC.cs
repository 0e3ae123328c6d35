using System.Runtime.InteropServices;

namespace RestrictedCSharp.Sandbox.Native;

/// <summary>
/// The few libc entry points the lockdown needs. "libc" is resolved to the already-loaded C library
/// of the process (dlopen(NULL)), which works for glibc and musl alike and opens no file — so it
/// keeps working after Landlock has restricted file access.
/// </summary>
internal static unsafe partial class LibC
{
    private const string Library = "libc";

    static LibC()
    {
        NativeLibrary.SetDllImportResolver(typeof(LibC).Assembly, static (name, _, _) =>
            name == Library ? NativeLibrary.GetMainProgramHandle() : IntPtr.Zero);
    }

    /// <summary>Forces the resolver registration before the first call from any thread.</summary>
    internal static void EnsureInitialized() { }

    // prctl(2) and syscall(2) are variadic in C; on the 64-bit Linux ABIs we target (System V x86_64,
    // AAPCS64) integer arguments of a variadic call are passed exactly like fixed ones.
    [LibraryImport(Library, EntryPoint = "prctl", SetLastError = true)]
    internal static partial int Prctl(int option, nuint arg2, nuint arg3, nuint arg4, nuint arg5);

    [LibraryImport(Library, EntryPoint = "syscall", SetLastError = true)]
    internal static partial nint Syscall(nint number, nint arg1, nint arg2, nint arg3, nint arg4, nint arg5);

    [LibraryImport(Library, EntryPoint = "open", SetLastError = true)]
    internal static partial int Open(byte* path, int flags, int mode);

    [LibraryImport(Library, EntryPoint = "close", SetLastError = true)]
    internal static partial int Close(int fd);

    [LibraryImport(Library, EntryPoint = "execve", SetLastError = true)]
    internal static partial int Execve(byte* path, byte** argv, byte** envp);

    [LibraryImport(Library, EntryPoint = "getrlimit", SetLastError = true)]
    internal static partial int Getrlimit(int resource, out RLimit limit);

    [LibraryImport(Library, EntryPoint = "setrlimit", SetLastError = true)]
    internal static partial int Setrlimit(int resource, in RLimit limit);

    [LibraryImport(Library, EntryPoint = "signal", SetLastError = true)]
    internal static partial nint Signal(int signal, nint handler);

    [LibraryImport(Library, EntryPoint = "getpid")]
    internal static partial int Getpid();

    [LibraryImport(Library, EntryPoint = "getppid")]
    internal static partial int Getppid();

    /// <summary>struct rlimit: two rlim_t (unsigned long) values.</summary>
    [StructLayout(LayoutKind.Sequential)]
    internal struct RLimit
    {
        public ulong Current;
        public ulong Maximum;
    }

    // <asm-generic/fcntl.h>; identical on x86_64 and aarch64.
    internal const int O_RDONLY = 0;
    internal const int O_CLOEXEC = 0x80000;   // 02000000
    internal const int O_PATH = 0x200000;     // 010000000

    // <linux/prctl.h>
    internal const int PR_GET_DUMPABLE = 3;
    internal const int PR_SET_DUMPABLE = 4;
    internal const int PR_SET_NO_NEW_PRIVS = 38;
    internal const int PR_GET_NO_NEW_PRIVS = 39;

    // <asm/signal.h> (x86_64 and asm-generic agree)
    internal const int SIGXFSZ = 25;
    internal const nint SIG_IGN = 1;
}
