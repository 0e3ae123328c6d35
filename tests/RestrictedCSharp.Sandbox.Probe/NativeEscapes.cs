using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace RestrictedCSharp.Sandbox.Probe;

/// <summary>libc calls the probe uses to attempt escapes that the BCL has no API for.</summary>
internal static partial class NativeEscapes
{
    // glibc's libc.so.6 is already loaded by the runtime, so resolving it opens no file.
    private const string LibC = "libc.so.6";

    private static readonly unsafe delegate* unmanaged<int> ForkFunction =
        (delegate* unmanaged<int>)NativeLibrary.GetExport(NativeLibrary.Load(LibC), "fork");
    private static readonly unsafe delegate* unmanaged<int, void> ExitFunction =
        (delegate* unmanaged<int, void>)NativeLibrary.GetExport(NativeLibrary.Load(LibC), "_exit");

    /// <summary>
    /// fork(2); the child leaves at once with _exit(0). Returns the child's pid, or -1 with errno in
    /// <see cref="Marshal.GetLastSystemError"/>. The child runs only what is compiled already: calls
    /// through function pointers resolved beforehand are inlined into this method. Even so, with the
    /// runtime's W^X double mapping (the default) the JIT's code lives in a shared memfd mapping and a
    /// forked child crashes on its way back to managed code, taking the parent's code with it; a run
    /// that expects fork to succeed (the control run) sets DOTNET_EnableWriteXorExecute=0.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static unsafe int ForkAndExitChild()
    {
        var pid = ForkFunction();
        if (pid == 0) ExitFunction(0);
        return pid;
    }

    [LibraryImport(LibC, EntryPoint = "waitpid", SetLastError = true)]
    internal static partial int WaitPid(int pid, out int status, int options);

    [LibraryImport(LibC, EntryPoint = "kill", SetLastError = true)]
    internal static partial int Kill(int pid, int signal);

    [LibraryImport(LibC, EntryPoint = "getppid")]
    internal static partial int GetParentProcessId();
}
