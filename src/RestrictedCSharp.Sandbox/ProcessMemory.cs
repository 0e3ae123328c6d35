namespace RestrictedCSharp.Sandbox;

/// <summary>
/// The resident set of another process, from /proc/&lt;pid&gt;/statm (Linux; null elsewhere or when it is gone): how a
/// host watches the memory ceiling of a sandboxed child, a runner or a compile worker.
/// </summary>
public static class ProcessMemory
{
    private static readonly long PageBytes = Environment.SystemPageSize;

    /// <summary>The resident bytes of <paramref name="processId"/>, or null when they cannot be read.</summary>
    public static long? ResidentBytes(int processId)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            // "size resident shared text lib data dt", in pages.
            var statm = File.ReadAllText($"/proc/{processId}/statm");
            var fields = statm.Split(' ', 3);
            return fields.Length >= 2 && long.TryParse(fields[1], out var pages) ? pages * PageBytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
