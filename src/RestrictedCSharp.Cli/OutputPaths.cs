namespace RestrictedCSharp.Cli;

/// <summary>
/// Files a command will write when it ends (a replay, a record, a built bot, a results file) are checked when it
/// starts: a path that cannot be written stops the command before minutes of building and playing are lost.
/// </summary>
internal static class OutputPaths
{
    /// <summary>
    /// Checks that <paramref name="path"/> can be created or written; leaves no new file behind. With
    /// <paramref name="createsFolders"/> (the writer makes missing folders), a missing folder is accepted unless a file
    /// stands where one of them must go.
    /// </summary>
    /// <exception cref="CliException">It cannot.</exception>
    public static void CheckWritable(string option, string? path, bool createsFolders = false)
    {
        if (path is null) return;
        if (path.Length == 0 || Directory.Exists(path))
        {
            throw new CliException($"{option} '{path}' is not a file path");
        }

        var folder = Path.GetDirectoryName(Path.GetFullPath(path));
        if (folder is not null && !Directory.Exists(folder) && createsFolders)
        {
            for (var above = folder; above is not null && !Directory.Exists(above); above = Path.GetDirectoryName(above))
            {
                if (File.Exists(above)) throw new CliException($"{option} '{path}': '{above}' is a file, not a folder");
            }

            return;
        }

        if (folder is not null && !Directory.Exists(folder))
        {
            throw new CliException($"{option} '{path}': the folder '{folder}' does not exist");
        }

        var existed = File.Exists(path);
        try
        {
            using (new FileStream(path, FileMode.OpenOrCreate, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete))
            {
            }

            if (!existed) File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"{option} '{path}' cannot be written: {e.Message}");
        }
    }

    /// <summary>
    /// Makes the folder <paramref name="path"/> (and those above it) if it is missing, and checks that a file can be
    /// written in it; leaves no file behind.
    /// </summary>
    /// <exception cref="CliException">It cannot be made or written in.</exception>
    public static void CheckWritableFolder(string option, string? path)
    {
        if (path is null) return;
        if (path.Length == 0 || File.Exists(path))
        {
            throw new CliException($"{option} '{path}' is not a folder");
        }

        try
        {
            Directory.CreateDirectory(path);
            var probe = Path.Combine(path, $".rcsc-write-check-{Environment.ProcessId}");
            using (new FileStream(probe, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1, FileOptions.DeleteOnClose))
            {
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            throw new CliException($"{option} '{path}' cannot be written: {e.Message}");
        }
    }
}
