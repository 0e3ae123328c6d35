namespace RestrictedCSharp.Judging;

/// <summary>A process's resident set, from /proc/&lt;pid&gt;/statm (Linux; null elsewhere or when it is gone).</summary>
internal static class ResidentMemory
{
    private static readonly long PageBytes = Environment.SystemPageSize;

    public static long? Bytes(int processId)
    {
        if (!OperatingSystem.IsLinux()) return null;
        try
        {
            // "size resident shared text lib data dt", in pages.
            var fields = File.ReadAllText($"/proc/{processId}/statm").Split(' ', 3);
            return fields.Length >= 2 && long.TryParse(fields[1], out var pages) ? pages * PageBytes : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
