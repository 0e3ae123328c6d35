using System.Runtime.InteropServices;

namespace RestrictedCSharp.Sandbox.Native;

/// <summary>Symbolic names for the errno values a refused operation produces (asm-generic/errno*.h).</summary>
public static class Errno
{
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int ESRCH = 3;
    public const int EBADF = 9;
    public const int EACCES = 13;
    public const int EFAULT = 14;
    public const int EINVAL = 22;
    public const int EFBIG = 27;
    public const int ENOSYS = 38;
    public const int EOPNOTSUPP = 95;

    private static readonly Dictionary<int, string> Names = new()
    {
        [1] = "EPERM", [2] = "ENOENT", [3] = "ESRCH", [4] = "EINTR", [5] = "EIO", [7] = "E2BIG",
        [9] = "EBADF", [11] = "EAGAIN", [12] = "ENOMEM", [13] = "EACCES", [14] = "EFAULT",
        [16] = "EBUSY", [17] = "EEXIST", [20] = "ENOTDIR", [21] = "EISDIR", [22] = "EINVAL",
        [24] = "EMFILE", [27] = "EFBIG", [28] = "ENOSPC", [30] = "EROFS", [38] = "ENOSYS",
        [95] = "EOPNOTSUPP", [97] = "EAFNOSUPPORT", [98] = "EADDRINUSE", [111] = "ECONNREFUSED",
    };

    /// <summary>"EACCES" for 13; the number itself for values not in the table.</summary>
    public static string Name(int errno) => Names.TryGetValue(errno, out var name) ? name : $"errno {errno}";

    /// <summary>The errno of the last P/Invoke made with SetLastError on this thread.</summary>
    internal static int Last => Marshal.GetLastPInvokeError();
}
